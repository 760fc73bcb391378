/**
 * The Chromium of the end-to-end run, started once by global-setup.ts; every test file connects to
 * it (tests/e2e/browser.ts). No vitest imports here: global setup runs outside the test runner.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';

/** Debian's Chromium by default; CHROME_PATH points elsewhere. Browsers are never downloaded. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export async function launchBrowserServer(): Promise<BrowserServer> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `No Chromium at ${CHROME_PATH}. Fix: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary.`,
    );
  }
  return chromium.launchServer({ executablePath: CHROME_PATH, args: ARGS });
}

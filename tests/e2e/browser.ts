import { chromium, type Browser, type BrowserContextOptions, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** A connection to the run's shared Chromium (starting one takes a second or more on a busy machine). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserWsEndpoint'));
}

/**
 * Per-file connection to the shared browser, with a fresh context per page. Contexts are pinned to
 * nl-NL and Europe/Amsterdam so tests are deterministic.
 */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl: () => inject('baseUrl'),
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      (page as Page & { jsErrors: string[] }).jsErrors = errors;
      await page.goto(new URL(path, inject('baseUrl')).href);
      return page;
    },
  };
}

export function jsErrors(page: Page): string[] {
  return (page as Page & { jsErrors?: string[] }).jsErrors ?? [];
}

/** The text of a download (a connected browser has no local file path for it). */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

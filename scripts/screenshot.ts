/**
 * Screenshots of built pages for visual review (not a test).
 * Usage: npm run screenshot -- /path/ [/other/] ; writes bench/results/screenshots/<name>-<width>.png
 * Needs a built site (npm run build) and Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const outDir = 'bench/results/screenshots';
mkdirSync(outDir, { recursive: true });

const { server, origin } = await serveStatic('dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
for (const path of paths.length ? paths : ['/']) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'nl-NL' });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    const file = `${outDir}/${name}-${width}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();

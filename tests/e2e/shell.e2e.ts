import { describe, expect, it } from 'vitest';
import { jsErrors, useBrowser } from './browser';

const b = useBrowser();

describe('site shell', () => {
  it('home page has Dutch language, product name and the five main navigation items', async () => {
    const page = await b.open('/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.title()).toContain('Praktijkatlas Nieuwe Verscheidenheid');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const labels = await nav.getByRole('link').allInnerTexts();
    // The five sections, then the selection counter (shown by JavaScript, tests/e2e/shortlist.e2e.ts).
    expect(labels.map((l) => l.trim())).toEqual([
      'Kaart',
      'Praktijkvoorbeelden',
      'Typen vergelijken',
      'Methode',
      'Over',
      'Mijn selectie (0)',
    ]);
    expect(await nav.getByRole('link', { name: 'Kaart' }).getAttribute('aria-current')).toBe('page');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('skip link is the first tab stop and moves focus to the main content', async () => {
    const page = await b.open('/over/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.context().close();
  });

  it('footer links to the accessibility statement, which exists', async () => {
    const page = await b.open('/');
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheidsverklaring' });
    await link.click();
    await page.waitForURL(/\/toegankelijkheid\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Toegankelijkheid/);
    await page.context().close();
  });

  it('layout has no horizontal scroll at 320 px', async () => {
    const page = await b.open('/over/', { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

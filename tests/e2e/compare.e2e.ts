import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jsErrors, useBrowser } from './browser';
import { builtCases } from './built-data';

const b = useBrowser();
const column = (page: Page, id: string) => page.locator(`.compare-col[data-col="${id}"]`);

/** The number the case list's status line starts with ("2 van 41 praktijkvoorbeelden gevonden"). */
async function listCount(page: Page): Promise<number> {
  const status = page.locator('[data-status]');
  await expect.poll(() => status.innerText()).toMatch(/gevonden/);
  return Number((await status.innerText()).match(/^\d+/)![0]);
}

describe('compare page', () => {
  it('?typen=expat,tuinbouw shows both columns, with Amstelveen and Westland among the examples', async () => {
    const page = await b.open('/vergelijk/?typen=expat,tuinbouw');
    const expat = column(page, 'expat');
    const tuinbouw = column(page, 'tuinbouw');
    expect(await expat.isVisible()).toBe(true);
    expect(await tuinbouw.isVisible()).toBe(true);
    expect(await column(page, 'meerderheid-minderheden').isVisible()).toBe(false);
    expect(await page.locator('.compare-col:visible').count()).toBe(2);
    expect(await expat.getByRole('heading', { level: 2 }).innerText()).toBe('Expatgemeente');
    expect(await tuinbouw.getByRole('heading', { level: 2 }).innerText()).toBe('Tuinbouwgemeente');
    expect(await expat.getByRole('link', { name: 'Amstelveen', exact: true }).getAttribute('href')).toBe(
      '/gemeenten/amstelveen/',
    );
    expect(await tuinbouw.getByRole('link', { name: 'Westland', exact: true }).getAttribute('href')).toBe(
      '/gemeenten/westland/',
    );
    expect(await page.getByRole('checkbox', { name: 'Expatgemeente' }).isChecked()).toBe(true);
    expect(await page.getByRole('status').innerText()).toContain('Expatgemeente en Tuinbouwgemeente');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('ignores unknown type ids and keeps at most three', async () => {
    const page = await b.open('/vergelijk/?typen=onzin,grens,homogeen,gemiddeld,expat');
    expect(await page.locator('.compare-col:visible').count()).toBe(3);
    for (const id of ['grens', 'homogeen', 'gemiddeld']) expect(await column(page, id).isVisible()).toBe(true);
    expect(await page.getByRole('status').innerText()).toContain('onzin');
    await page.context().close();
  });

  it('matrix cells link to the filtered case list, and its count matches the cell', async () => {
    const page = await b.open('/vergelijk/?typen=expat,tuinbouw');
    const links = page.locator('#matrix-thema-tabel tbody td[data-col] a');
    expect(await links.count()).toBeGreaterThan(10);
    // Every cell's link and count, read in one go.
    const all = await links.evaluateAll((as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, count: Number(/^\d+/.exec(a.textContent.trim())![0]) })),
    );
    expect(all.every((t) => t.href.startsWith('/praktijkvoorbeelden/?'))).toBe(true);
    const tuinbouwHousing = all.find(
      (t) => t.href === '/praktijkvoorbeelden/?type=tuinbouw&thema=arbeidsmigratie-en-huisvesting',
    );
    expect(tuinbouwHousing?.count).toBeGreaterThanOrEqual(2);
    // Opened in the list: the tuinbouw/housing cell, the first cell and the expat cell with the most cases
    // (a few cells, not all: the list's counting is the search's, unit-tested in tests/unit/search.test.ts).
    const expat = all.filter((t) => t.href.includes('type=expat&')).sort((a, b) => b.count - a.count)[0]!;
    const targets = [tuinbouwHousing!, all[0]!, expat];
    // Gaps are marked with text, not colour alone.
    const gap = page.locator('#matrix-thema-tabel td.matrix-gap').first();
    expect(await gap.innerText()).toContain('geen');
    expect(await gap.locator('.sr-only').textContent()).toBe('geen voorbeeld');
    await page.context().close();

    for (const { href, count } of targets) {
      const list = await b.open(href);
      expect(new URL(list.url()).pathname).toBe('/praktijkvoorbeelden/');
      expect(await listCount(list), href).toBe(count);
      expect(await list.locator('article.case-card:visible').count(), href).toBe(count);
      await list.context().close();
    }
  });

  it('clicking a cell opens the filtered list', async () => {
    const page = await b.open('/vergelijk/');
    const cell = page
      .locator('#matrix-thema-tabel tbody tr', { hasText: 'Arbeidsmigratie en huisvesting' })
      .locator('td[data-col="tuinbouw"] a');
    const count = Number((await cell.innerText()).match(/^\d+/)![0]);
    await cell.click();
    await page.waitForURL(/\/praktijkvoorbeelden\/\?type=tuinbouw&thema=arbeidsmigratie-en-huisvesting$/);
    expect(await listCount(page)).toBe(count);
    await page.context().close();
  });

  it('keyboard only: Tab to the checkboxes, Space to choose, URL and columns follow, a fourth type is refused', async () => {
    const page = await b.open('/vergelijk/');
    // Default view: the first two types.
    expect(await column(page, 'meerderheid-minderheden').isVisible()).toBe(true);
    expect(await column(page, 'voorstad').isVisible()).toBe(true);
    const focusedValue = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');
    const tabTo = async (value: string) => {
      for (let i = 0; i < 60 && (await focusedValue()) !== value; i++) await page.keyboard.press('Tab');
      expect(await focusedValue()).toBe(value);
    };
    await tabTo('meerderheid-minderheden');
    await page.keyboard.press('Space');
    await tabTo('expat');
    await page.keyboard.press('Space');
    await tabTo('tuinbouw');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).search).toBe('?typen=voorstad,expat,tuinbouw');
    expect(await page.locator('.compare-col:visible').count()).toBe(3);
    expect(await column(page, 'meerderheid-minderheden').isVisible()).toBe(false);
    // A fourth is refused with a message, and the box stays unchecked.
    await tabTo('grens');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Grensgemeente' }).isChecked()).toBe(false);
    expect(await page.getByRole('status').innerText()).toContain('hoogstens 3');
    expect(new URL(page.url()).search).toBe('?typen=voorstad,expat,tuinbouw');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript the checkboxes still choose the columns', async () => {
    const page = await b.open('/vergelijk/', { javaScriptEnabled: false });
    expect(await page.locator('.compare-col:visible').count()).toBe(2);
    await page.getByRole('checkbox', { name: 'Tuinbouwgemeente' }).check();
    expect(await column(page, 'tuinbouw').isVisible()).toBe(true);
    expect(await page.locator('.compare-col:visible').count()).toBe(3);
    await page.context().close();
  });

  it('at 320 px the page does not scroll sideways; the matrix scrolls in its own region', async () => {
    const page = await b.open('/vergelijk/?typen=expat,tuinbouw', { viewport: { width: 320, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: 'Praktijkvoorbeelden per thema en WRR-type' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.getByText('Schuif de tabel opzij').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('type pages', () => {
  it('/typen/tuinbouw/ lists Westland and the cases of the type', async () => {
    const page = await b.open('/typen/tuinbouw/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tuinbouwgemeente');
    const list = page.locator('#gemeenten');
    expect(await list.getByRole('link', { name: 'Westland', exact: true }).getAttribute('href')).toBe(
      '/gemeenten/westland/',
    );
    const ofType = builtCases()
      .filter((c) => c.types.includes('tuinbouw'))
      .map((c) => `/praktijkvoorbeelden/${c.slug}/`);
    expect(ofType.length).toBeGreaterThan(0);
    const section = page.locator('section[aria-labelledby="cases-kop"]');
    expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe(`Praktijkvoorbeelden (${ofType.length})`);
    const listed = await section
      .locator('a[href^="/praktijkvoorbeelden/"]:not([href*="?"])')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(listed.length).toBe(Math.min(12, ofType.length));
    for (const href of listed) expect(ofType).toContain(href);
    expect(await page.getByRole('img', { name: /Kaart van Nederland: de 27 gemeenten/ }).count()).toBe(1);
    await page.context().close();
  });

  it('/typen/ lists all nine types with links', async () => {
    const page = await b.open('/typen/');
    expect(await page.locator('.type-card').count()).toBe(9);
    expect(await page.getByRole('link', { name: 'Expatgemeente' }).getAttribute('href')).toBe('/typen/expat/');
    await page.context().close();
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsErrors, useBrowser } from './browser';
import { builtSearch } from './built-data';

const b = useBrowser();
const LIST = '/praktijkvoorbeelden/';
let total = 0;

beforeAll(async () => {
  const res = await fetch(new URL('/data/praktijkvoorbeelden.json', b.baseUrl()));
  total = ((await res.json()) as unknown[]).length;
});

const PAGE_SIZE = 20;

/** Slugs of the visible result cards (server page or search results), in display order. */
const visibleSlugs = (page: Page) =>
  page.$$eval('[data-results]:not([hidden]) > li[data-slug], [data-found]:not([hidden]) > li[data-slug]', (lis) =>
    lis.filter((li) => !(li as HTMLElement).hidden).map((li) => (li as HTMLElement).dataset.slug!),
  );
const status = (page: Page) => page.locator('[data-status]').innerText();
/** How many cases the status line says were found (all of them without a query or filter). */
const found = async (page: Page) => {
  const m = /^([\d.]+)( van|\b)/.exec(await status(page));
  return m ? Number(m[1]!.replace(/\./g, '')) : NaN;
};
const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Zoek in praktijkvoorbeelden' });

/** Controls revealed, the whole index (with body text) loaded, and the last query or filter rendered. */
async function ready(page: Page) {
  await page.waitForSelector('[data-search-form]:not([hidden])');
  // The index loads when the user heads for the search (focus, pointer or key), as a visitor would.
  await page.locator('case-search').dispatchEvent('focusin');
  await page.waitForSelector('case-search[data-index="full"][data-state="ready"]');
}

describe('case search', () => {
  it('typing a query updates the results, the count and the highlights', async () => {
    const page = await b.open(LIST);
    await ready(page);
    expect(await visibleSlugs(page)).toHaveLength(Math.min(PAGE_SIZE, total));
    const expected = builtSearch('koningsdag');
    expect(expected.length).toBeGreaterThan(0);
    await searchbox(page).pressSequentially('koningsdag');
    await expect.poll(() => status(page)).toMatch(/ van [\d.]+ praktijkvoorbeelden? gevonden voor ‘koningsdag’$/);
    expect(await found(page)).toBe(expected.length);
    const slugs = await visibleSlugs(page);
    expect(slugs).toEqual(expected.slice(0, PAGE_SIZE));
    expect(await page.locator(`li[data-slug="${slugs[0]}"] mark`).first().innerText()).toMatch(/koningsdag/i);
    expect(await page.locator('[data-status]').getAttribute('aria-live')).toBe('polite');
    expect(new URL(page.url()).search).toBe('?q=koningsdag');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a filter narrows the results, and the URL reproduces the view in a fresh page', async () => {
    const page = await b.open(`${LIST}?q=arbeidsmigranten`);
    await ready(page);
    const before = await visibleSlugs(page);
    expect(before.length).toBeGreaterThan(0);
    const firstCard = await page.locator('[data-found] > li .case-card').first().innerText();
    expect(firstCard).toMatch(/migrant/i);
    const beforeCount = await found(page);
    await page.getByRole('checkbox', { name: /^Tuinbouw/ }).check();
    await expect.poll(() => found(page)).toBeLessThan(beforeCount);
    await ready(page);
    const after = await visibleSlugs(page);
    expect(after.length).toBeGreaterThan(0);
    const badges = await page.$$eval('[data-found] > li', (lis) =>
      lis.map((li) => !!li.querySelector('.type-badge[data-type="tuinbouw"]')),
    );
    expect(badges.every(Boolean)).toBe(true);
    expect(page.url()).toContain('type=tuinbouw');

    const fresh = await b.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await ready(fresh);
    expect(await visibleSlugs(fresh)).toEqual(after);
    expect(await searchbox(fresh).inputValue()).toBe('arbeidsmigranten');
    expect(await fresh.getByRole('checkbox', { name: /^Tuinbouw/ }).isChecked()).toBe(true);
    expect(await status(fresh)).toBe(await status(page));
    await page.context().close();
    await fresh.context().close();
  });

  it('back and forward restore query and filters', async () => {
    const page = await b.open(LIST);
    await ready(page);
    await searchbox(page).pressSequentially('dialoog');
    await searchbox(page).press('Enter');
    await expect.poll(() => page.url()).toContain('q=dialoog');
    await ready(page);
    const queried = await visibleSlugs(page);
    const queriedCount = await found(page);
    await page.getByRole('checkbox', { name: /^Bestuurlijk interview/ }).check();
    await expect.poll(() => page.url()).toContain('instrument=bestuurlijk-interview');
    await expect.poll(() => found(page)).toBeLessThan(queriedCount);
    const filtered = await visibleSlugs(page);

    await page.goBack();
    await expect.poll(() => visibleSlugs(page)).toEqual(queried);
    expect(await page.getByRole('checkbox', { name: /^Bestuurlijk interview/ }).isChecked()).toBe(false);
    await page.goBack();
    await expect.poll(() => found(page)).toBe(total);
    expect(await visibleSlugs(page)).toHaveLength(Math.min(PAGE_SIZE, total));
    expect(await searchbox(page).inputValue()).toBe('');
    await page.goForward();
    await expect.poll(() => visibleSlugs(page)).toEqual(queried);
    expect(await searchbox(page).inputValue()).toBe('dialoog');
    await page.goForward();
    await expect.poll(() => visibleSlugs(page)).toEqual(filtered);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('works with the keyboard only', async () => {
    const page = await b.open(LIST);
    await ready(page);
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return { id: el?.id, type: el?.getAttribute('type'), value: el?.value, href: el?.getAttribute('href') };
      });
    const tabUntil = async (test: (a: Awaited<ReturnType<typeof active>>) => boolean, max = 150) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (test(await active())) return;
      }
      throw new Error('focus target not reached with Tab');
    };
    // Past the skip link, the header search and the menu to the list's own search box.
    await tabUntil((a) => a.id === 'case-q', 20);
    await page.keyboard.type('huisvesting');
    await expect.poll(() => page.url()).toContain('q=huisvesting');
    await ready(page);
    const queried = await found(page);
    await tabUntil((a) => a.type === 'checkbox' && a.value === 'opvang-en-statushouders');
    await page.keyboard.press('Space');
    await expect.poll(() => found(page)).toBeLessThan(queried);
    await ready(page);
    const first = (await visibleSlugs(page))[0]!;
    await tabUntil((a) => a.href === `/praktijkvoorbeelden/${first}/`);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/praktijkvoorbeelden/${first}/$`));
    await page.context().close();
  });

  it('uses at most 12 query words and says so', async () => {
    const words = Array.from({ length: 15 }, (_, i) => `woord${i}`).join(' ');
    const page = await b.open(`${LIST}?q=${encodeURIComponent(words)}`);
    const note = page.locator('[data-query-cut]');
    await note.waitFor({ state: 'visible' });
    expect(await note.innerText()).toBe(
      'Uw zoekopdracht is ingekort: alleen de eerste 12 zoekwoorden zijn gebruikt, 3 woorden zijn genegeerd.',
    );
    await searchbox(page).fill('dialoog');
    await note.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('ignores unknown filter values in the URL with a visible note', async () => {
    const page = await b.open(`${LIST}?type=tuinbouw,stadstaat&thema=onbekend&sort=gek`);
    await ready(page);
    const note = page.locator('[data-ignored]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toBe('Niet herkend en daarom genegeerd: type=stadstaat, thema=onbekend, sort=gek.');
    expect(await page.getByRole('checkbox', { name: /^Tuinbouw/ }).isChecked()).toBe(true);
    expect(new URL(page.url()).search).toBe('?type=tuinbouw');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('suggests what to loosen when nothing is found', async () => {
    expect(builtSearch('koningsdag', { thema: ['arbeidsmigratie-en-huisvesting'] })).toEqual([]);
    const page = await b.open(`${LIST}?q=koningsdag&thema=arbeidsmigratie-en-huisvesting`);
    await ready(page);
    expect(await visibleSlugs(page)).toEqual([]);
    const empty = page.locator('[data-empty]');
    expect(await empty.isVisible()).toBe(true);
    const suggestion = empty.getByRole('link', { name: 'Zoek zonder filter thema' });
    await suggestion.click();
    await expect.poll(() => visibleSlugs(page)).toEqual(builtSearch('koningsdag').slice(0, PAGE_SIZE));
    expect(new URL(page.url()).search).toBe('?q=koningsdag');
    await page.context().close();
  });

  it('reads ?q from the header search box and copies the link', async () => {
    const page = await b.open('/over/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('#site-search').fill('statushouders');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/praktijkvoorbeelden\/\?q=statushouders$/);
    await ready(page);
    expect(await searchbox(page).inputValue()).toBe('statushouders');
    await expect.poll(() => found(page)).toBeLessThan(total);
    await page.getByRole('button', { name: 'Kopieer link' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').innerText()).toBe('Link gekopieerd.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.context().close();
  });

  it('sorts by year', async () => {
    const page = await b.open(LIST);
    await ready(page);
    await page.locator('[data-sort]').selectOption('oud');
    await expect.poll(() => page.url()).toContain('sort=oud');
    await ready(page);
    const years = await page.$$eval('[data-found] > li .case-card', (cards) =>
      // Undated cases ("jaar niet vermeld") come last when sorting oldest first.
      cards.map((c) => Number(/(\d{4})\s*$/.exec(c.querySelector('p')!.textContent.trim())?.[1] ?? 9999)),
    );
    expect(years).toHaveLength(Math.min(PAGE_SIZE, total));
    expect([...years].sort((x, y) => x - y)).toEqual(years);
    await page.context().close();
  });

  it('without JavaScript pages through every case with working links', async () => {
    const page = await b.open(`${LIST}?q=koningsdag`, { javaScriptEnabled: false });
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    const seen = new Set<string>();
    for (let n = 1; ; n++) {
      const links = await page.$$eval('[data-results] > li[data-slug] h2 a', (as) =>
        as.map((a) => a.getAttribute('href')!),
      );
      expect(links.length).toBeGreaterThan(0);
      expect(links.length).toBeLessThanOrEqual(PAGE_SIZE);
      // Each target exists: the link crawl (links.e2e.ts) checks every internal link of the site.
      for (const href of links) {
        expect(href).toMatch(/^\/praktijkvoorbeelden\/[a-z0-9-]+\/$/);
        seen.add(href);
      }
      const next = page.locator('[data-pages] a[rel="next"]');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForURL(new RegExp(`/praktijkvoorbeelden/pagina/${n + 1}/$`));
      expect(await page.locator('[data-pages] [aria-current="page"]').innerText()).toBe(String(n + 1));
    }
    expect(seen.size).toBe(total);
    await page.context().close();
  });

  it('loads more results on request and keeps the count exact', async () => {
    const page = await b.open(`${LIST}?q=gemeente`);
    await ready(page);
    const n = await found(page);
    expect(n).toBeGreaterThan(PAGE_SIZE);
    expect(await visibleSlugs(page)).toHaveLength(PAGE_SIZE);
    await page.getByRole('button', { name: 'Toon meer' }).click();
    await expect.poll(async () => (await visibleSlugs(page)).length).toBe(Math.min(2 * PAGE_SIZE, n));
    const focused = await page.evaluate(() => document.activeElement?.closest('li')?.dataset.slug);
    expect(focused).toBe((await visibleSlugs(page))[PAGE_SIZE]);
    await page.context().close();
  });
});

// Content journeys: real questions must find relevant real cases (see tests/README.md).
describe('search by meaning (issue 15)', () => {
  /** Text of the first result card (title, gemeenten, summary), once its card chunk has loaded. */
  const firstCardText = async (page: Page) => {
    await page.waitForSelector('[data-found] > li:first-child .case-card p[data-hl]');
    return page.locator('[data-found] > li .case-card').first().innerText();
  };

  it.each([
    ['asielzoekerscentrum', /azc|asiel|opvang/i],
    ['buitenlandse werknemers', /arbeidsmigra|buitenlandse werknemers|seizoen|internationale werknemers/i],
    ['racisme', /racis|discrimin/i],
    ['Duitsers', /duits|grens|euregio/i],
  ])('"%s" finds a case about it first, though few cases use that word', async (q, about) => {
    const page = await b.open(`${LIST}?q=${encodeURIComponent(q)}`);
    await ready(page);
    expect(await found(page)).toBeGreaterThan(3);
    expect(await firstCardText(page)).toMatch(about);
    expect(await page.locator('[data-empty]').isVisible()).toBe(false);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('"Den Bosch" shows only cases of \'s-Hertogenbosch and links to its gemeentepagina', async () => {
    const page = await b.open(LIST);
    await ready(page);
    await searchbox(page).pressSequentially('Den Bosch');
    await expect.poll(() => status(page)).toMatch(/gevonden voor ‘Den Bosch’$/);
    await ready(page);
    const n = await found(page);
    expect(n).toBeGreaterThan(0);
    expect(await visibleSlugs(page)).toHaveLength(n);
    const gemeenten = await page.$$eval('[data-found] > li [data-hl="gemeenten"]', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(gemeenten).toHaveLength(n);
    for (const g of gemeenten) expect(g).toMatch(/Hertogenbosch/);
    const link = page.getByRole('link', { name: /^Naar de gemeentepagina/ });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('/gemeenten/s-hertogenbosch/');
    await link.click();
    await page.waitForURL('**/gemeenten/s-hertogenbosch/');
    expect(await page.locator('h1').innerText()).toMatch(/Hertogenbosch/);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a query without a gemeente name shows no gemeentepagina link', async () => {
    const page = await b.open(`${LIST}?q=racisme`);
    await ready(page);
    expect(await page.locator('[data-places]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /^Naar de gemeentepagina/ }).count()).toBe(0);
    await page.context().close();
  });
});

describe('case list by keyboard and without JavaScript', () => {
  it('the first case is at most 10 Tabs from the top of the page (skip links may be followed with Enter)', async () => {
    const page = await b.open(LIST, { viewport: { width: 1280, height: 900 } });
    await page.locator('html.js').waitFor({ state: 'attached' });
    await page.locator('[data-skip-results]').waitFor({ state: 'visible' });
    let tabs = 0;
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const tab = async () => {
      tabs++;
      await page.keyboard.press('Tab');
    };
    await tab();
    expect(await focused()).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');
    while (tabs < 10 && (await focused()) !== 'Naar de resultaten') await tab();
    expect(await focused()).toBe('Naar de resultaten');
    await page.keyboard.press('Enter');
    const firstCase = await page.locator('[data-results] > li:not([hidden]) .case-card h2 a').first().innerText();
    while (tabs < 10 && (await focused()) !== firstCase) await tab();
    expect(await focused()).toBe(firstCase);
    expect(tabs).toBeLessThanOrEqual(10);
    await page.context().close();
  });

  it('without JavaScript the cards use the full width (no 17rem column)', async () => {
    const page = await b.open(LIST, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const width = await page
      .locator('[data-results] > li')
      .first()
      .evaluate((li) => li.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(400);
    await page.context().close();
  });
});

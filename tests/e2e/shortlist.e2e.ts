import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/shortlist/shortlist';
import { downloadText, jsErrors, useBrowser } from './browser';

const b = useBrowser();
const WESTLAND = 'westland-huisvesting-arbeidsmigranten';
const TIEL = 'tiel-huisvesting-arbeidsmigranten';

const headerCount = (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /^Mijn selectie/ });
const sheetTitles = (page: Page) => page.locator('[data-sheets] > li h2').allInnerTexts();
/** The toggle of one case: its accessible name names the case. */
const toggleFor = (page: Page, title: string) =>
  page.getByRole('button', { name: `Bewaar ‘${title}’ in mijn selectie` });
const bewaardFor = (page: Page, title: string) =>
  page.getByRole('button', { name: `Bewaard ‘${title}’ in mijn selectie` });

async function titleOf(slug: string): Promise<string> {
  const data = (await (await fetch(new URL('/data/praktijkvoorbeelden.json', b.baseUrl()))).json()) as {
    slug: string;
    title: string;
  }[];
  return data.find((c) => c.slug === slug)!.title;
}

async function sheetsShown(page: Page, n: number) {
  await expect.poll(async () => (await sheetTitles(page)).length).toBe(n);
}

describe('Mijn selectie', () => {
  it('adds two cases (list page and case page), shows them on /selectie/, shares them with a fresh browser and exports CSV', async () => {
    const westland = await titleOf(WESTLAND);
    const tiel = await titleOf(TIEL);

    // 1. From the list page.
    // The list shows 20 cases per page; search for this one (the result cards carry the toggle too).
    const page = await b.open(`/praktijkvoorbeelden/?q=${encodeURIComponent(westland)}`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.waitForSelector('case-search[data-index="full"][data-state="ready"] [data-found]:not([hidden]) li');
    const card = toggleFor(page, westland);
    expect(await card.getAttribute('aria-pressed')).toBe('false');
    expect(await card.locator('[data-label]').innerText()).toBe('Bewaar');
    await card.click();
    const pressed = bewaardFor(page, westland);
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');
    expect(await pressed.locator('[data-label]').innerText()).toBe('Bewaard');
    expect(await headerCount(page).innerText()).toBe('Mijn selectie (1)');

    // 2. From a case page.
    await page.goto(new URL(`/praktijkvoorbeelden/${TIEL}/`, b.baseUrl()).href);
    await toggleFor(page, tiel).click();
    expect(await bewaardFor(page, tiel).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => headerCount(page).innerText()).toBe('Mijn selectie (2)');

    // 3. The selection page, in the order the cases were added.
    await headerCount(page).click();
    await page.waitForURL(/\/selectie\/$/);
    await sheetsShown(page, 2);
    expect(await sheetTitles(page)).toEqual([westland, tiel]);
    expect(await page.locator('[data-status]').innerText()).toBe('2 praktijkvoorbeelden in uw selectie');
    expect(await headerCount(page).getAttribute('aria-current')).toBe('page');

    // 4. The share link, copied.
    await page.getByRole('button', { name: 'Kopieer deellink' }).click();
    await expect.poll(() => page.locator('[data-tool-status]').innerText()).toBe('Deellink gekopieerd.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${b.baseUrl()}/selectie/?ids=${WESTLAND},${TIEL}`);
    expect(await page.getByRole('textbox', { name: 'Deellink' }).inputValue()).toBe(link);

    // 5. CSV, downloaded as a Blob.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^praktijkatlas-selectie-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await downloadText(download);
    expect(csv.startsWith('\uFEFFtitel,gemeenten,wrr_typen,jaar,')).toBe(true);
    expect(csv).toContain(westland);
    expect(csv).toContain(tiel);
    expect(csv.indexOf(westland)).toBeLessThan(csv.indexOf(tiel));
    expect(jsErrors(page)).toEqual([]);

    // 6. The link in a fresh browser context (nothing stored there).
    const fresh = await b.open(new URL(link).pathname + new URL(link).search);
    await sheetsShown(fresh, 2);
    expect(await sheetTitles(fresh)).toEqual([westland, tiel]);
    expect(await fresh.locator('[data-shared-text]').innerText()).toBe(
      'U bekijkt een gedeelde selectie van 2 praktijkvoorbeelden.',
    );
    expect(await fresh.getByRole('button', { name: 'Wis selectie' }).isVisible()).toBe(false);
    expect(await headerCount(fresh).innerText()).toBe('Mijn selectie (0)');
    await fresh.getByRole('button', { name: 'Bewaar in mijn selectie' }).click();
    await expect.poll(() => headerCount(fresh).innerText()).toBe('Mijn selectie (2)');
    expect(await fresh.locator('[data-tool-status]').innerText()).toBe(
      '2 praktijkvoorbeelden zijn toegevoegd aan uw selectie.',
    );
    expect(new URL(fresh.url()).search).toBe('');
    expect(await fresh.locator('[data-shared]').isVisible()).toBe(false);
    expect(await sheetTitles(fresh)).toEqual([westland, tiel]);
    expect(jsErrors(fresh)).toEqual([]);
    await page.context().close();
    await fresh.context().close();
  });

  it('drops unknown and invalid slugs of a link with a visible note', async () => {
    const tiel = await titleOf(TIEL);
    const page = await b.open(`/selectie/?ids=bestaat-niet,${TIEL},%3Cimg%20src%3Dx%3E`);
    await sheetsShown(page, 1);
    expect(await sheetTitles(page)).toEqual([tiel]);
    const note = page.locator('[data-unknown]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toBe(
      '2 praktijkvoorbeelden bestaan niet (meer) en zijn weggelaten: ‘<img src=x>’, ‘bestaat-niet’. Misschien zijn ze hernoemd of verwijderd.',
    );
    expect(await page.locator('shortlist-page img').count()).toBe(0);
    // The share link offered here is the cleaned one.
    expect(await page.getByRole('textbox', { name: 'Deellink' }).inputValue()).toBe(
      `${b.baseUrl()}/selectie/?ids=${TIEL}`,
    );
    await page.context().close();
  });

  it('removing a case on /selectie/ keeps focus on the next case; clearing can be undone', async () => {
    const page = await b.open(`/selectie/?ids=${WESTLAND},${TIEL}`);
    await page.getByRole('button', { name: 'Bewaar in mijn selectie' }).click();
    await sheetsShown(page, 2);
    const westland = await titleOf(WESTLAND);
    const tiel = await titleOf(TIEL);
    await bewaardFor(page, westland).click();
    await sheetsShown(page, 1);
    expect(await page.locator('[data-tool-status]').innerText()).toBe(`‘${westland}’ is uit uw selectie gehaald.`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(tiel);
    expect(await headerCount(page).innerText()).toBe('Mijn selectie (1)');

    await page.getByRole('button', { name: 'Wis selectie' }).click();
    await sheetsShown(page, 0);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Maak wissen ongedaan' }).click();
    await sheetsShown(page, 1);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('the header counts only existing cases and forgets stored ids of removed ones on page load', async () => {
    const page = await b.open('/over/');
    await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify({ v: 1, ids })), [
      STORAGE_KEY,
      ['bestaat-niet-meer', TIEL, 'ook-weg'],
    ] as const);
    await page.goto(new URL('/methode/', b.baseUrl()).href);
    await expect.poll(() => headerCount(page).innerText()).toBe('Mijn selectie (1)');
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!)).toEqual({
      v: 1,
      ids: [TIEL],
    });
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('still works on the page when the browser refuses localStorage', async () => {
    const page = await b.open('/over/');
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const tiel = await titleOf(TIEL);
    await page.goto(new URL(`/praktijkvoorbeelden/${TIEL}/`, b.baseUrl()).href);
    await toggleFor(page, tiel).click();
    expect(await bewaardFor(page, tiel).getAttribute('aria-pressed')).toBe('true');
    expect(await headerCount(page).innerText()).toBe('Mijn selectie (1)');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript offers no buttons and the selection page explains itself', async () => {
    const page = await b.open(`/praktijkvoorbeelden/${TIEL}/`, { javaScriptEnabled: false });
    expect(await page.getByRole('button', { name: /Bewaar/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).count()).toBe(0);
    expect(await headerCount(page).count()).toBe(0);
    await page.goto(new URL('/selectie/', b.baseUrl()).href);
    expect(await page.locator('main').innerText()).toContain('Mijn selectie werkt met JavaScript');
    await page.context().close();
  });
});

describe('print', () => {
  it('a case page prints without navigation and controls, with source URLs and a dated footer', async () => {
    const page = await b.open(`/praktijkvoorbeelden/${WESTLAND}/`);
    await page.getByRole('button', { name: 'Afdrukken', exact: true }).waitFor();
    expect(await page.locator('.print-footer').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));

    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('search').first().isVisible()).toBe(false);
    expect(await page.locator('body > footer').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Kruimelpad' }).isVisible()).toBe(false);
    expect(await page.locator('main button:visible').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Vergelijkbare praktijkvoorbeelden' }).isVisible()).toBe(false);

    // A source link gets its address printed after the text ("Zie ook: …" links a page of the source).
    const source = page.locator('[data-source] a[href^="http"]:not([data-bare-url])').first();
    const href = (await source.getAttribute('href'))!;
    const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toBe(`" (${href})"`);
    // Links that show their address already do not repeat it.
    const bare = page.locator('a[data-bare-url]').first();
    expect(await bare.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');

    const footer = page.locator('.print-footer');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.innerText()).toMatch(
      new RegExp(
        `^Afgedrukt van ${b.baseUrl().replace(/[.]/g, '\\.')}/praktijkvoorbeelden/${WESTLAND}/ op \\d{1,2} [a-z]+ \\d{4} · Praktijkatlas Nieuwe Verscheidenheid$`,
      ),
    );
    await page.context().close();
  });

  it('"Afdrukken op één pagina" prints a case page without its full text', async () => {
    const page = await b.open(`/praktijkvoorbeelden/${TIEL}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.case-body').isVisible()).toBe(true);
    // window.print() opens no dialog in headless Chromium; record what it would print.
    await page.evaluate(() => {
      window.print = () => {
        (window as Window & { printedAs?: string }).printedAs = document.documentElement.className;
      };
    });
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Afdrukken op één pagina' }).click();
    expect(await page.evaluate(() => (window as Window & { printedAs?: string }).printedAs)).toContain('print-summary');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.case-body').isVisible()).toBe(false);
    expect(await page.locator('.print-footer').innerText()).toMatch(
      /^Verkorte versie; de volledige tekst staat online\. Afgedrukt van /,
    );
    expect(await page.getByRole('region', { name: 'Wat kunt u hiermee?' }).isVisible()).toBe(true);
    // After printing, Ctrl+P prints the whole page again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.case-body').isVisible()).toBe(true);
    await page.context().close();
  });

  it("the selection prints one case per page with each case's address and the share link in the footer", async () => {
    const page = await b.open(`/selectie/?ids=${WESTLAND},${TIEL}`);
    await sheetsShown(page, 2);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('[data-sheets] > li', (lis) => lis.map((li) => getComputedStyle(li).breakBefore));
    expect(breaks).toEqual(['auto', 'page']);
    expect(await page.locator('[data-tools]').isVisible()).toBe(false);
    expect(await page.locator('[data-shared]').isVisible()).toBe(false);
    const addresses = await page.locator('[data-sheets] [data-print-href]').allInnerTexts();
    expect(addresses).toEqual([
      `${b.baseUrl()}/praktijkvoorbeelden/${WESTLAND}/`,
      `${b.baseUrl()}/praktijkvoorbeelden/${TIEL}/`,
    ]);
    expect(await page.locator('[data-print-url]').innerText()).toBe(`${b.baseUrl()}/selectie/?ids=${WESTLAND},${TIEL}`);
    await page.context().close();
  });
});

/**
 * Issue 15, "from question to answer in three steps": the header search reaching gemeenten, no
 * sideways scrolling at 320 px, the printable briefing per gemeente (page count of a real PDF), the
 * printed selection with its title and note, and the theme filter on a gemeente page.
 */
import { describe, expect, it } from 'vitest';
import { jsErrors, useBrowser } from './browser';

const b = useBrowser();

describe('header search reaches gemeenten', () => {
  it('"zal" + Enter opens Zaltbommel\'s page (four keys from the search box)', async () => {
    const page = await b.open('/over/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('zal');
    const option = page.getByRole('option', { name: 'Zaltbommel' });
    await expect.poll(() => option.getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#site-search').getAttribute('aria-activedescendant')).toBe(
      await option.getAttribute('id'),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gemeenten\/zaltbommel\/$/);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('"ut" + Enter opens Utrecht\'s page: three keys, the largest gemeente starting with the letters', async () => {
    const page = await b.open('/over/');
    await page.locator('#site-search').focus();
    const keys = ['u', 't', 'Enter'];
    for (const key of keys) {
      if (key === 'Enter') {
        await expect
          .poll(() => page.getByRole('option', { name: 'Utrecht', exact: true }).getAttribute('aria-selected'))
          .toBe('true');
        expect(await page.locator('[data-site-search-status]').innerText()).toContain('of opent Utrecht');
      }
      await page.keyboard.press(key);
    }
    await page.waitForURL(/\/gemeenten\/utrecht\/$/);
    expect(keys).toHaveLength(3);
    await page.context().close();
  });

  it('a word the cases use ("wijk") lists the gemeente, but Enter searches the cases', async () => {
    const page = await b.open('/over/');
    await page.locator('#site-search').fill('wijk');
    await page.getByRole('option', { name: 'Wijk bij Duurstede' }).waitFor();
    expect(await page.locator('#site-search').getAttribute('aria-activedescendant')).toBeFalsy();
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/praktijkvoorbeelden\/\?q=wijk$/);
    await page.context().close();
  });

  it('shows two groups, gemeenten and praktijkvoorbeelden; the case search is one arrow away', async () => {
    const page = await b.open('/over/');
    await page.locator('#site-search').fill('Den Bosch');
    const groups = page.locator('#site-search-opties [role="group"]');
    await expect.poll(() => groups.count()).toBe(2);
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).toEqual([
      'Gemeenten',
      'Praktijkvoorbeelden',
    ]);
    expect(await page.getByRole('option').first().innerText()).toContain("'s-Hertogenbosch");
    await page.locator('#site-search').press('ArrowDown');
    expect(
      await page.getByRole('option', { name: 'Zoek ‘Den Bosch’ in praktijkvoorbeelden' }).getAttribute('aria-selected'),
    ).toBe('true');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/praktijkvoorbeelden\/\?q=Den%20Bosch$/);
    await page.context().close();
  });

  it('a typo offers "Bedoelt u Zaltbommel?", reached with ArrowDown and Enter', async () => {
    const page = await b.open('/over/');
    await page.locator('#site-search').fill('zaltbomel');
    const suggestion = page.getByRole('option', { name: 'Bedoelt u Zaltbommel?' });
    await suggestion.waitFor();
    expect(await page.locator('[data-site-search-status]').innerText()).toContain('Bedoelt u Zaltbommel?');
    await page.locator('#site-search').press('ArrowDown');
    expect(await suggestion.getAttribute('aria-selected')).toBe('true');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/gemeenten\/zaltbommel\/$/);
    await page.context().close();
  });

  it('words that are no gemeente still search the cases with Enter', async () => {
    const page = await b.open('/over/');
    await page.locator('#site-search').fill('statushouders');
    await page.getByRole('option', { name: 'Zoek ‘statushouders’ in praktijkvoorbeelden' }).waitFor();
    expect(await page.locator('#site-search-opties [role="group"][aria-label="Gemeenten"]').count()).toBe(0);
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/praktijkvoorbeelden\/\?q=statushouders$/);
    await page.context().close();
  });
});

describe('320 px wide: no page scrolls sideways', () => {
  // One page per template.
  const pages = [
    '/',
    '/gemeenten/',
    '/gemeenten/amsterdam/',
    '/gemeenten/sudwest-fryslan/briefing/',
    '/praktijkvoorbeelden/',
    '/praktijkvoorbeelden/amersfoort-wij-amersfoort-koningsdag/',
    '/typen/',
    '/typen/specifieke-minderheidsgroep/',
    '/vergelijk/',
    '/methode/',
    '/over/',
    '/selectie/',
    '/aanmelden/',
    '/toegankelijkheid/',
    '/data/',
    '/404.html',
  ];
  it.each(pages)('%s', async (path) => {
    const page = await b.open(path, { viewport: { width: 320, height: 640 } });
    await page.waitForLoadState('load');
    const { scroll, client, culprits } = await page.evaluate(() => {
      const root = document.documentElement;
      // For the message only: elements sticking out (some sit in their own scrolling box, which is fine).
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(-3)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
      return { scroll: root.scrollWidth, client: root.clientWidth, culprits: wide };
    });
    expect(
      scroll,
      `${path} is ${scroll}px wide at ${client}px; sticking out: ${culprits.join(', ')}`,
    ).toBeLessThanOrEqual(client);
    await page.context().close();
  });
});

/** Pages of a PDF made by Chromium (one "/Type /Page" object per page; "/Pages" is the tree). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('briefing per gemeente', () => {
  it.each(['westland', 'amsterdam'])(
    '%s prints on at most two sheets of A4, with type, certainty, figures and cases',
    async (slug) => {
      const page = await b.open(`/gemeenten/${slug}/briefing/`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('in De nieuwe verscheidenheid');
      expect(text).toMatch(/Zekerheid: (zeker|waarschijnlijk|onzeker)/);
      expect(text).toContain('Nederlandse achtergrond');
      expect(text).toContain('Praktijk bij gemeenten zoals de uwe');
      expect(await page.locator('.gemeente-practice a[href^="/praktijkvoorbeelden/"]').count()).toBeGreaterThan(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await page.context().close();
    },
  );

  it('the gemeente page links to its briefing', async () => {
    const page = await b.open('/gemeenten/westland/');
    expect(await page.getByRole('link', { name: 'Briefing om af te drukken' }).getAttribute('href')).toBe(
      '/gemeenten/westland/briefing/',
    );
    await page.context().close();
  });
});

describe('gemeente page: practice of gemeenten like yours', () => {
  it('lists bounded cases per theme as plain sections; the theme filter shows one', async () => {
    const page = await b.open('/gemeenten/zaltbommel/');
    const sections = page.locator('.gemeente-practice section[data-theme]');
    const total = await sections.count();
    expect(total).toBeGreaterThan(1);
    expect(await page.locator('.gemeente-practice li').count()).toBeLessThanOrEqual(8);
    // Own cases are not repeated here.
    expect(
      await page
        .locator('.gemeente-practice a[href="/praktijkvoorbeelden/zaltbommel-maatschappelijk-panel-arbeidsmigranten/"]')
        .count(),
    ).toBe(0);
    const select = page.getByLabel('Thema', { exact: true });
    const theme = await sections.nth(1).getAttribute('data-theme');
    await select.selectOption(theme);
    expect(
      await page
        .locator('.gemeente-practice section[data-theme]:visible')
        .evaluateAll((s) => s.map((x) => x.getAttribute('data-theme'))),
    ).toEqual([theme]);
    await page.context().close();
  });

  it('without JavaScript every theme section shows and there is no filter', async () => {
    const page = await b.open('/gemeenten/zaltbommel/', { javaScriptEnabled: false });
    const sections = page.locator('.gemeente-practice section[data-theme]');
    expect(await sections.count()).toBeGreaterThan(1);
    expect(await page.locator('.gemeente-practice section[data-theme]:visible').count()).toBe(await sections.count());
    expect(await page.getByLabel('Thema', { exact: true }).isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('printed selection', () => {
  const SLUG = 'amersfoort-wij-amersfoort-koningsdag';

  it('prints the typed title and note, and source addresses decoded', async () => {
    const page = await b.open('/selectie/');
    await page.evaluate(
      (slug) => localStorage.setItem('praktijkatlas:selectie', JSON.stringify({ v: 1, ids: [slug] })),
      SLUG,
    );
    await page.reload();
    await page.getByLabel('Titel', { exact: true }).fill('Voorbeelden voor de raad');
    await page.getByLabel('Notitie aan het college').fill('Graag bespreken op 12 mei.\nZie vooral Amersfoort.');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-print-title]').innerText()).toBe('Voorbeelden voor de raad');
    expect(await page.locator('[data-print-title]').isVisible()).toBe(true);
    expect(await page.locator('h1.selection-heading').isVisible()).toBe(false);
    expect(await page.locator('[data-print-note]').innerText()).toBe(
      'Graag bespreken op 12 mei.\nZie vooral Amersfoort.',
    );
    const bare = await page.locator(`li[data-slug="${SLUG}"] a[data-bare-url]`).allInnerTexts();
    expect(bare.length).toBeGreaterThan(0);
    expect(bare.join(' ')).not.toMatch(/%[0-9A-F]{2}/i);
    expect(bare.join(' ')).toContain('"rapportage koningsdag"');
    // Kept for the next visit.
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Voorbeelden voor de raad');
    await page.context().close();
  });
});

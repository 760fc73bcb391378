import { describe, expect, it } from 'vitest';
import { jsErrors, useBrowser } from './browser';
import { builtCases } from './built-data';

const b = useBrowser();
const gemeenteLinks = 'svg.atlas-map-svg a[data-code]';

describe('choropleth map', () => {
  it('draws one link per gemeente (342), each named "<gemeente>, <type>"', async () => {
    const page = await b.open('/');
    expect(await page.locator(gemeenteLinks).count()).toBe(342);
    expect(await page.locator('svg.atlas-map-svg [data-type="geen-data"]').count()).toBe(0);
    const westland = page.getByRole('link', { name: /^Westland, Tuinbouwgemeente/ });
    expect(await westland.count()).toBe(1);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it("clicking Westland opens the panel with its type and Westland's own cases", async () => {
    const page = await b.open('/');
    await page.locator('a[data-code="GM1783"]').click();
    const panel = page.locator('[data-map-panel]');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.getByRole('heading', { level: 2 }).innerText()).toBe('Westland');
    expect(await panel.innerText()).toContain('Tuinbouwgemeente');
    const own = builtCases()
      .filter((c) => c.gemeenten.includes('GM1783'))
      .map((c) => `/praktijkvoorbeelden/${c.slug}/`);
    expect(own.length).toBeGreaterThan(0);
    // The first list holds the gemeente's own cases (at most six, then a link to all of them).
    const shown = await panel
      .locator('ul.panel-cases')
      .first()
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shown.length).toBe(Math.min(6, own.length));
    for (const href of shown) expect(own).toContain(href);
    expect(await panel.getByRole('link', { name: `Alle ${own.length} praktijkvoorbeelden uit Westland` }).count()).toBe(
      own.length > 6 ? 1 : 0,
    );
    // The page did not navigate away: a click shows details first.
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });

  it('shows a tooltip with name, type and case count on hover', async () => {
    const page = await b.open('/');
    await page.locator('a[data-code="GM0363"]').hover();
    const tip = page.locator('[data-map-tooltip]');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.innerText();
    expect(text).toContain('Amsterdam');
    expect(text).toContain('Meerderheid-minderhedenstad');
    expect(text).toMatch(/\d+ praktijkvoorbeeld/);
    await page.context().close();
  });

  it('keyboard: Tab reaches a gemeente, Enter opens the panel, Escape closes it and returns focus', async () => {
    const page = await b.open('/');
    await page.locator('#gemeente-zoek').focus();
    // From the combobox, Tab moves through the side column and reaches the map links.
    let code: string | undefined;
    for (let i = 0; i < 40 && !code; i++) {
      await page.keyboard.press('Tab');
      code = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.code);
    }
    expect(code).toMatch(/^GM\d{4}$/);
    await expect.poll(() => page.locator('[data-map-tooltip]').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-map-panel]');
    await panel.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.code)).toBe(code);
    await page.context().close();
  });

  it('the combobox finds "Den Bosch", opens \'s-Hertogenbosch and moves focus to the panel heading', async () => {
    const page = await b.open('/');
    const input = page.getByRole('combobox', { name: 'Zoek uw gemeente' });
    await input.fill('Den Bosch');
    const option = page.getByRole('option').first();
    expect(await option.innerText()).toContain("'s-Hertogenbosch");
    await input.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
    expect(await page.locator('[data-map-panel] h2').innerText()).toBe("'s-Hertogenbosch");
    expect(await page.locator('a[data-code="GM0796"]').getAttribute('aria-current')).toBe('true');
    await page.context().close();
  });

  it('keyboard only: type a gemeente, Enter, and the next Tab is "Naar de gemeentepagina"', async () => {
    const page = await b.open('/');
    await page.locator('#gemeente-zoek').focus();
    await page.keyboard.type('Zaltbommel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('map-panel-title');
    // The heading is scrolled into view.
    await expect
      .poll(() =>
        page.locator('#map-panel-title').evaluate((h) => {
          const r = h.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(focused).toEqual({ text: 'Naar de gemeentepagina van Zaltbommel', href: '/gemeenten/zaltbommel/' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/gemeenten\/zaltbommel\/$/);
    await page.context().close();
  });

  it('a typo gives "Bedoelt u Zaltbommel?" and a visible message; Enter takes the suggestion', async () => {
    const page = await b.open('/');
    const input = page.getByRole('combobox', { name: 'Zoek uw gemeente' });
    await input.fill('zaltbomel');
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Bedoelt u Zaltbommel?']);
    const message = page.locator('[data-combobox] [data-message]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.innerText()).toContain('Bedoelt u Zaltbommel?');
    expect(await page.locator('[data-combobox] [role="status"]').innerText()).toContain('Bedoelt u Zaltbommel?');
    await input.press('Enter');
    await expect.poll(() => page.locator('[data-map-panel] h2').innerText()).toBe('Zaltbommel');
    expect(await message.isVisible()).toBe(false);
    await page.context().close();
  });

  it('a word that is no gemeente says so instead of showing nothing', async () => {
    const page = await b.open('/');
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).fill('qqqqqq');
    expect(await page.locator('[data-combobox] [data-message]').innerText()).toContain('Geen gemeente gevonden');
    expect(await page.getByRole('option').count()).toBe(0);
    await page.context().close();
  });

  it('zoomed in, place names appear (none at the whole map) and no two visible names overlap', async () => {
    const page = await b.open('/');
    const visibleLabels = () =>
      page.$$eval('.map-labels text', (texts) =>
        texts
          .filter((t) => getComputedStyle(t).display !== 'none')
          .map((t) => {
            const r = t.getBoundingClientRect();
            return { name: t.textContent, x0: r.left, x1: r.right, y0: r.top, y1: r.bottom };
          }),
      );
    expect(await visibleLabels()).toEqual([]);
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    await expect.poll(async () => (await visibleLabels()).length).toBeGreaterThan(5);
    const labels = await visibleLabels();
    const clashes = labels.flatMap((a, i) =>
      labels
        .slice(i + 1)
        .filter((b) => a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
        .map((b) => `${a.name} × ${b.name}`),
    );
    expect(clashes).toEqual([]);
    await page.context().close();
  });

  it('on a phone the details open as a bottom sheet', async () => {
    const page = await b.open('/', { viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).fill('Westland');
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).press('Enter');
    const panel = page.locator('[data-map-panel]');
    await panel.waitFor({ state: 'visible' });
    const box = await panel.evaluate((p) => ({
      position: getComputedStyle(p).position,
      bottom: p.getBoundingClientRect().bottom,
      height: p.getBoundingClientRect().height,
    }));
    expect(box.position).toBe('fixed');
    expect(Math.round(box.bottom)).toBe(800);
    expect(box.height).toBeLessThanOrEqual(800 * 0.5 + 1);
    // The chosen gemeente stays visible above the sheet.
    await expect
      .poll(() => page.locator('a[data-code="GM1783"]').evaluate((a) => a.getBoundingClientRect().bottom))
      .toBeLessThan(800 - box.height);
    await page.context().close();
  });

  it('the combobox knows old names of merged gemeenten (Leerdam → Vijfheerenlanden)', async () => {
    const page = await b.open('/');
    await page.getByRole('combobox', { name: 'Zoek uw gemeente' }).fill('Leerdam');
    expect(await page.getByRole('option').first().innerText()).toContain('Vijfheerenlanden');
    await page.context().close();
  });

  it('legend buttons highlight one type, zoom buttons change the view', async () => {
    const page = await b.open('/');
    const svg = page.locator('svg.atlas-map-svg');
    await page.getByRole('button', { name: 'Markeer Tuinbouwgemeente op de kaart' }).click();
    expect(await svg.getAttribute('data-focus-type')).toBe('tuinbouw');
    const before = await svg.getAttribute('viewBox');
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    const after = await svg.getAttribute('viewBox');
    expect(after).not.toBe(before);
    await page.getByRole('button', { name: 'Hele kaart tonen' }).click();
    expect(await svg.getAttribute('viewBox')).toBe(before);
    await page.context().close();
  });

  it('without JavaScript the map and its links are there', async () => {
    const page = await b.open('/', { javaScriptEnabled: false });
    expect(await page.locator(gemeenteLinks).count()).toBe(342);
    expect(await page.locator('a[data-code="GM1783"]').getAttribute('href')).toBe('/gemeenten/westland/');
    await page.context().close();
  });
});

describe('gemeente list and pages', () => {
  it('lists all 342 gemeenten and filters by type', async () => {
    const page = await b.open('/gemeenten/');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBe(342);
    await page.getByLabel('WRR-type').selectOption('tuinbouw');
    const visible = await page.locator('tbody tr:not([hidden])').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(342);
    expect(await page.locator('tbody tr:not([hidden]) th', { hasText: 'Westland' }).count()).toBe(1);
    expect(await page.getByRole('status').innerText()).toBe(`${visible} van 342 gemeenten`);
    await page.context().close();
  });

  it('sorts by population descending with two clicks', async () => {
    const page = await b.open('/gemeenten/');
    const button = page.getByRole('button', { name: 'Inwoners (2022)' });
    await button.click();
    await button.click();
    expect(await page.locator('tbody tr th').first().innerText()).toBe('Amsterdam');
    await page.context().close();
  });

  it('a gemeente page shows type, provenance and its cases', async () => {
    const page = await b.open('/gemeenten/westland/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Westland');
    const typeSection = page.locator('section', { has: page.getByRole('heading', { name: 'WRR-type' }) });
    expect(await typeSection.innerText()).toContain('Tuinbouwgemeente');
    const cases = page.locator('section', {
      has: page.getByRole('heading', { name: 'Praktijkvoorbeelden uit Westland' }),
    });
    // Its own cases from the built data, at most twelve on the page.
    const own = builtCases()
      .filter((c) => c.gemeenten.includes('GM1783'))
      .map((c) => `/praktijkvoorbeelden/${c.slug}/`);
    expect(own.length).toBeGreaterThan(0);
    const listed = await cases
      .locator('a[href^="/praktijkvoorbeelden/"]:not([href*="?"])')
      .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(listed.length).toBe(Math.min(12, own.length));
    for (const href of listed) expect(own).toContain(href);
    expect(await typeSection.innerText()).toContain('genoemd in bron');
    await page.context().close();
  });
});

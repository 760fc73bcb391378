import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/cases/case-export';
import { jsErrors, useBrowser } from './browser';

const b = useBrowser();

describe('case page', () => {
  it('shows title, gemeente link, type, source block with document title, lessons and related cases', async () => {
    const page = await b.open('/praktijkvoorbeelden/westland-huisvesting-arbeidsmigranten/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^Westland .*arbeidsmigranten$/);
    expect(await page.title()).toContain('Westland');

    const gemeente = page.getByRole('link', { name: 'Westland', exact: true }).first();
    expect(await gemeente.getAttribute('href')).toBe('/gemeenten/westland/');
    expect((await fetch(new URL('/gemeenten/westland/', b.baseUrl()))).status).toBe(200);
    expect(await page.locator('article .type-badge').first().innerText()).toBe('Tuinbouwgemeente');

    const source = page.getByRole('region', { name: 'Bron', exact: true });
    expect(await source.locator('[data-source-title]').innerText()).toContain(
      'Portfolio De Nieuwe Verscheidenheid: handelingsperspectieven voor lokale bestuurders',
    );
    expect(await source.innerText()).toContain('Tuinbouwgemeenten – Gemeente Westland');
    expect(await source.getByRole('link', { name: /gemeentewestland\.nl/ }).count()).toBeGreaterThan(0);

    const lessons = page.getByRole('region', { name: 'Wat kunt u hiermee?' });
    expect(await lessons.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);

    const related = page.getByRole('region', { name: 'Vergelijkbare praktijkvoorbeelden' });
    const relatedLinks = await related.getByRole('heading', { level: 3 }).getByRole('link').all();
    expect(relatedLinks.length).toBeGreaterThan(0);
    expect(relatedLinks.length).toBeLessThanOrEqual(3);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('states both facts when the source presents the case under another type', async () => {
    const data = (await (await fetch(new URL('/data/praktijkvoorbeelden.json', b.baseUrl()))).json()) as {
      slug: string;
      types: string[];
      typeInSource: string | null;
    }[];
    const mismatch = data.find((c) => c.typeInSource && !c.types.includes(c.typeInSource));
    if (!mismatch) return; // every case agrees with the atlas: nothing to show
    const page = await b.open(`/praktijkvoorbeelden/${mismatch.slug}/`);
    const note = await page.locator('[data-type-note]').innerText();
    expect(note).toMatch(/^In de bron gepresenteerd als voorbeeld van het type .+; volgens de atlas is .+ een .+/);
    await page.context().close();
  });

  it.each(['/praktijkvoorbeelden/', '/praktijkvoorbeelden/westland-huisvesting-arbeidsmigranten/'])(
    '%s has no horizontal scroll at 320 px',
    async (path) => {
      const page = await b.open(path, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );

  it('open data lists every case in JSON and CSV', async () => {
    const json = (await (await fetch(new URL('/data/praktijkvoorbeelden.json', b.baseUrl()))).json()) as {
      slug: string;
      url: string;
    }[];
    const csv = await (await fetch(new URL('/data/praktijkvoorbeelden.csv', b.baseUrl()))).text();
    expect(json.length).toBeGreaterThan(0);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    for (const c of json) expect(csv).toContain(`\r\n${c.slug},`);
  });
});

/**
 * The submission form (/aanmelden/), the feed and the sitemap, in Chromium against the built site.
 * The generated file is fed through the build's own content check (validateCaseFiles).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { validateCaseFiles } from '../../src/lib/cases/case-validation';
import { loadGemeentenForCases } from '../helpers/case-sets';
import { downloadText, jsErrors, useBrowser } from './browser';
import { builtCases } from './built-data';

const b = useBrowser();

const BODY =
  'De gemeente Tiel behandelt arbeidsmigranten bij het zoeken naar een woning op dezelfde manier als andere ' +
  'woningzoekenden. Zo voorkomt ze aparte circuits en houdt ze zicht op de kwaliteit van de huisvesting.\n\n' +
  '## Hoe het werkt\n\nDe gemeente maakte daarvoor afspraken met corporaties en werkgevers in de regio.';

async function fillValidCase(page: Page) {
  await page
    .getByLabel('Titel', { exact: true })
    .fill('Tiel regelt huisvesting van arbeidsmigranten als die van andere woningzoekenden');
  await page
    .getByLabel('Samenvatting')
    .fill(
      'Tiel behandelt arbeidsmigranten bij de huisvesting als alle andere woningzoekenden, met afspraken in de regio.',
    );
  await page.getByLabel('Beschrijving').fill(BODY);
  await page.getByRole('checkbox', { name: 'Arbeidsmigratie en huisvesting' }).check();
  await page.getByRole('checkbox', { name: 'Huisvesting', exact: true }).check();
  await page.getByLabel('Soort voorbeeld').selectOption('regelgeving');
  await page.getByLabel('Jaar', { exact: true }).fill('2019');
  await page.getByLabel('Les 1').fill('Behandel arbeidsmigranten als andere woningzoekenden.');
  await page.getByLabel('Les 2').fill('Maak afspraken met corporaties en werkgevers in de regio.');
  await page.getByLabel('Document', { exact: true }).selectOption('001_68f2031519a2468a');
  await page.getByLabel('Hoofdstuk of paragraaf').fill('Middelgrote gemeenten – Gemeente Tiel');
}

describe('Praktijkvoorbeeld aanmelden', () => {
  it('rejects an unknown gemeente with a suggestion, keeps the input, then produces a file the content check accepts', async () => {
    const page = await b.open('/aanmelden/');
    await fillValidCase(page);
    const gemeente = page.getByRole('combobox', { name: 'Gemeente 1' });
    await gemeente.fill('Tiell');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();

    // Error summary at the top, focused, linking to the field; message at the field; nothing lost.
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
    const link = summary.getByRole('link');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe(
      '‘Tiell’ is geen gemeente in de indeling van 2025. Bedoelt u Tiel, Texel of Almelo?',
    );
    expect(await gemeente.getAttribute('aria-invalid')).toBe('true');
    expect(await gemeente.getAttribute('aria-describedby')).toContain('gemeente-1-fout');
    expect(await page.locator('#gemeente-1-fout').innerText()).toContain('Bedoelt u Tiel');
    expect(await gemeente.inputValue()).toBe('Tiell');
    expect(await page.getByLabel('Beschrijving').inputValue()).toBe(BODY);
    expect(await page.getByRole('checkbox', { name: 'Arbeidsmigratie en huisvesting' }).isChecked()).toBe(true);
    expect(await page.locator('[data-result]').isHidden()).toBe(true);
    expect(await page.title()).toMatch(/^Fout: /);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gemeente-1');

    // Fix it, and add a merged gemeente by its old name.
    await gemeente.fill('Tiel');
    await page.getByRole('button', { name: 'Nog een gemeente toevoegen' }).click();
    await page.getByRole('combobox', { name: 'Gemeente 2' }).fill('Leerdam');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    const result = page.locator('[data-result]');
    await result.waitFor({ state: 'visible' });
    expect(await summary.isHidden()).toBe(true);
    expect(await gemeente.getAttribute('aria-invalid')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultaat-kop');

    const markdown = await page.locator('[data-result-markdown]').inputValue();
    const fileName = await page.locator('[data-result-file]').innerText();
    expect(fileName).toBe('tiel-regelt-huisvesting-arbeidsmigranten.md');
    expect(markdown).toContain('historicalName: Leerdam');

    // The download carries the same text.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download het bestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(fileName);
    expect(await downloadText(download)).toBe(markdown);

    const { gemeenten } = await loadGemeentenForCases();
    const { cases, problems } = validateCaseFiles(
      [{ path: `content/praktijkvoorbeelden/${fileName}`, text: markdown }],
      gemeenten,
    );
    expect(problems).toEqual([]);
    expect(cases[0]?.data.gemeenten).toEqual([{ code: 'GM0281' }, { code: 'GM1961', historicalName: 'Leerdam' }]);
    expect(cases[0]?.data.themes).toEqual(['arbeidsmigratie-en-huisvesting']);

    // The e-mail link goes to the configured contact (build:test) and carries the whole file.
    const mail = new URL(
      (await page.getByRole('link', { name: 'E-mail de aanmelding aan de redactie' }).getAttribute('href'))!,
    );
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('redactie@praktijkatlas.example');
    expect(new URLSearchParams(mail.search).get('body')).toContain(markdown);
    expect(await page.locator('[data-mail-note]').innerText()).toContain('waarin de aanmelding al staat');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('speaks plain Dutch: no developer words anywhere on the page, also not after the file is made', async () => {
    const page = await b.open('/aanmelden/');
    const jargon = /pull request|\bnpm\b|repository|markdown|yaml|\bgit\b/i;
    expect(await page.locator('body').innerText()).not.toMatch(jargon);
    await fillValidCase(page);
    await page.getByRole('combobox', { name: 'Gemeente 1' }).fill('Tiel');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    await page.locator('[data-result]').waitFor({ state: 'visible' });
    expect(await page.locator('body').innerText()).not.toMatch(jargon);
    // What happens next, honestly: the facts are checked against the source before publication.
    expect(await page.locator('#daarna').innerText()).toBe('Wat gebeurt er daarna?');
    expect(await page.locator('section[aria-labelledby="daarna"]').innerText()).toContain(
      'Een voorbeeld komt pas op de site als de feiten kloppen met de bron.',
    );
    await page.context().close();
  });

  it('accepts a new source (a web page not in the list) and produces a file the redactie can process', async () => {
    const page = await b.open('/aanmelden/');
    await fillValidCase(page);
    await page.getByRole('combobox', { name: 'Gemeente 1' }).fill('Tiel');
    // The fields of a new source appear only when that kind of source is chosen.
    const title = page.getByLabel('Titel van het document of de webpagina');
    expect(await title.isVisible()).toBe(false);
    await page.getByRole('radio', { name: 'In een ander document of op een webpagina' }).check();
    expect(await title.isVisible()).toBe(true);
    expect(await page.getByLabel('Document', { exact: true }).isVisible()).toBe(false);

    // A missing address is reported at its field.
    await title.fill('Raadsinformatiebrief huisvesting arbeidsmigranten');
    await page.getByLabel('Uitgever').fill('Gemeente Tiel');
    await page.getByLabel('Datum').fill('mei 2024');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    const summary = page.locator('[data-error-summary]');
    await summary.waitFor({ state: 'visible' });
    expect(await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#nieuwe-bron-adres',
    ]);

    await page.getByLabel('Webadres').fill('https://www.tiel.nl/raadsinformatiebrief-arbeidsmigranten');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    await page.locator('[data-result]').waitFor({ state: 'visible' });
    const markdown = await page.locator('[data-result-markdown]').inputValue();
    expect(markdown).toContain('# NIEUWE BRON');
    expect(markdown).toContain('date: "2024-05"');

    const { gemeenten } = await loadGemeentenForCases();
    const file = { path: 'content/praktijkvoorbeelden/tiel-regelt-huisvesting-arbeidsmigranten.md', text: markdown };
    const submitted = validateCaseFiles([file], gemeenten, { submission: true });
    expect(submitted.problems).toEqual([]);
    expect(submitted.cases[0]?.data.newSources).toEqual([
      {
        title: 'Raadsinformatiebrief huisvesting arbeidsmigranten',
        publisher: 'Gemeente Tiel',
        date: '2024-05',
        url: 'https://www.tiel.nl/raadsinformatiebrief-arbeidsmigranten',
      },
    ]);
    // Not publishable until the redactie has registered the source.
    expect(validateCaseFiles([file], gemeenten).problems[0]).toMatch(
      /is a submitted source that is not in the registry yet/,
    );
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('shows one message per invalid field, in form order, each linking to its field', async () => {
    const page = await b.open('/aanmelden/');
    await page.getByLabel('Titel', { exact: true }).fill('Kort');
    await page.getByLabel('Jaar', { exact: true }).fill('20x9');
    await page.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
    const links = page.locator('[data-error-summary] a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      '#titel',
      '#samenvatting',
      '#tekst',
      '#gemeente-1',
      '#themas-arbeidsmigratie-en-huisvesting',
      '#instrument',
      '#jaar',
      '#les-1',
      '#bron',
    ]);
    // Every linked control exists and is described by its message.
    for (const id of ['titel', 'jaar', 'instrument']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-describedby')).toContain(`${id}-fout`);
    }
    expect(await page.locator('#themas').getAttribute('aria-describedby')).toContain('themas-fout');
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Kort');
    await page.context().close();
  });
});

/** Fetch an XML file in the page and parse it with the browser's XML parser; null if it does not parse. */
async function readXml<T>(page: Page, path: string, pick: (doc: Document) => T): Promise<T | null> {
  const fn = `(async () => {
    const doc = new DOMParser().parseFromString(await (await fetch(${JSON.stringify(path)})).text(), 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return (${pick.toString()})(doc);
  })()`;
  return page.evaluate<T | null>(fn);
}

describe('feed and sitemap', () => {
  it('/rss.xml parses and lists every case, newest added first', async () => {
    const page = await b.open('/');
    const items = await readXml(page, '/rss.xml', (doc) =>
      [...doc.querySelectorAll('channel > item')].map((i) => ({
        title: i.querySelector('title')?.textContent ?? '',
        link: i.querySelector('link')?.textContent ?? '',
        description: i.querySelector('description')?.textContent ?? '',
        pubDate: i.querySelector('pubDate')?.textContent ?? '',
      })),
    );
    expect(items).not.toBeNull();
    // "Every case": the links are exactly the built cases.
    expect(items!.map((i) => new URL(i.link).pathname).sort()).toEqual(
      builtCases()
        .map((c) => `/praktijkvoorbeelden/${c.slug}/`)
        .sort(),
    );
    for (const item of items!) {
      expect(item.title.length).toBeGreaterThan(5);
      expect(item.link).toMatch(/^https?:\/\/[^/]+\/praktijkvoorbeelden\/[a-z0-9-]+\/$/);
      expect(item.description.length).toBeGreaterThanOrEqual(40);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
    const dates = items!.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((x, y) => y - x));
    // Every page announces the feed.
    expect(await page.locator('head link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
      '/rss.xml',
    );
    await page.context().close();
  });

  it('the sitemap lists every page, among them /gemeenten/westland/', async () => {
    const page = await b.open('/');
    const maps = await readXml(page, '/sitemap-index.xml', (doc) =>
      [...doc.querySelectorAll('sitemap > loc')].map((l) => new URL(l.textContent ?? '').pathname),
    );
    expect(maps?.length).toBeGreaterThan(0);
    const paths: string[] = [];
    for (const map of maps!) {
      const locs = await readXml(page, map, (doc) =>
        [...doc.querySelectorAll('url > loc')].map((l) => new URL(l.textContent ?? '').pathname),
      );
      expect(locs).not.toBeNull();
      paths.push(...locs!);
    }
    expect(paths).toContain('/gemeenten/westland/');
    expect(paths).toContain('/praktijkvoorbeelden/westland-huisvesting-arbeidsmigranten/');
    expect(paths).toContain('/aanmelden/');
    expect(paths).toContain('/data/');
    expect(paths).not.toContain('/404/');
    expect(paths.length).toBeGreaterThan(342 + 40);
    await page.context().close();
  });
});

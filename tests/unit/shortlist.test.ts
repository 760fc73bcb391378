import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/open-data/csv';
import { SLUG } from '../../src/lib/cases/case-validation';
import {
  MAX_IDS,
  casesLabel,
  cleanIds,
  countKnown,
  isSlug,
  mergeIds,
  parseShareSearch,
  parseStored,
  resolveIds,
  serializeIds,
  serializeStored,
  shareUrl,
  toggleId,
  unknownNote,
} from '../../src/lib/shortlist/shortlist';
import {
  SELECTION_CSV_COLUMNS,
  csvFileName,
  isWebUrl,
  selectionCsv,
  sheetCsvRow,
  type SheetData,
} from '../../src/lib/shortlist/shortlist-csv';
import { toSheetData } from '../../src/lib/shortlist/shortlist-data';
import { loadFixtureCases } from '../helpers/case-sets';

describe('slugs', () => {
  it('follows the case file-name rule of the content validation', () => {
    for (const s of ['tiel-huisvesting-arbeidsmigranten', 'a', 'a1-b2', 'x--y', '-a', 'a-', 'A', 'a_b', 'é', '']) {
      expect(isSlug(s), s).toBe(SLUG.test(s));
    }
  });

  it('cleanIds trims, lower-cases, drops invalid values and duplicates, keeps order', () => {
    expect(cleanIds([' Tiel-x ', 'westland', 'tiel-x', '../etc', '<script>', 42, null, 'westland'])).toEqual([
      'tiel-x',
      'westland',
    ]);
    expect(cleanIds(Array.from({ length: MAX_IDS + 10 }, (_, i) => `c${i}`))).toHaveLength(MAX_IDS);
  });
});

describe('header count', () => {
  it('counts only ids that are cases', () => {
    const known = new Set(['a', 'b']);
    expect(countKnown(['a', 'weg', 'b', 'ook-weg'], known)).toBe(2);
    expect(countKnown([], known)).toBe(0);
    expect(countKnown(['weg'], known)).toBe(0);
  });
});

describe('share link', () => {
  it.each([
    ['', null],
    ['?q=x', null],
    ['?ids=', { ids: [], rejected: [] }],
    ['?ids=tiel-a,westland-b', { ids: ['tiel-a', 'westland-b'], rejected: [] }],
    ['ids=tiel-a%2Cwestland-b', { ids: ['tiel-a', 'westland-b'], rejected: [] }],
    ['?ids=tiel-a&ids=westland-b,tiel-a', { ids: ['tiel-a', 'westland-b'], rejected: [] }],
    ['?ids=,,TIEL-A,%20b%20,', { ids: ['tiel-a', 'b'], rejected: [] }],
    ['?ids=a,%3Cscript%3E,b_c', { ids: ['a'], rejected: ['<script>', 'b_c'] }],
  ])('%j → %j', (search, expected) => {
    expect(parseShareSearch(search)).toEqual(expected);
  });

  it('shortens very long rejected values for the note', () => {
    const long = 'x'.repeat(100) + '!';
    expect(parseShareSearch(`ids=${long}`)!.rejected[0]).toBe(`${'x'.repeat(60)}…`);
  });

  it('writes readable links with unescaped commas and round-trips', () => {
    expect(serializeIds(['a', 'b-c'])).toBe('ids=a,b-c');
    expect(serializeIds([])).toBe('');
    expect(shareUrl(['a', 'b-c'])).toBe('/selectie/?ids=a,b-c');
    expect(shareUrl([])).toBe('/selectie/');
    expect(shareUrl(['a'], 'https://example.org')).toBe('https://example.org/selectie/?ids=a');
    const url = new URL(shareUrl(['x-1', 'y'], 'https://example.org'));
    expect(parseShareSearch(url.search)!.ids).toEqual(['x-1', 'y']);
    expect(parseShareSearch(url.searchParams)!.ids).toEqual(['x-1', 'y']);
  });
});

describe('stored value', () => {
  it('round-trips', () => {
    expect(serializeStored(['a', 'b'])).toBe('{"v":1,"ids":["a","b"]}');
    expect(parseStored(serializeStored(['a', 'b']))).toEqual(['a', 'b']);
  });

  it.each([null, undefined, '', 'not json', '{"ids":"a"}', '42', 'null', '{"v":1}'])('reads %j as empty', (raw) => {
    expect(parseStored(raw)).toEqual([]);
  });

  it('accepts a bare array and cleans what it reads', () => {
    expect(parseStored('["a","A","<b>",3,"c"]')).toEqual(['a', 'c']);
    expect(parseStored('{"v":2,"ids":["a"],"extra":true}')).toEqual(['a']);
  });
});

describe('merge, toggle, resolve', () => {
  it('mergeIds keeps the base order and appends new ids', () => {
    expect(mergeIds(['b', 'a'], ['a', 'c', 'b', 'd'])).toEqual(['b', 'a', 'c', 'd']);
    expect(mergeIds([], ['x'])).toEqual(['x']);
  });

  it('toggleId adds at the end and removes', () => {
    expect(toggleId(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggleId(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleId(['a'], 'z', false)).toEqual(['a']);
  });

  it('resolveIds splits known from unknown, in order', () => {
    expect(resolveIds(['a', 'x', 'b', 'y'], new Set(['a', 'b', 'c']))).toEqual({
      found: ['a', 'b'],
      unknown: ['x', 'y'],
    });
  });

  it('unknownNote names the dropped slugs in Dutch, singular and plural', () => {
    expect(unknownNote([])).toBe('');
    expect(unknownNote(['oud-voorbeeld'])).toBe(
      'Eén praktijkvoorbeeld bestaat niet (meer) en is weggelaten: ‘oud-voorbeeld’. Misschien is het hernoemd of verwijderd.',
    );
    expect(unknownNote(['a', 'b'])).toMatch(
      /^2 praktijkvoorbeelden bestaan niet \(meer\) en zijn weggelaten: ‘a’, ‘b’\./,
    );
  });

  it('casesLabel', () => {
    expect(casesLabel(0)).toBe('0 praktijkvoorbeelden');
    expect(casesLabel(1)).toBe('1 praktijkvoorbeeld');
  });
});

describe('CSV of a selection', () => {
  const sheet = (slug: string, title: string): SheetData => ({
    slug,
    url: `/praktijkvoorbeelden/${slug}/`,
    title,
    gemeenten: ['Tiel', 'Buren'],
    types: [{ id: 'tuinbouw', name: 'Tuinbouwgemeente' }],
    when: '2019 (2019–2024)',
    summary: 'Samenvatting.',
    themes: ['Thema 1', 'Thema 2'],
    domains: [],
    instrument: 'Beleid',
    lessons: ['Les één; met puntkomma.', 'Les "twee".'],
    sources: [
      {
        title: 'Document',
        byline: 'VNG, ca. 2020',
        where: 'H2, p. 4',
        urls: ['https://a.example/x', 'https://b.example/'],
      },
      { title: 'Webpagina', url: 'https://c.example/', byline: 'Gemeente Tiel, mei 2024', urls: [] },
    ],
  });

  it('one row per case with labels; lists joined by "; ", lessons by line', () => {
    expect(sheetCsvRow(sheet('a', 'Titel A'), 'https://example.org')).toEqual([
      'Titel A',
      'Tiel; Buren',
      'Tuinbouwgemeente',
      '2019 (2019–2024)',
      'Thema 1; Thema 2',
      '',
      'Beleid',
      'Samenvatting.',
      'Les één; met puntkomma.\nLes "twee".',
      'Document (VNG, ca. 2020); Webpagina (Gemeente Tiel, mei 2024)',
      'H2, p. 4; ',
      'https://a.example/x; https://b.example/; https://c.example/',
      'https://example.org/praktijkvoorbeelden/a/',
      'a',
    ]);
    expect(sheetCsvRow(sheet('a', 'x'), 'https://example.org')).toHaveLength(SELECTION_CSV_COLUMNS.length);
  });

  it('has a BOM, the header and the rows in the given order, and parses back', () => {
    const csv = selectionCsv([sheet('b', 'Titel "B"'), sheet('a', 'Titel A, met komma')], 'https://example.org');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual([...SELECTION_CSV_COLUMNS]);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['Titel "B"', 'Titel A, met komma']);
    expect(parsed[1]![8]).toBe('Les één; met puntkomma.\nLes "twee".');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    const hostile = { ...sheet('a', '+31 bel ons'), summary: '-1+2', lessons: ['=cmd|calc'], gemeenten: ['@Tiel'] };
    const row = parseCsv(selectionCsv([hostile], 'https://example.org'))[1]!;
    const col = (k: (typeof SELECTION_CSV_COLUMNS)[number]) => row[SELECTION_CSV_COLUMNS.indexOf(k)];
    expect(col('titel')).toBe("'+31 bel ons");
    expect(col('samenvatting')).toBe("'-1+2");
    expect(col('lessen')).toBe("'=cmd|calc");
    expect(col('gemeenten')).toBe("'@Tiel");
  });

  it('an empty selection gives only the header', () => {
    expect(parseCsv(selectionCsv([], 'https://example.org'))).toEqual([[...SELECTION_CSV_COLUMNS]]);
  });

  it('file name carries the local date', () => {
    expect(csvFileName(new Date(2026, 0, 5))).toBe('praktijkatlas-selectie-2026-01-05.csv');
  });

  it.each([
    ['https://example.org/a?b=c', true],
    ['http://example.org', true],
    ['javascript:alert(1)', false],
    ['data:text/html,x', false],
    ['/relative/', false],
    ['https://exa mple.org', false],
    [undefined, false],
  ])('isWebUrl(%j) = %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });

  it('the fixture cases: display data with labels, and a CSV that round-trips', async () => {
    const cases = await loadFixtureCases();
    const sheets = cases.map((c) => toSheetData(c));
    for (const [i, s] of sheets.entries()) {
      const c = cases[i]!;
      expect(s.url).toBe(`/praktijkvoorbeelden/${c.slug}/`);
      expect(s.types.map((t) => t.id)).toEqual(c.types);
      expect(s.themes.every((t) => /^[A-Z]/.test(t))).toBe(true);
      expect(s.sources.flatMap((x) => [...(x.url ? [x.url] : []), ...x.urls]).every((u) => isWebUrl(u))).toBe(true);
    }
    const parsed = parseCsv(selectionCsv(sheets, 'https://example.org'));
    expect(parsed).toHaveLength(cases.length + 1);
    for (const [i, c] of cases.entries()) {
      const row = parsed[i + 1]!;
      expect(row).toHaveLength(SELECTION_CSV_COLUMNS.length);
      const get = (k: (typeof SELECTION_CSV_COLUMNS)[number]) => row[SELECTION_CSV_COLUMNS.indexOf(k)];
      expect(get('titel')).toBe(c.data.title);
      expect(get('slug')).toBe(c.slug);
      expect(get('url')).toBe(`https://example.org/praktijkvoorbeelden/${c.slug}/`);
      expect(get('lessen')!.split('\n')).toEqual(c.data.lessons);
    }
  });
});

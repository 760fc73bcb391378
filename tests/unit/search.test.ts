import { beforeAll, describe, expect, it } from 'vitest';
import type { EnrichedCase } from '../../src/lib/cases/case-join';
import {
  buildSearchIndex,
  droppedWordsNote,
  parseSearchIndex,
  runSearch,
  serializeSearchIndex,
  suggestLoosening,
  type SearchIndex,
  type Suggestion,
} from '../../src/lib/search/search';
import { markdownToPlainText, toSearchDoc } from '../../src/lib/search/search-doc';
import { FACET_KEYS, emptyState, type SearchState } from '../../src/lib/search/search-state';
import { MAX_QUERY_TERMS, queryWords } from '../../src/lib/search/search-text';
import { craftedLongQuery } from '../helpers/crafted-query';
import { loadFixtureCases } from '../helpers/case-sets';
import { jsonRoundTrip } from '../helpers/json';

let cases: EnrichedCase[];
let index: SearchIndex;

beforeAll(async () => {
  cases = await loadFixtureCases();
  index = buildSearchIndex(cases.map(toSearchDoc));
});

const search = (q: string, extra: Partial<SearchState> = {}) => runSearch(index, { ...emptyState(), q, ...extra });
/** Slugs of cases that involve a gemeente with this name. */
const slugsOf = (gemeente: string) =>
  cases.filter((c) => c.gemeenten.some((g) => g.name === gemeente)).map((c) => c.slug);
const caseAbout = (gemeente: string, word: RegExp) => {
  const c = cases.find((x) => x.gemeenten.some((g) => g.name === gemeente) && word.test(x.data.title + x.data.summary));
  if (!c) throw new Error(`No case from ${gemeente} about ${word}; is its content file missing?`);
  return c.slug;
};

describe('search on the fixture cases', () => {
  it('"arbeidsmigranten" ranks cases with the word in their title above one that has it only in the body', () => {
    const top = search('arbeidsmigranten').slugs;
    for (const slug of top) {
      const c = cases.find((x) => x.slug === slug)!;
      expect(`${c.data.title} ${c.data.summary} ${c.body}`, slug).toMatch(/arbeidsmigrant/i);
    }
    const inTitle = cases.filter((c) => /arbeidsmigranten/i.test(c.data.title)).map((c) => c.slug);
    expect(inTitle).toHaveLength(3);
    expect(new Set(top.slice(0, 3))).toEqual(new Set(inTitle));
    expect(top).toContain(caseAbout('Tiel', /arbeidsmigrant/i));
    expect(top).toContain(caseAbout('Westland', /arbeidsmigrant/i));
    const bodyOnly = caseAbout('Zaltbommel', /werkgevers/i);
    expect(bodyOnly).not.toMatch(/arbeidsmigrant/);
    expect(top.indexOf(bodyOnly)).toBeGreaterThanOrEqual(3);
  });

  it('"koningsdag" finds Amersfoort first', () => {
    const { slugs } = search('koningsdag');
    expect(slugsOf('Amersfoort')).toContain(slugs[0]);
  });

  it('a typo ("arbeidsmigrnten") still finds the same three at the top', () => {
    expect(new Set(search('arbeidsmigrnten').slugs.slice(0, 3))).toEqual(
      new Set(search('arbeidsmigranten').slugs.slice(0, 3)),
    );
    expect(search('arbiedsmigranten').slugs.slice(0, 3)).toEqual(search('arbeidsmigrnten').slugs.slice(0, 3));
  });

  it('ignores case and diacritics in the query and the text', () => {
    expect(search('sudwest')).toEqual(search('Súdwest'));
    expect(search('SÚDWEST-FRYSLÂN')).toEqual(search('sudwest-fryslan'));
    const somali = search('somaliers');
    expect(somali.slugs.length).toBeGreaterThan(0);
    expect(search('Somaliërs')).toEqual(somali);
    expect(slugsOf('Groningen')).toContain(somali.slugs[0]);
  });

  it('finds parts of Dutch compounds ("migranten" in "arbeidsmigranten")', () => {
    const partial = search('migranten').slugs;
    // "arbeidsmigranten" also finds cases by synonym ("internationale werknemers", search-synonyms.ts),
    // which need not say "migranten"; every case that contains the word itself must be found.
    const literal = search('arbeidsmigranten').slugs.filter((slug) => {
      const doc = toSearchDoc(cases.find((c) => c.slug === slug)!);
      return [doc.title, doc.gemeenten, doc.tags, doc.people, doc.summary, doc.lessons, doc.body].some((t) =>
        t.includes('arbeidsmigranten'),
      );
    });
    expect(literal.length).toBeGreaterThanOrEqual(4);
    for (const slug of literal) expect(partial).toContain(slug);
  });

  it('treats several words as AND, each word in any field', () => {
    const both = search('huisvesting arbeidsmigranten').slugs;
    const housing = new Set(search('huisvesting').slugs);
    const migrants = new Set(search('arbeidsmigranten').slugs);
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((s) => housing.has(s) && migrants.has(s))).toBe(true);
    expect(both.length).toBeLessThan(Math.min(housing.size, migrants.size) + 1);
    // Gemeente name (field gemeenten) AND a topic word (body text).
    const maastricht = search('maastricht statushouders').slugs;
    expect(maastricht.length).toBeGreaterThan(0);
    expect(maastricht.every((s) => slugsOf('Maastricht').includes(s))).toBe(true);
    // Stop words do not have to match; a nonsense word empties the result.
    expect(search('huisvesting van arbeidsmigranten').slugs).toEqual(both);
    expect(search('arbeidsmigranten qqqzzz').slugs).toEqual([]);
    expect(search('arbeidsmigranten qqqzzz').unmatchedWords).toEqual(['qqqzzz']);
  });

  it('returns every case for an empty query, newest first', () => {
    const all = search('').slugs;
    expect(all).toHaveLength(cases.length);
    const years = all.map((s) => cases.find((c) => c.slug === s)!.data.year ?? 0);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  it('gives the same results from the serialised index the page embeds', () => {
    const loaded = parseSearchIndex(jsonRoundTrip(serializeSearchIndex(index)));
    for (const q of ['arbeidsmigranten', 'arbeidsmigrnten', 'dialoog ontmoeting', '']) {
      expect(runSearch(loaded, { ...emptyState(), q })).toEqual(search(q));
    }
  });

  it('treats hostile or odd input as plain words', () => {
    expect(() => search('<script>alert(1)</script>')).not.toThrow();
    expect(() => search('"\'`\\ 🎉 '.repeat(100))).not.toThrow();
    expect(search('x'.repeat(10_000)).slugs).toEqual([]);
  });
});

describe('filters, counts and sort', () => {
  it('narrows by theme; values within a facet are alternatives, facets combine', () => {
    const theme = search('', { thema: ['arbeidsmigratie-en-huisvesting'] }).slugs;
    expect(theme.length).toBeGreaterThan(0);
    expect(
      theme.every((s) => cases.find((c) => c.slug === s)!.data.themes.includes('arbeidsmigratie-en-huisvesting')),
    ).toBe(true);
    const two = search('', { thema: ['arbeidsmigratie-en-huisvesting', 'dialoog-en-ontmoeting'] }).slugs;
    expect(two.length).toBeGreaterThan(theme.length);
    const withSeed = search('', { thema: ['arbeidsmigratie-en-huisvesting'], bron: ['001_68f2031519a2468a'] }).slugs;
    expect(withSeed.every((s) => theme.includes(s))).toBe(true);
  });

  it('filters by WRR type of the gemeenten, instrument, domain and year range', () => {
    const type = cases[0]!.types[0]!;
    expect(search('', { type: [type] }).slugs.every((s) => cases.find((c) => c.slug === s)!.types.includes(type))).toBe(
      true,
    );
    const inst = search('', { instrument: ['bestuurlijk-interview'] }).slugs;
    expect(inst.every((s) => cases.find((c) => c.slug === s)!.data.instrument === 'bestuurlijk-interview')).toBe(true);
    const dom = search('', { domein: ['huisvesting'] }).slugs;
    expect(dom.every((s) => cases.find((c) => c.slug === s)!.data.domains.includes('huisvesting'))).toBe(true);
    const range = search('', { van: 2017, tot: 2019 }).slugs;
    expect(range.length).toBeGreaterThan(0);
    expect(
      range.every((s) => {
        const y = cases.find((c) => c.slug === s)!.data.year;
        return y !== undefined && y >= 2017 && y <= 2019;
      }),
    ).toBe(true);
  });

  it('counts per value follow the query and the other facets, not the facet itself', () => {
    const q = search('arbeidsmigranten');
    const total = q.slugs.length;
    const themeCount = q.counts.thema['arbeidsmigratie-en-huisvesting']!;
    expect(themeCount).toBeLessThanOrEqual(total);
    expect(themeCount).toBe(
      q.slugs.filter((s) => cases.find((c) => c.slug === s)!.data.themes.includes('arbeidsmigratie-en-huisvesting'))
        .length,
    );
    // Selecting a theme does not change that theme facet's own counts …
    const selected = search('arbeidsmigranten', { thema: ['arbeidsmigratie-en-huisvesting'] });
    expect(selected.counts.thema).toEqual(q.counts.thema);
    // … but narrows the other facets.
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    // A case can cite a seed and web pages: the source counts add up to at least the number of hits.
    expect(sum(selected.counts.bron)).toBeGreaterThanOrEqual(selected.slugs.length);
  });

  it('sorts by year when asked', () => {
    const year = (s: string) => cases.find((c) => c.slug === s)!.data.year;
    const nieuw = search('dialoog', { sort: 'nieuw' }).slugs.map((s) => year(s) ?? 0);
    expect([...nieuw].sort((a, b) => b - a)).toEqual(nieuw);
    // Undated cases come last when sorting oldest first.
    const oud = search('dialoog', { sort: 'oud' }).slugs.map((s) => year(s) ?? 9999);
    expect([...oud].sort((a, b) => a - b)).toEqual(oud);
  });

  it('suggests what to loosen when nothing matches', () => {
    const state = { ...emptyState(), q: 'koningsdag', thema: ['arbeidsmigratie-en-huisvesting'] };
    expect(runSearch(index, state).slugs).toEqual([]);
    const suggestions = suggestLoosening(index, state);
    expect(suggestions.map((s) => s.loosen)).toEqual(
      expect.arrayContaining([
        { kind: 'word', word: 'koningsdag' },
        { kind: 'facet', key: 'thema' },
      ]),
    );
    expect(suggestions).toHaveLength(2);
    const dropTheme = suggestions.find((s) => s.loosen.kind === 'facet')!;
    expect(dropTheme.state.thema).toEqual([]);
    expect(dropTheme.count).toBe(search('koningsdag').slugs.length);
    expect(suggestions.every((s) => s.count > 0)).toBe(true);
  });
});

/** What suggestLoosening promises, the slow way: the full search once per constraint. */
function loosenByRerunning(state: SearchState): Suggestion[] {
  const words = queryWords(state.q);
  const options: Omit<Suggestion, 'count'>[] = words.map((word) => ({
    loosen: { kind: 'word', word },
    state: { ...state, q: words.filter((w) => w !== word).join(' ') },
  }));
  for (const key of FACET_KEYS)
    if (state[key].length) options.push({ loosen: { kind: 'facet', key }, state: { ...state, [key]: [] } });
  if (state.van !== null || state.tot !== null)
    options.push({ loosen: { kind: 'years' }, state: { ...state, van: null, tot: null } });
  return options
    .map((o) => ({ ...o, count: runSearch(index, o.state).slugs.length }))
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The index with its vocabulary wrapped so every full pass over it (one per expanded word) is counted. */
function countingVocabPasses(base: SearchIndex): { index: SearchIndex; passes: () => number } {
  let passes = 0;
  const vocab = new Proxy(base.vocab as string[], {
    get(target, key, receiver) {
      if (key === Symbol.iterator) passes++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { index: { ...base, vocab }, passes: () => passes };
}

describe('bounded search cost (issue 12)', () => {
  /** The crafted query of the issue: 167 distinct two-letter words, 500 characters. */
  const nonsense = craftedLongQuery();

  it(`uses only the first ${MAX_QUERY_TERMS} query words and reports the rest`, () => {
    expect(nonsense).toHaveLength(500);
    const outcome = search(nonsense);
    expect(outcome.droppedWords).toHaveLength(167 - MAX_QUERY_TERMS);
    expect(droppedWordsNote(outcome.droppedWords)).toBe(
      `Uw zoekopdracht is ingekort: alleen de eerste ${MAX_QUERY_TERMS} zoekwoorden zijn gebruikt, 155 woorden zijn genegeerd.`,
    );
    expect(droppedWordsNote([])).toBe('');
    expect(search('huisvesting arbeidsmigranten').droppedWords).toEqual([]);
  });

  it('two-letter words match only exactly: the crafted query scans the vocabulary not at all', () => {
    const { index: counted, passes } = countingVocabPasses(index);
    const state = { ...emptyState(), q: nonsense, thema: ['arbeidsmigratie-en-huisvesting'], van: 2015 };
    runSearch(counted, state);
    suggestLoosening(counted, state);
    expect(passes()).toBe(0);
  });

  it('suggestions expand each query word once: no search re-run per word', () => {
    // Long nonsense words: each needs the vocabulary pass and, found nowhere, the typo pass.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const long = [...letters]
      .flatMap((a) => [...letters].map((b) => `qz${a}x${b}vq`))
      .slice(0, 40)
      .join(' ');
    const { index: counted, passes } = countingVocabPasses(index);
    const state = { ...emptyState(), q: long, thema: ['arbeidsmigratie-en-huisvesting'], van: 2015 };
    runSearch(counted, state);
    const afterSearch = passes();
    // One pass per word, a second one for the typo candidates of words of five letters or more.
    expect(afterSearch).toBeGreaterThanOrEqual(MAX_QUERY_TERMS);
    expect(afterSearch).toBeLessThanOrEqual(2 * MAX_QUERY_TERMS);
    suggestLoosening(counted, state);
    // Re-running the search per word would be MAX_QUERY_TERMS × (MAX_QUERY_TERMS − 1) passes or more.
    expect(passes() - afterSearch).toBeLessThanOrEqual(afterSearch);
  });

  it.each([
    { q: 'koningsdag', thema: ['arbeidsmigratie-en-huisvesting'] },
    { q: 'koningsdag dialoog xyzzyq', thema: ['arbeidsmigratie-en-huisvesting'], van: 2030 },
    { q: 'huisvesting arbeidsmigranten statushouders', instrument: ['bestuurlijk-interview'] },
    { q: 'de het' },
    { q: '', type: ['tuinbouw'], thema: ['dialoog-en-ontmoeting'], van: 2000, tot: 2001 },
    { q: 'dialoog', domein: ['huisvesting'], bron: ['web'] },
  ] as Partial<SearchState>[])('suggestions give the counts of re-running the search: %j', (extra) => {
    const state = { ...emptyState(), ...extra };
    expect(suggestLoosening(index, state)).toEqual(loosenByRerunning(state));
  });
});

describe('gemeente names in the index', () => {
  const fake = (code: string, name: string, extra: Partial<EnrichedCase['gemeenten'][number]> = {}): EnrichedCase => ({
    ...cases[0]!,
    slug: `fake-${code}`,
    gemeenten: [{ code, name, slug: 'x', type: 'gemiddeld', formerNames: [], ...extra }],
  });
  it('finds a case by alias, former name and historical name', () => {
    const idx = buildSearchIndex([
      toSearchDoc(fake('GM0518', "'s-Gravenhage")),
      toSearchDoc(fake('GM1961', 'Vijfheerenlanden', { formerNames: ['Zederik'], historicalName: 'Leerdam' })),
      toSearchDoc(fake('GM1900', 'Súdwest-Fryslân')),
    ]);
    const first = (q: string) => runSearch(idx, { ...emptyState(), q }).slugs[0];
    expect(first('Den Haag')).toBe('fake-GM0518');
    expect(first("'s-Gravenhage")).toBe('fake-GM0518');
    expect(first('Leerdam')).toBe('fake-GM1961');
    expect(first('zederik')).toBe('fake-GM1961');
    expect(first('sudwest')).toBe('fake-GM1900');
    expect(first('Súdwest')).toBe('fake-GM1900');
  });
});

describe('markdownToPlainText', () => {
  it('keeps words and link texts, drops markup', () => {
    expect(markdownToPlainText('## Kop\n- **vet** en _schuin_\n1. [link](https://x.nl) `code`\n> citaat')).toBe(
      'Kop vet en schuin link code citaat',
    );
  });
});

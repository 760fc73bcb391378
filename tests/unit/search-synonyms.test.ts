import { beforeAll, describe, expect, it } from 'vitest';
import type { EnrichedCase } from '../../src/lib/cases/case-join';
import { searchNamesOf } from '../../src/lib/search/gemeente-aliases';
import { buildSearchIndex, runSearch, suggestLoosening, type SearchIndex } from '../../src/lib/search/search';
import { buildSearchFiles, parseCoreIndex, withBody } from '../../src/lib/search/search-assets';
import { toSearchDoc } from '../../src/lib/search/search-doc';
import { expandWord, type SearchDoc } from '../../src/lib/search/search-index';
import { joinPlaces, placeEntries, placeToken, type PlaceEntry } from '../../src/lib/search/search-places';
import { emptyState } from '../../src/lib/search/search-state';
import {
  SYNONYM_GROUPS,
  conceptOf,
  conceptToken,
  conceptTokensOf,
  isFalsePrefix,
  joinVariantPhrases,
} from '../../src/lib/search/search-synonyms';
import { isExactOnly, tokenize } from '../../src/lib/search/search-text';
import { normalizeText } from '../../src/lib/site/text';
import { loadFixtureCases, loadGemeentenForCases } from '../helpers/case-sets';
import { jsonRoundTrip } from '../helpers/json';

const words = (text: string) => tokenize(normalizeText(text));
const groupOf = (variant: string) => SYNONYM_GROUPS.findIndex((g) => g.some((v) => v.replace(/\*$/, '') === variant));

describe('synonym list', () => {
  it('is normalised and has no variant in two groups', () => {
    const seen = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, g) => {
      for (const v of group) {
        const bare = v.replace(/\*$/, '');
        expect(normalizeText(bare), v).toBe(bare);
        expect(seen.get(bare) ?? g, `${v} is in two groups`).toBe(g);
        seen.set(bare, g);
      }
    });
  });

  it.each([
    ['azc', 'asielzoekerscentrum', 'asielopvang', 'opvanglocatie'],
    ['statushouders', 'vergunninghouders', 'nieuwkomers'],
    ['arbeidsmigranten', 'arbeidsmigratie', 'seizoenarbeiders', 'buitenlandse werknemers', 'internationale werknemers'],
    ['discriminatie', 'racisme'],
    ['grens', 'grensoverschrijdend', 'duitsers', 'duitsland', 'belgen', 'belgie'],
    ['expats', 'internationals', 'kennismigranten'],
    ['oekrainers', 'oekraiense vluchtelingen'],
  ])('puts %s and its synonyms in one concept', (...variants) => {
    const concepts = variants.map((v) => conceptTokensOf(words(v)));
    for (const c of concepts) expect(c).toEqual(concepts[0]);
    expect(concepts[0]).toHaveLength(1);
  });
});

describe('synonym expansion', () => {
  it('tags a field with the concept of every variant it contains (index time), stems covering compounds', () => {
    expect(conceptTokensOf(words('Het azc en de statushouders'))).toEqual([
      conceptToken(groupOf('azc')),
      conceptToken(groupOf('statushouder')),
    ]);
    expect(conceptTokensOf(words('arbeidsmigrantenhuisvesting'))).toEqual([conceptToken(groupOf('arbeidsmigrant'))]);
    expect(conceptTokensOf(words('Veel buitenlandse werknemers'))).toEqual([conceptToken(groupOf('arbeidsmigrant'))]);
    // Only the phrase counts, not its words apart; exact variants are no stems.
    expect(conceptTokensOf(words('buitenlandse studenten en werknemers'))).toEqual([]);
    expect(conceptTokensOf(words('internationale samenwerking met Duitse gemeenten'))).toEqual([
      conceptToken(groupOf('grens')),
    ]);
    expect(conceptTokensOf(words('de werkwijze van de raad'))).toEqual([]);
  });

  it('turns query phrases into their concept and keeps the text they stand for (query time)', () => {
    expect(joinVariantPhrases(['buitenlandse', 'werknemers', 'huisvesting'])).toEqual({
      words: [conceptToken(groupOf('arbeidsmigrant')), 'huisvesting'],
      spans: ['buitenlandse werknemers', 'huisvesting'],
    });
    expect(joinVariantPhrases(['buitenlandse', 'huisvesting'])).toEqual({
      words: ['buitenlandse', 'huisvesting'],
      spans: ['buitenlandse', 'huisvesting'],
    });
    expect(conceptOf('racisme')).toBe(conceptToken(groupOf('discriminatie')));
    expect(conceptOf('duitsers')).toBe(conceptToken(groupOf('grens')));
    expect(conceptOf('werk')).toBeNull();
  });
});

/** A tiny index over hand-made documents. */
function tinyIndex(texts: Record<string, string>): SearchIndex {
  const docs: SearchDoc[] = Object.entries(texts).map(([slug, text]) => ({
    slug,
    title: normalizeText(text),
    gemeenten: '',
    summary: '',
    lessons: '',
    body: '',
    people: '',
    tags: '',
    types: [],
    themes: [],
    domains: [],
    instrument: 'x',
    year: null,
    bron: [],
  }));
  return buildSearchIndex(docs);
}

describe('short words and stop words match only exactly', () => {
  const index = tinyIndex({
    a: 'Wat werden de plannen',
    b: 'Een azc in den lande',
    c: 'Voorzieningen voor iedereen',
    d: 'De werkwijze van het werk',
    e: 'Thuiswerk en werkgevers',
  });
  const found = (q: string) => runSearch(index, { ...emptyState(), q }).slugs.sort();

  it('classifies words', () => {
    for (const w of ['den', 'azc', 'de', 'voor', 'naar']) expect(isExactOnly(w), w).toBe(true);
    for (const w of ['werk', 'bosch', 'voorzieningen']) expect(isExactOnly(w), w).toBe(false);
  });

  it('"den" does not find "werden", a stop word matches no prefix, "werk" not "werkwijze"', () => {
    expect(found('den')).toEqual(['b']);
    expect(expandWord(index, 'den').map((m) => m.token)).toEqual(['den']);
    expect(found('voor')).toEqual(['c']);
    // A four-letter word still finds compounds …
    expect(found('werk')).toEqual(['d', 'e']);
    // … but not words that only start with it.
    expect(expandWord(index, 'werk').map((m) => m.token)).not.toContain('werkwijze');
    expect(isFalsePrefix('werk', 'werkwijze')).toBe(true);
    expect(isFalsePrefix('werk', 'werkgevers')).toBe(false);
  });

  it('a typo brings the concept of the corrected word along', () => {
    const idx = tinyIndex({
      a: 'Huisvesting van arbeidsmigranten',
      b: 'Seizoenarbeiders in de kassen',
      c: 'Iets anders',
    });
    expect(runSearch(idx, { ...emptyState(), q: 'arbeidsmigrnten' }).slugs.sort()).toEqual(['a', 'b']);
    expect(runSearch(idx, { ...emptyState(), q: 'arbeidsmigranten' }).slugs[0]).toBe('a');
  });
});

describe('gemeente names in the query', () => {
  const places = placeEntries([
    { slug: 's-hertogenbosch', name: "'s-Hertogenbosch", names: ["'s-Hertogenbosch", 'Den Bosch'] },
    { slug: 's-gravenhage', name: "'s-Gravenhage", names: ["'s-Gravenhage", 'Den Haag', 'The Hague'] },
    { slug: 'bergen-nh', name: 'Bergen (NH.)', names: ['Bergen (NH.)', 'Bergen', 'Bergen Noord-Holland'] },
    { slug: 'bergen-l', name: 'Bergen (L.)', names: ['Bergen (L.)', 'Bergen', 'Bergen Limburg'] },
    { slug: 'buren', name: 'Buren', names: ['Buren'] },
    { slug: 'horst-aan-de-maas', name: 'Horst aan de Maas', names: ['Horst aan de Maas'] },
  ]);

  it('builds a table without shared names and everyday words', () => {
    const names = new Map(places.map(([slug, , ...n]) => [slug, n]));
    expect(names.get('s-hertogenbosch')).toEqual(['hertogenbosch', 'den bosch']);
    expect(names.get('bergen-nh')).toEqual(['bergen nh', 'bergen noord holland']);
    expect(names.has('buren')).toBe(false);
    expect(names.get('horst-aan-de-maas')).toEqual(['horst maas']);
  });

  it('detects names and aliases, longest first, and keeps the text they stand for', () => {
    expect(joinPlaces(['den', 'bosch', 'azc'], places)).toEqual({
      words: [placeToken('s-hertogenbosch'), 'azc'],
      spans: ['den bosch', 'azc'],
      places: [{ slug: 's-hertogenbosch', name: "'s-Hertogenbosch" }],
    });
    expect(joinPlaces(words("'s-Gravenhage"), places).places).toEqual([
      { slug: 's-gravenhage', name: "'s-Gravenhage" },
    ]);
    expect(joinPlaces(['den', 'helder'], places).places).toEqual([]);
    expect(joinPlaces(['bergen'], places).places).toEqual([]);
    expect(joinPlaces(['goede', 'buren'], places).places).toEqual([]);
  });
});

describe('search by meaning on the fixture cases', () => {
  let cases: EnrichedCase[];
  let index: SearchIndex;
  let places: PlaceEntry[];
  beforeAll(async () => {
    cases = await loadFixtureCases();
    const { gemeenten } = await loadGemeentenForCases();
    places = placeEntries(
      gemeenten.map((g) => ({ slug: g.slug, name: g.name, names: searchNamesOf({ code: g.code, name: g.name }) })),
    );
    index = { ...buildSearchIndex(cases.map(toSearchDoc)), places };
  });
  const search = (q: string) => runSearch(index, { ...emptyState(), q });
  const text = (slug: string) => {
    const c = cases.find((x) => x.slug === slug)!;
    return `${c.data.title} ${c.data.summary}`;
  };

  it.each([
    [
      'asielzoekerscentrum',
      /azc|asiel|opvang/i,
      ['apeldoorn-azc-klankbordgroep', 'sudwest-fryslan-statushouders-kleine-kernen'],
    ],
    [
      'buitenlandse werknemers',
      /arbeidsmigra|buitenlandse werknemers|seizoen|internationale werknemers/i,
      [
        'aalsmeer-huisvesting-arbeidsmigranten',
        's-hertogenbosch-zaltbommel-regionale-afspraken',
        'tiel-interview-arbeidsmigranten',
        'westland-arbeidsmigranten-registratie',
      ],
    ],
    ['racisme', /racis|discrimin/i, ['utrecht-meldpunt-discriminatie']],
    ['Duitsers', /duits|grens|euregio/i, ['kerkrade-grensinfopunt-duitsland']],
  ])(
    '"%s" finds the cases about it by meaning, though none uses that word, a relevant one first',
    (q, about, expected) => {
      const { slugs, unmatchedWords } = search(q);
      expect(unmatchedWords).toEqual([]);
      expect([...slugs].sort()).toEqual(expected);
      expect(text(slugs[0]!)).toMatch(about);
      const literal = new RegExp(q, 'i');
      for (const slug of slugs) expect(toSearchDoc(cases.find((c) => c.slug === slug)!).body).not.toMatch(literal);
    },
  );

  it('"Den Bosch" finds only cases of \'s-Hertogenbosch and names the gemeente', () => {
    const own = cases
      .filter((c) => c.gemeenten.some((g) => g.slug === 's-hertogenbosch'))
      .map((c) => c.slug)
      .sort();
    expect(own.length).toBeGreaterThan(0);
    const outcome = search('Den Bosch');
    expect([...outcome.slugs].sort()).toEqual(own);
    expect(outcome.places).toEqual([{ slug: 's-hertogenbosch', name: "'s-Hertogenbosch" }]);
    expect(outcome.terms).toContain('hertogenbosch');
    expect(search("'s-Hertogenbosch").slugs.sort()).toEqual(own);
    // A name and a topic: the gemeente's cases about it.
    const topic = search('den bosch arbeidsmigranten').slugs;
    expect(topic.length).toBeGreaterThan(0);
    expect(topic.every((s) => own.includes(s))).toBe(true);
  });

  it('suggests dropping a gemeente name or phrase as a whole', () => {
    const state = { ...emptyState(), q: 'den bosch koningsdag' };
    expect(runSearch(index, state).slugs).toEqual([]);
    const words = suggestLoosening(index, state).flatMap((s) => (s.loosen.kind === 'word' ? [s.loosen.word] : []));
    expect(words).toEqual(expect.arrayContaining(['den bosch', 'koningsdag']));
    const dropPlace = suggestLoosening(index, state).find(
      (s) => s.loosen.kind === 'word' && s.loosen.word === 'den bosch',
    )!;
    expect(dropPlace.state.q).toBe('koningsdag');
    expect(dropPlace.count).toBe(search('koningsdag').slugs.length);
  });

  it('the index files carry the place table and search the same as the index in memory', () => {
    const assets = cases.map((c) => ({
      doc: toSearchDoc(c),
      card: { title: c.data.title, gemeenten: '', year: null },
      summary: '',
    }));
    const { core, body } = buildSearchFiles(assets, (k) => `/k${k}.json`, places);
    const client = withBody(parseCoreIndex(jsonRoundTrip(core)), jsonRoundTrip(body));
    const inMemory = { ...buildSearchIndex(assets.map((a) => a.doc)), places };
    for (const q of ['Den Bosch', 'buitenlandse werknemers', 'racisme']) {
      expect(new Set(runSearch(client, { ...emptyState(), q }).slugs)).toEqual(
        new Set(runSearch(inMemory, { ...emptyState(), q }).slugs),
      );
    }
  });
});

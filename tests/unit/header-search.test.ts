import { describe, expect, it } from 'vitest';
import {
  fromData,
  fromRows,
  gemeenteNames,
  headerOptions,
  headerSearchData,
  toRows,
  type HeaderSearchItems,
} from '../../src/lib/search/header-search';
import { GEMEENTEN } from '../../src/generated/gemeenten';
import { normalizeText } from '../../src/lib/site/text';

const GEMEENTEN_SMALL = [
  { name: 'Zaltbommel', slug: 'zaltbommel', aliases: [], population: 30_000 },
  { name: 'Zaanstad', slug: 'zaanstad', aliases: [], population: 160_000 },
  { name: 'Zandvoort', slug: 'zandvoort', aliases: [], population: 17_000 },
  {
    name: "'s-Hertogenbosch",
    slug: 's-hertogenbosch',
    aliases: ['Den Bosch', "'s-Hertogenbosch"],
    population: 160_000,
  },
  { name: 'Altena', slug: 'altena', aliases: ['Werkendam'], population: 56_000 },
  { name: 'Amsterdam', slug: 'amsterdam', aliases: [], population: 900_000 },
  { name: 'Wijk bij Duurstede', slug: 'wijk-bij-duurstede', aliases: [], population: 24_000 },
  { name: 'Rijswijk', slug: 'rijswijk', aliases: [], population: 57_000 },
];
const CASE_TEXTS = [
  'Een wijkteam in de wijk Zuid, met werk voor nieuwkomers.',
  'De wijk krijgt een buurthuis; Wijk bij Duurstede doet mee. Werk en taal.',
  'In Wijk bij Duurstede en Zaanstad: ontmoeting.',
  'Zandvoort alleen hier.',
];
const DATA = headerSearchData(GEMEENTEN_SMALL, CASE_TEXTS);
const SMALL = fromData(DATA);

describe('headerSearchData', () => {
  it('lists gemeenten largest first, dropping an alias equal to the name', () => {
    expect(DATA.gemeenten.map(([name]) => name)).toEqual([
      'Amsterdam',
      "'s-Hertogenbosch",
      'Zaanstad',
      'Rijswijk',
      'Altena',
      'Zaltbommel',
      'Wijk bij Duurstede',
      'Zandvoort',
    ]);
    expect(DATA.gemeenten[1]).toEqual(["'s-Hertogenbosch", 's-hertogenbosch', 'Den Bosch']);
  });

  it('case words: used in 2+ cases outside a gemeente name, and the start of a name or other name', () => {
    // "wijk" twice on its own ("wijkteam" is another word; "Wijk bij Duurstede" does not count);
    // "werk" twice and starts "Werkendam"; "de" starts "Den Bosch"; "zuid", "taal" start no name;
    // "zandvoort" is a whole name.
    expect(DATA.caseWords).toEqual(['de', 'werk', 'wijk']);
    const once = headerSearchData(GEMEENTEN_SMALL, CASE_TEXTS.slice(1));
    expect(once.caseWords).toEqual([]);
  });

  it('round-trips through JSON', () => {
    expect(fromData(JSON.parse(JSON.stringify(DATA)) as typeof DATA)).toEqual(SMALL);
  });
});

describe('headerOptions', () => {
  it('"za" + Enter opens the largest gemeente starting with it (three keys)', () => {
    const o = headerOptions('za', SMALL);
    expect(o.gemeenten.map((g) => g.name)).toEqual(['Zaanstad', 'Zaltbommel', 'Zandvoort']);
    expect(o.autoPick).toBe(0);
  });

  it('"zal" finds only Zaltbommel and lets Enter open it', () => {
    expect(headerOptions('zal', SMALL)).toEqual({
      gemeenten: [{ code: 'zaltbommel', name: 'Zaltbommel' }],
      suggestion: null,
      autoPick: 0,
    });
  });

  it('one letter opens nothing; a word inside a name opens the only gemeente with it (3+ letters)', () => {
    expect(headerOptions('z', SMALL).autoPick).toBeNull();
    expect(headerOptions('bommel', SMALL)).toMatchObject({ gemeenten: [{ name: 'Zaltbommel' }], autoPick: 0 });
  });

  it('a case word lists the gemeente but Enter searches the cases', () => {
    const wijk = headerOptions('wijk', SMALL);
    expect(wijk.gemeenten.map((g) => g.name)).toEqual(['Wijk bij Duurstede', 'Rijswijk']);
    expect(wijk.autoPick).toBeNull();
    // Without the case word, "wijk" would open Wijk bij Duurstede.
    expect(headerOptions('wijk', { ...SMALL, caseWords: new Set() }).autoPick).toBe(0);
    expect(headerOptions('wijk bij', SMALL).autoPick).toBe(0);
  });

  it('an exact other name is picked; a word that only starts another name is not', () => {
    expect(headerOptions('den bosch', SMALL).autoPick).toBe(0);
    const werk = headerOptions('werk', { ...SMALL, caseWords: new Set() });
    expect(werk.gemeenten).toEqual([{ code: 'altena', name: 'Altena', via: 'Werkendam' }]);
    expect(werk.autoPick).toBeNull();
  });

  it('a typo gives a suggestion and no picked gemeente', () => {
    expect(headerOptions('zaltbomel', SMALL)).toEqual({
      gemeenten: [],
      suggestion: { code: 'zaltbommel', name: 'Zaltbommel' },
      autoPick: null,
    });
  });

  it('case words find no gemeente', () => {
    expect(headerOptions('statushouders', SMALL)).toEqual({ gemeenten: [], suggestion: null, autoPick: null });
    expect(headerOptions('  ', SMALL).gemeenten).toEqual([]);
  });
});

describe('every gemeente is reachable by a prefix of its name and Enter', () => {
  const all: HeaderSearchItems = {
    items: fromRows(toRows(GEMEENTEN.map(gemeenteNames).sort((a, b) => b.population - a.population))),
    caseWords: new Set(),
  };
  const opens = (q: string) => {
    const o = headerOptions(q, all);
    return o.autoPick === null ? null : o.gemeenten[o.autoPick]!.code;
  };

  it('typing the whole name and Enter opens each of the 342', () => {
    const missed = GEMEENTEN.filter((g) => opens(g.name) !== g.slug).map((g) => g.name);
    expect(missed).toEqual([]);
  });

  it('two letters and Enter open the largest gemeente whose name starts with them', () => {
    const prefixes = new Set(GEMEENTEN.map((g) => normalizeText(g.name).slice(0, 2)));
    for (const p of prefixes) {
      const largest = GEMEENTEN.filter((g) => normalizeText(g.name).startsWith(p)).sort(
        (a, b) => b.population - a.population,
      )[0]!;
      expect(opens(p), p).toBe(largest.slug);
    }
    expect(opens('ut')).toBe('utrecht');
    expect(opens('am')).toBe('amsterdam');
  });
});

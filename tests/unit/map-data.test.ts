import { describe, expect, it } from 'vitest';
import { buildMapClientData, countByType, mapLabel, toMapEntries, type MapGemeente } from '../../src/lib/map/map-data';
import { matchGemeenten } from '../../src/lib/search/gemeente-match';

const sure = {
  certainty: 'zeker',
  stability: 1,
  alternativeType: null,
  fit: 'rule',
  typeSentence: 'Wat de cijfers laten zien.',
} as const;
const westland: MapGemeente = {
  code: 'GM1783',
  name: 'Westland',
  slug: 'westland',
  type: 'tuinbouw',
  typeProvenance: 'named',
  ...sure,
};
const urk: MapGemeente = {
  code: 'GM0184',
  name: 'Urk',
  slug: 'urk',
  type: 'homogeen',
  typeProvenance: 'derived',
  ...sure,
};
const sgrav: MapGemeente = {
  code: 'GM0518',
  name: "'s-Gravenhage",
  slug: 's-gravenhage',
  type: 'meerderheid-minderheden',
  typeProvenance: 'named',
  ...sure,
};
const bommel: MapGemeente = {
  code: 'GM0297',
  name: 'Zaltbommel',
  slug: 'zaltbommel',
  type: 'tuinbouw',
  typeProvenance: 'derived',
  certainty: 'onzeker',
  stability: 0.55,
  alternativeType: 'gemiddeld',
  fit: 'rule',
  typeSentence: 'Relatief veel inwoners met een Poolse achtergrond.',
};
const nofit: MapGemeente = {
  ...bommel,
  code: 'GM0995',
  name: 'Lelystad',
  slug: 'lelystad',
  type: 'gemiddeld',
  fit: 'none',
  alternativeType: 'grootstedelijk',
  stability: 0.96,
};

describe('map labels and entries', () => {
  it('names a shape by gemeente, type and certainty, adding provenance only when named in a source', () => {
    expect(mapLabel(westland)).toBe('Westland, Tuinbouwgemeente, genoemd in bron, zeker');
    expect(mapLabel(urk)).toBe('Urk, Homogene gemeente, zeker');
  });

  it.each([
    [bommel, 'Zaltbommel, Tuinbouwgemeente, onzeker — ook mogelijk: gemiddelde gemeente'],
    [
      nofit,
      'Lelystad, Gemiddelde gemeente, onzeker — past bij geen type goed; ook mogelijk: grootstedelijke provinciegemeente',
    ],
    [{ ...bommel, certainty: 'waarschijnlijk' as const }, 'Zaltbommel, Tuinbouwgemeente, waarschijnlijk'],
  ])('says how sure the type is: %#', (g, label) => {
    expect(mapLabel(g)).toBe(label);
  });

  it('marks only onzeker gemeenten for hatching', () => {
    expect(toMapEntries([westland, bommel, nofit]).map((e) => e.uncertain)).toEqual([false, true, true]);
  });

  it('links every entry to its gemeente page', () => {
    expect(toMapEntries([westland, urk]).map((e) => e.href)).toEqual(['/gemeenten/westland/', '/gemeenten/urk/']);
  });

  it('counts gemeenten per type in the fixed legend order, including empty types', () => {
    const counts = countByType([westland, urk, { type: 'homogeen' }]);
    expect(counts).toHaveLength(9);
    expect(counts.find((c) => c.id === 'homogeen')?.count).toBe(2);
    expect(counts.find((c) => c.id === 'expat')?.count).toBe(0);
  });
});

describe('buildMapClientData', () => {
  const cases = [
    { slug: 'westland-huisvesting', title: 'Huisvesting', gemeenten: ['GM1783'], types: ['tuinbouw' as const] },
    {
      slug: 'gezamenlijk',
      title: 'Samen',
      gemeenten: ['GM1783', 'GM0184'],
      types: ['tuinbouw' as const, 'homogeen' as const],
    },
  ];
  const data = buildMapClientData([westland, urk, sgrav], cases, (g) =>
    g.code === 'GM0518' ? ['Den Haag', "'s-Gravenhage"] : [],
  );

  it('indexes the cases of each gemeente', () => {
    expect(data.gemeenten['GM1783']!.c).toEqual([0, 1]);
    expect(data.gemeenten['GM0184']!.c).toEqual([1]);
    expect(data.gemeenten['GM0518']!.c).toEqual([]);
  });

  it('keeps aliases but not the name itself', () => {
    expect(data.gemeenten['GM0518']!.a).toEqual(['Den Haag']);
  });

  it('carries the certainty label, and the figures sentence only for derived types', () => {
    const d = buildMapClientData([westland, bommel], [], () => []);
    expect(d.gemeenten['GM1783']).toMatchObject({ k: 'zeker', u: false });
    expect(d.gemeenten['GM1783']!.f).toBeUndefined();
    expect(d.gemeenten['GM0297']).toMatchObject({
      k: 'onzeker — ook mogelijk: gemiddelde gemeente',
      u: true,
      f: 'Relatief veel inwoners met een Poolse achtergrond.',
    });
  });

  it('keeps a summary per gemeente and type, not every case', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      slug: `c${i}`,
      title: `C${i}`,
      gemeenten: ['GM1783'],
      types: ['tuinbouw' as const],
    }));
    const d = buildMapClientData([westland, urk], many, () => [], 5);
    expect(d.gemeenten['GM1783']).toMatchObject({ c: [0, 1, 2, 3, 4], cn: 30 });
    expect(d.typeCases['tuinbouw']).toHaveLength(10);
    expect(d.cases.map((c) => c.s)).toEqual(many.slice(0, 10).map((c) => c.slug));
  });

  it('resolves case gemeente names for display', () => {
    expect(data.cases[1]!.g).toEqual(['Westland', 'Urk']);
  });
});

describe('matchGemeenten', () => {
  const items = [
    { code: 'GM0796', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] },
    { code: 'GM0518', name: "'s-Gravenhage", aliases: ['Den Haag'] },
    { code: 'GM1961', name: 'Vijfheerenlanden', aliases: ['Leerdam', 'Zederik', 'Vianen'] },
    { code: 'GM1900', name: 'Súdwest-Fryslân', aliases: ['Sneek'] },
    { code: 'GM0797', name: 'Heusden', aliases: [] },
    { code: 'GM0150', name: 'Deventer', aliases: [] },
  ];

  it('finds a gemeente by its alias and says which alias matched', () => {
    expect(matchGemeenten('Den Bosch', items)[0]).toEqual({
      code: 'GM0796',
      name: "'s-Hertogenbosch",
      via: 'Den Bosch',
    });
    expect(matchGemeenten('leerdam', items)[0]?.code).toBe('GM1961');
  });

  it('ignores case and accents', () => {
    expect(matchGemeenten('sudwest', items)[0]?.code).toBe('GM1900');
    expect(matchGemeenten('SÚDWEST', items)[0]?.code).toBe('GM1900');
  });

  it('ranks a name that starts with the query above one that only contains it', () => {
    expect(
      matchGemeenten('de', items)
        .map((m) => m.code)
        .slice(0, 3),
    ).toEqual(['GM0150', 'GM0518', 'GM0796']);
  });

  it('matches a word inside a name', () => {
    expect(matchGemeenten('hertogen', items)[0]?.code).toBe('GM0796');
  });

  it('returns nothing for an empty query or no match, and respects the limit', () => {
    expect(matchGemeenten('   ', items)).toEqual([]);
    expect(matchGemeenten('xyz', items)).toEqual([]);
    expect(matchGemeenten('e', items, 2)).toHaveLength(2);
  });
});

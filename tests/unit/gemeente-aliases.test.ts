import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEMEENTE_ALIASES, aliasesOf, searchNamesOf } from '../../src/lib/search/gemeente-aliases';
import { matchGemeenten as rank } from '../../src/lib/search/gemeente-match';

const G = [
  { code: 'GM0518', name: "'s-Gravenhage" },
  { code: 'GM0796', name: "'s-Hertogenbosch" },
  { code: 'GM1900', name: 'Súdwest-Fryslân' },
  { code: 'GM0373', name: 'Bergen (NH.)' },
  { code: 'GM0893', name: 'Bergen (L.)' },
  { code: 'GM0748', name: 'Bergen op Zoom' },
  { code: 'GM1961', name: 'Vijfheerenlanden', formerNames: ['Leerdam', 'Zederik', 'Vianen'] },
  { code: 'GM0603', name: 'Rijswijk (ZH.)' },
];

/** The map combobox's matcher, fed with every search name of each gemeente. */
const matchGemeenten = (query: string, gemeenten: typeof G) =>
  rank(
    query,
    gemeenten.map((g) => ({ code: g.code, name: g.name, aliases: searchNamesOf(g) })),
    gemeenten.length,
  );

describe('gemeente aliases', () => {
  it('every key is a CBS code and no alias is empty', () => {
    for (const [code, aliases] of Object.entries(GEMEENTE_ALIASES)) {
      expect(code).toMatch(/^GM\d{4}$/);
      expect(aliases.length).toBeGreaterThan(0);
    }
    expect(aliasesOf('GM0000')).toEqual([]);
  });

  it.each([
    ['Den Haag', "'s-Gravenhage"],
    ['den haag', "'s-Gravenhage"],
    ["'s-Gravenhage", "'s-Gravenhage"],
    ['The Hague', "'s-Gravenhage"],
    ['Den Bosch', "'s-Hertogenbosch"],
    ['sudwest', 'Súdwest-Fryslân'],
    ['Súdwest', 'Súdwest-Fryslân'],
    ['Zuidwest-Friesland', 'Súdwest-Fryslân'],
    ['Leerdam', 'Vijfheerenlanden'],
    ['gemeente Rijswijk', 'Rijswijk (ZH.)'],
  ])('"%s" finds %s first', (query, name) => {
    expect(matchGemeenten(query, G)[0]?.name).toBe(name);
  });

  it('ranks exact before prefix before infix', () => {
    expect(matchGemeenten('Bergen', G).map((g) => g.name)).toEqual(['Bergen (L.)', 'Bergen (NH.)', 'Bergen op Zoom']);
  });

  it('returns nothing for an empty query and lists names without duplicates', () => {
    expect(matchGemeenten('  ', G)).toEqual([]);
    expect(searchNamesOf({ code: 'GM0518', name: "'s-Gravenhage", formerNames: ['Den Haag'] })).toEqual([
      "'s-Gravenhage",
      'Den Haag',
      'The Hague',
    ]);
  });
});

describe('the alias table against the 2025 division', () => {
  it('every code exists in the 2025 boundary file, and the comment names that gemeente', async () => {
    const { loadGemeenten2025 } = await import('../../scripts/lib/shared-data');
    const names = new Map(loadGemeenten2025().map((g) => [g.code, g.name]));
    const source = readFileSync('src/lib/search/gemeente-aliases.ts', 'utf8');
    for (const code of Object.keys(GEMEENTE_ALIASES)) {
      expect(names.has(code), `${code} is not a 2025 gemeente`).toBe(true);
      const comment = new RegExp(`${code}: \\[[^\\]]*\\], // (.+)$`, 'm').exec(source)?.[1];
      if (comment)
        expect(comment.startsWith(names.get(code)!), `${code}: comment "${comment}" vs ${names.get(code)}`).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fromRows, headerOptions, toRows } from '../../src/lib/search/header-search';

const items = fromRows(
  toRows([
    { name: 'Zaltbommel', slug: 'zaltbommel', aliases: [] },
    { name: 'Zaanstad', slug: 'zaanstad', aliases: [] },
    { name: 'Zandvoort', slug: 'zandvoort', aliases: [] },
    { name: "'s-Hertogenbosch", slug: 's-hertogenbosch', aliases: ['Den Bosch', "'s-Hertogenbosch"] },
    { name: 'Altena', slug: 'altena', aliases: ['Werkendam'] },
    { name: 'Amsterdam', slug: 'amsterdam', aliases: [] },
  ]),
);

describe('headerOptions', () => {
  it('round-trips the compact rows, dropping an alias equal to the name', () => {
    expect(items[3]).toEqual({ code: 's-hertogenbosch', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] });
  });

  it('"zal" finds only Zaltbommel and lets Enter open it', () => {
    expect(headerOptions('zal', items)).toEqual({
      gemeenten: [{ code: 'zaltbommel', name: 'Zaltbommel' }],
      suggestion: null,
      autoPick: 0,
    });
  });

  it('"za" finds three and picks none: Enter searches the cases', () => {
    const o = headerOptions('za', items);
    expect(o.gemeenten.map((g) => g.name)).toEqual(['Zaanstad', 'Zaltbommel', 'Zandvoort']);
    expect(o.autoPick).toBeNull();
  });

  it('an exact other name is picked; a word that only starts another name is not', () => {
    expect(headerOptions('den bosch', items).autoPick).toBe(0);
    const werk = headerOptions('werk', items);
    expect(werk.gemeenten.map((g) => g.name)).toEqual(['Altena']);
    expect(werk.autoPick).toBeNull();
  });

  it('a typo gives a suggestion and no picked gemeente', () => {
    expect(headerOptions('zaltbomel', items)).toEqual({
      gemeenten: [],
      suggestion: { code: 'zaltbommel', name: 'Zaltbommel' },
      autoPick: null,
    });
  });

  it('case words find no gemeente', () => {
    expect(headerOptions('statushouders', items)).toEqual({ gemeenten: [], suggestion: null, autoPick: null });
    expect(headerOptions('  ', items).gemeenten).toEqual([]);
  });
});

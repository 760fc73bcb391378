import { describe, expect, it } from 'vitest';
import { allowedTypos, suggestGemeente } from '../../src/lib/search/gemeente-suggest';

const items = [
  { code: 'GM0297', name: 'Zaltbommel', aliases: [] },
  { code: 'GM0479', name: 'Zaanstad', aliases: [] },
  { code: 'GM0473', name: 'Zandvoort', aliases: [] },
  { code: 'GM0796', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] },
  { code: 'GM1783', name: 'Westland', aliases: [] },
];

describe('suggestGemeente', () => {
  it('finds Zaltbommel for "zaltbomel" (one letter missing) and "Zaltbomel " with case and space', () => {
    expect(suggestGemeente('zaltbomel', items)).toEqual({ code: 'GM0297', name: 'Zaltbommel' });
    expect(suggestGemeente(' Zaltbomel ', items)?.name).toBe('Zaltbommel');
  });

  it('finds a name from a typo in an alias and in a half-typed name', () => {
    expect(suggestGemeente('den bosh', items)?.name).toBe("'s-Hertogenbosch");
    expect(suggestGemeente('zaltbon', items)?.name).toBe('Zaltbommel');
  });

  it('ignores a leading "gemeente"', () => {
    expect(suggestGemeente('gemeente westlnd', items)?.name).toBe('Westland');
  });

  it('suggests nothing for short queries or words far from any name', () => {
    expect(suggestGemeente('zal', items)).toBeNull();
    expect(suggestGemeente('dialoog', items)).toBeNull();
    expect(suggestGemeente('', items)).toBeNull();
  });

  it('allows more typos for longer queries', () => {
    expect([3, 4, 6, 12].map(allowedTypos)).toEqual([0, 1, 2, 3]);
  });
});

import { describe, expect, it } from 'vitest';
import { GEMEENTEN } from '../../src/generated/gemeenten';
import { groupValues, type GroupValues } from '../../src/lib/data/migration-groups';
import { casesFromSources, hellingerDistance, mostSimilar } from '../../src/lib/compare/similarity';

const comp = (parts: Partial<GroupValues>): GroupValues => groupValues((id) => parts[id] ?? 0);

describe('hellingerDistance', () => {
  const a = comp({ dutch: 0.8, polish: 0.2 });
  const b = comp({ dutch: 0.8, turkish: 0.2 });
  const c = comp({ dutch: 0.9, polish: 0.1 });

  it('is 0 for the same composition and symmetric', () => {
    expect(hellingerDistance(a, a)).toBe(0);
    expect(hellingerDistance(a, b)).toBeCloseTo(hellingerDistance(b, a), 12);
  });

  it('is 1 for compositions without a group in common', () => {
    expect(hellingerDistance(comp({ dutch: 1 }), comp({ polish: 1 }))).toBeCloseTo(1, 12);
  });

  it('matches the formula sqrt(1 − Σ sqrt(p·q))', () => {
    expect(hellingerDistance(a, b)).toBeCloseTo(Math.sqrt(1 - Math.sqrt(0.8 * 0.8)), 12);
  });

  it('tells a Polish from a Turkish minority even with the same Dutch share', () => {
    // Euclidean distance over shares: a–b 0.28 vs a–c 0.14, a factor 2. Hellinger: 0.45 vs 0.10, a
    // factor 4.5 — a different minority weighs more than a somewhat larger one.
    expect(hellingerDistance(a, b)).toBeGreaterThan(4 * hellingerDistance(a, c));
  });

  it('normalises inputs that do not sum to exactly 1', () => {
    expect(hellingerDistance(comp({ dutch: 0.8, polish: 0.2 }), comp({ dutch: 0.79999, polish: 0.2 }))).toBeLessThan(
      1e-4,
    );
  });

  it('refuses an empty composition', () => {
    expect(() => hellingerDistance(comp({}), a)).toThrow(/no population/);
  });
});

describe('mostSimilar', () => {
  const all = [
    { code: 'A', shares: comp({ dutch: 0.8, polish: 0.2 }) },
    { code: 'B', shares: comp({ dutch: 0.8, turkish: 0.2 }) },
    { code: 'C', shares: comp({ dutch: 0.85, polish: 0.15 }) },
    { code: 'D', shares: comp({ dutch: 0.85, polish: 0.15 }) },
  ];
  it('leaves out the gemeente itself, sorts by distance, ties by code, and limits', () => {
    expect(mostSimilar(all[0]!, all, 3).map((s) => s.gemeente.code)).toEqual(['C', 'D', 'B']);
    expect(mostSimilar(all[0]!, all, 1)).toHaveLength(1);
  });

  it('on the real data, Westland is most like other horticulture gemeenten', () => {
    const westland = GEMEENTEN.find((g) => g.code === 'GM1783')!;
    const top = mostSimilar(westland, GEMEENTEN, 6);
    expect(top.filter((s) => s.gemeente.type === 'tuinbouw').length).toBeGreaterThanOrEqual(3);
    expect(top.every((s, i) => i === 0 || s.distance >= top[i - 1]!.distance)).toBe(true);
  });
});

describe('casesFromSources', () => {
  const cases = [
    { slug: 'new-own', gemeenten: [{ code: 'OWN' }, { code: 'S1' }] },
    { slug: 'new-n1', gemeenten: [{ code: 'N1' }] },
    { slug: 'mid-s2', gemeenten: [{ code: 'S2' }] },
    { slug: 'old-s1', gemeenten: [{ code: 'S1' }, { code: 'N1' }] },
    { slug: 'unrelated', gemeenten: [{ code: 'X' }] },
  ];
  const sources = [
    { code: 'S1', reason: 'similar' as const },
    { code: 'S2', reason: 'similar' as const },
    { code: 'N1', reason: 'neighbour' as const },
  ];

  it('skips the gemeente’s own cases and unrelated ones; orders by best source, then input order', () => {
    const out = casesFromSources(cases, 'OWN', sources, 10);
    expect(out.map((x) => x.case.slug)).toEqual(['old-s1', 'mid-s2', 'new-n1']);
    expect(out[0]!.via).toEqual([sources[0], sources[2]]);
  });

  it('respects the limit', () => {
    expect(casesFromSources(cases, 'OWN', sources, 1)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { aggregateRows, nationalShares } from '../../src/lib/data/aggregate';
import { groupValues } from '../../src/lib/data/migration-groups';

const row = (code: string, population: number, polish: number) => ({
  code,
  name: code,
  population,
  counts: groupValues((id) => (id === 'dutch' ? population - polish : id === 'polish' ? polish : 0)),
});

describe('aggregateRows', () => {
  // Three 2022 gemeenten of very different size merge into one (like Voorne aan Zee).
  const rows = [
    row('GM0501', 17_000, 170),
    row('GM0530', 40_000, 2_000),
    row('GM0614', 14_000, 0),
    row('GM0599', 650_000, 13_000),
  ];
  const target = (code: string) => (['GM0501', 'GM0530', 'GM0614'].includes(code) ? 'GM1992' : code);
  const result = aggregateRows(rows, target);
  const merged = result.find((r) => r.code === 'GM1992')!;

  it('sums population and counts', () => {
    expect(merged.population).toBe(71_000);
    expect(merged.counts.polish).toBe(2_170);
    expect(merged.counts.dutch).toBe(71_000 - 2_170);
    expect(merged.sources.map((s) => s.code)).toEqual(['GM0501', 'GM0530', 'GM0614']);
  });

  it('recomputes shares from the sums instead of averaging percentages', () => {
    expect(merged.shares.polish).toBeCloseTo(2_170 / 71_000, 12);
    const averageOfPercentages = (170 / 17_000 + 2_000 / 40_000 + 0) / 3;
    expect(merged.shares.polish).not.toBeCloseTo(averageOfPercentages, 4);
  });

  it('leaves unchanged gemeenten as they are, sorted by code', () => {
    expect(result.map((r) => r.code)).toEqual(['GM0599', 'GM1992']);
    expect(result[0]!.shares.polish).toBeCloseTo(0.02, 12);
  });

  it('computes national shares from the summed counts', () => {
    expect(nationalShares(result).polish).toBeCloseTo((2_170 + 13_000) / 721_000, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { groupValues, type GroupId } from '../../src/lib/data/migration-groups';
import {
  countLargestGroups,
  largestGroups,
  meanShares,
  median,
  summarizeType,
  type TypeStatsGemeente,
} from '../../src/lib/typology/type-stats';
import type { WrrTypeId } from '../../src/lib/typology/wrr-types';

/** A gemeente row with only the fields the aggregation reads; shares: Dutch + one other group. */
function row(
  code: string,
  type: WrrTypeId,
  o: { named?: boolean; pop?: number; dutch: number; diversityIndex: number; largest: GroupId },
): TypeStatsGemeente {
  const shares = groupValues((id) => (id === 'dutch' ? o.dutch : id === o.largest ? 1 - o.dutch : 0));
  return {
    code,
    type,
    typeProvenance: o.named ? 'named' : 'derived',
    population: o.pop ?? 1000,
    shares,
    shareDutch: o.dutch,
    diversityIndex: o.diversityIndex,
    largestGroup: { group: o.largest, share: 1 - o.dutch },
  };
}

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[0.9, 0.9, 0.1], 0.9],
  ])('median(%j) = %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarizeType', () => {
  const rows = [
    row('GM0001', 'tuinbouw', { named: true, pop: 100_000, dutch: 0.8, diversityIndex: 0.3, largest: 'polish' }),
    row('GM0002', 'tuinbouw', { pop: 20_000, dutch: 0.9, diversityIndex: 0.2, largest: 'polish' }),
    row('GM0003', 'tuinbouw', { pop: 30_000, dutch: 0.7, diversityIndex: 0.5, largest: 'german' }),
    row('GM0004', 'expat', { named: true, pop: 90_000, dutch: 0.6, diversityIndex: 0.6, largest: 'british' }),
  ];

  it('counts gemeenten, named and derived, and sums inhabitants of the type only', () => {
    const s = summarizeType(rows, 'tuinbouw');
    expect([s.count, s.namedCount, s.derivedCount, s.population]).toEqual([3, 1, 2, 150_000]);
  });

  it('takes medians over gemeenten, unweighted by population', () => {
    const s = summarizeType(rows, 'tuinbouw');
    expect(s.medianShareDutch).toBe(0.8);
    expect(s.medianDiversityIndex).toBe(0.3);
  });

  it('ranks the typical largest groups by frequency', () => {
    expect(summarizeType(rows, 'tuinbouw').typicalLargestGroups).toEqual([
      { group: 'polish', count: 2 },
      { group: 'german', count: 1 },
    ]);
  });

  it('averages shares per gemeente', () => {
    const s = summarizeType(rows, 'tuinbouw');
    expect(s.meanShares.dutch).toBeCloseTo(0.8, 10);
    expect(s.meanShares.polish).toBeCloseTo((0.2 + 0.1) / 3, 10);
    expect(s.meanShares.german).toBeCloseTo(0.3 / 3, 10);
  });

  it('returns zeros and nulls for a type without gemeenten', () => {
    const s = summarizeType(rows, 'grens');
    expect(s).toMatchObject({
      count: 0,
      namedCount: 0,
      derivedCount: 0,
      population: 0,
      medianShareDutch: null,
      medianDiversityIndex: null,
    });
    expect(s.typicalLargestGroups).toEqual([]);
    expect(s.meanShares.dutch).toBe(0);
  });
});

describe('countLargestGroups', () => {
  it('breaks ties in the fixed group order and respects the limit', () => {
    const rows = (['turkish', 'german', 'belgian', 'german', 'turkish'] as GroupId[]).map((g) => ({
      largestGroup: { group: g, share: 0.1 },
    }));
    expect(countLargestGroups(rows, 2)).toEqual([
      { group: 'german', count: 2 },
      { group: 'turkish', count: 2 },
    ]);
  });
});

describe('largestGroups', () => {
  it('leaves out Dutch background and the rest group, largest first', () => {
    const shares = groupValues(
      (id) => ({ dutch: 0.7, other: 0.1, polish: 0.05, german: 0.08, turkish: 0.05 })[id as string] ?? 0,
    );
    expect(largestGroups(shares, 3)).toEqual([
      { group: 'german', share: 0.08 },
      { group: 'polish', share: 0.05 },
      { group: 'turkish', share: 0.05 },
    ]);
  });
  it('meanShares of nothing is all zero', () => {
    expect(Object.values(meanShares([])).every((v) => v === 0)).toBe(true);
  });
});

/**
 * Key figures of one WRR type, aggregated over the gemeenten the atlas shows with that type.
 * Pure: works on anything with the fields below (GemeenteRecord satisfies TypeStatsGemeente), so the
 * unit tests feed it small hand-made rows.
 */
import { GROUP_IDS, groupValues, type GroupId, type GroupValues } from '../data/migration-groups';
import type { WrrTypeId } from './wrr-types';

/** The fields of a gemeente record the aggregation needs. */
export interface TypeStatsGemeente {
  code: string;
  type: WrrTypeId;
  typeProvenance: 'named' | 'derived';
  population: number;
  shares: GroupValues;
  shareDutch: number;
  diversityIndex: number;
  largestGroup: { group: GroupId; share: number };
}

export interface GroupCount {
  group: GroupId;
  /** Number of gemeenten of the type whose largest non-Dutch group this is. */
  count: number;
}

export interface TypeSummary {
  type: WrrTypeId;
  /** Gemeenten the atlas shows with this type. */
  count: number;
  /** Of those: the type named by the source … */
  namedCount: number;
  /** … and the type derived from CBS figures. */
  derivedCount: number;
  /** Inhabitants of those gemeenten together (1 January 2022). */
  population: number;
  /** Median over the gemeenten (each gemeente counts once, whatever its size); null without gemeenten. */
  medianShareDutch: number | null;
  medianDiversityIndex: number | null;
  /** Most frequent largest groups, most frequent first (ties: group order of MIGRATION_GROUPS). */
  typicalLargestGroups: GroupCount[];
  /**
   * Unweighted mean share per group over the gemeenten: the composition of the "typical" gemeente of
   * this type, consistent with the medians above. All zero without gemeenten.
   */
  meanShares: GroupValues;
}

/** Median of the values; the mean of the two middle values for an even count; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How often each group is the largest non-Dutch group, most frequent first, at most `limit`. */
export function countLargestGroups(
  gemeenten: readonly Pick<TypeStatsGemeente, 'largestGroup'>[],
  limit = 3,
): GroupCount[] {
  const counts = new Map<GroupId, number>();
  for (const g of gemeenten) counts.set(g.largestGroup.group, (counts.get(g.largestGroup.group) ?? 0) + 1);
  return [...counts]
    .map(([group, count]) => ({ group, count }))
    .sort((a, b) => b.count - a.count || GROUP_IDS.indexOf(a.group) - GROUP_IDS.indexOf(b.group))
    .slice(0, limit);
}

export function meanShares(gemeenten: readonly Pick<TypeStatsGemeente, 'shares'>[]): GroupValues {
  const n = gemeenten.length;
  return groupValues((id) => (n === 0 ? 0 : gemeenten.reduce((sum, g) => sum + g.shares[id], 0) / n));
}

export function summarizeType(all: readonly TypeStatsGemeente[], type: WrrTypeId): TypeSummary {
  const of = all.filter((g) => g.type === type);
  const namedCount = of.filter((g) => g.typeProvenance === 'named').length;
  return {
    type,
    count: of.length,
    namedCount,
    derivedCount: of.length - namedCount,
    population: of.reduce((sum, g) => sum + g.population, 0),
    medianShareDutch: median(of.map((g) => g.shareDutch)),
    medianDiversityIndex: median(of.map((g) => g.diversityIndex)),
    typicalLargestGroups: countLargestGroups(of),
    meanShares: meanShares(of),
  };
}

export interface GroupShare {
  group: GroupId;
  share: number;
}

/**
 * The `limit` largest groups of a composition, largest first, leaving out Dutch background and the
 * CBS rest group "other" (a catch-all, not one origin; the site leaves it out of "largest group" too).
 */
export function largestGroups(shares: GroupValues, limit = 6): GroupShare[] {
  return GROUP_IDS.filter((id) => id !== 'dutch' && id !== 'other')
    .map((group) => ({ group, share: shares[group] }))
    .sort((a, b) => b.share - a.share || GROUP_IDS.indexOf(a.group) - GROUP_IDS.indexOf(b.group))
    .slice(0, limit);
}

/**
 * The indicators ("measures") the typology rules compare with their thresholds, computed from a
 * gemeente's figures: the composition by migration background (CBS, 1 January 2022), the population
 * and whether it borders one of the three largest gemeenten. Never a name or a code.
 */
import type { GroupId, GroupValues } from '../data/migration-groups';
import { hellingerDistance } from '../compare/similarity';

/** The four groups the WRR contrasts with expat origins: guest-worker and post-colonial migration. */
export const CLASSIC_GROUPS = [
  'turkish',
  'moroccan',
  'surinamese',
  'dutchCaribbean',
] as const satisfies readonly GroupId[];
/** Origins typical of knowledge migration and of "all parts of the world" (incl. the CBS rest group). */
export const EXPAT_GROUPS = [
  'british',
  'indian',
  'chinese',
  'italian',
  'spanish',
  'other',
] as const satisfies readonly GroupId[];

export interface ClassifierInput {
  /** Registered population. */
  population: number;
  /** Share of the population per migration-background group (0–1; they add up to about 1). */
  shares: GroupValues;
  /** The same shares for the Netherlands as a whole; over-representation is measured against them. */
  nationalShares: GroupValues;
  /** Does the gemeente share a border with one of the three largest gemeenten (and is not one itself)? */
  bordersBig3: boolean;
  /** Distance in km between centroids to the nearest of the three largest gemeenten (0 for those three). */
  distanceToBig3Km: number;
}

export type MeasureId =
  | 'population'
  | 'migrationShare'
  | 'germanBelgianShare'
  | 'germanBelgianOfMigration'
  | 'polishShare'
  | 'polishOfMigration'
  | 'expatOfMigration'
  | 'classicOfMigration'
  | 'bordersBig3'
  | 'topClassicRatio'
  | 'topClassicShare'
  | 'otherClassicRatio'
  | 'compositionDistance';

export type Unit = 'persons' | 'share' | 'ratio' | 'boolean' | 'km' | 'distance';

/** The unit of every measure (shares as 0–1, yes/no as 1/0). */
export const MEASURE_UNIT: Record<MeasureId, Unit> = {
  population: 'persons',
  migrationShare: 'share',
  germanBelgianShare: 'share',
  germanBelgianOfMigration: 'share',
  polishShare: 'share',
  polishOfMigration: 'share',
  expatOfMigration: 'share',
  classicOfMigration: 'share',
  bordersBig3: 'boolean',
  topClassicRatio: 'ratio',
  topClassicShare: 'share',
  otherClassicRatio: 'ratio',
  compositionDistance: 'distance',
};

export interface Measures extends Record<MeasureId, number> {
  /** Which classic group `topClassicRatio` refers to. */
  topClassicGroup: (typeof CLASSIC_GROUPS)[number];
}

/**
 * Diversity index (the WRR's measure): 1 − Σ sᵢ² over the groups, the chance that two residents picked at random
 * have a different background (0 = everyone in one group). 1 minus the Herfindahl index.
 */
export function diversityIndex(shares: GroupValues): number {
  return 1 - Object.values(shares).reduce((sum, s) => sum + s * s, 0);
}

const sumOf = (shares: GroupValues, ids: readonly GroupId[]) => ids.reduce((a, id) => a + shares[id], 0);

export function computeMeasures(input: ClassifierInput): Measures {
  const { shares, nationalShares: nat } = input;
  const migration = 1 - shares.dutch;
  const natMigration = 1 - nat.dutch;
  const ofMigration = (x: number) => (migration > 0 ? x / migration : 0);
  // Over-representation among residents with a migration background: the group's share of them,
  // divided by the same share nationally. Measures what dominates the local mix, whatever its size.
  const ratios = CLASSIC_GROUPS.map((g) => ({
    group: g,
    ratio: migration > 0 && nat[g] > 0 ? shares[g] / migration / (nat[g] / natMigration) : 0,
  })).sort((a, b) => b.ratio - a.ratio || a.group.localeCompare(b.group));
  const top = ratios[0]!;
  return {
    population: input.population,
    migrationShare: migration,
    germanBelgianShare: shares.german + shares.belgian,
    germanBelgianOfMigration: ofMigration(shares.german + shares.belgian),
    polishShare: shares.polish,
    polishOfMigration: ofMigration(shares.polish),
    expatOfMigration: ofMigration(sumOf(shares, EXPAT_GROUPS)),
    classicOfMigration: ofMigration(sumOf(shares, CLASSIC_GROUPS)),
    bordersBig3: input.bordersBig3 ? 1 : 0,
    topClassicRatio: top.ratio,
    topClassicShare: shares[top.group],
    otherClassicRatio: ratios[1]!.ratio,
    compositionDistance: hellingerDistance(shares, nat),
    topClassicGroup: top.group,
  };
}

/**
 * "Gemeenten zoals deze": similarity of gemeenten by the composition of their population over the 18
 * CBS migration-background groups (Dutch background included).
 *
 * Distance: the Hellinger distance between the two compositions,
 *   H(p, q) = sqrt(1 − Σᵢ sqrt(pᵢ·qᵢ))   (0 = identical, 1 = no group in common).
 * Why not Euclidean over the shares: there the Dutch share (70–95 %) dominates, so two gemeenten with
 * the same Dutch share but a Polish vs. a Turkish minority look alike. Taking square roots first gives
 * small groups proportionally more weight, which is what tells the WRR types apart.
 */
import { GROUP_IDS, type GroupValues } from '../data/migration-groups';

/** Hellinger distance between two compositions. Each is normalised to sum 1 first, so rounding does not matter. */
export function hellingerDistance(p: GroupValues, q: GroupValues): number {
  const sumP = GROUP_IDS.reduce((s, id) => s + p[id], 0);
  const sumQ = GROUP_IDS.reduce((s, id) => s + q[id], 0);
  if (sumP <= 0 || sumQ <= 0) throw new Error('hellingerDistance: a composition with no population has no distance.');
  const bhattacharyya = GROUP_IDS.reduce((s, id) => s + Math.sqrt((p[id] / sumP) * (q[id] / sumQ)), 0);
  // Floating point can push the coefficient a hair above 1 for identical inputs.
  return Math.sqrt(Math.max(0, 1 - bhattacharyya));
}

interface Composed {
  code: string;
  shares: GroupValues;
}

export interface SimilarGemeente<T> {
  gemeente: T;
  distance: number;
}

/** The `limit` gemeenten whose composition is closest to `g`'s, closest first; ties by code. */
export function mostSimilar<T extends Composed>(g: Composed, all: readonly T[], limit: number): SimilarGemeente<T>[] {
  return all
    .filter((o) => o.code !== g.code)
    .map((o) => ({ gemeente: o, distance: hellingerDistance(g.shares, o.shares) }))
    .sort((a, b) => a.distance - b.distance || a.gemeente.code.localeCompare(b.gemeente.code))
    .slice(0, limit);
}

export type CaseSourceReason = 'similar' | 'neighbour';

export interface CaseSource {
  code: string;
  reason: CaseSourceReason;
}

interface CaseWithGemeenten {
  slug: string;
  gemeenten: readonly { code: string }[];
}

export interface SourcedCase<T> {
  case: T;
  /** The sources this case comes from, in the order of `sources`. */
  via: CaseSource[];
}

/**
 * Cases from the given gemeenten (similar ones, then neighbours), leaving out cases the gemeente itself
 * takes part in (its page lists those already). Order: by the best-ranked source, then the input order
 * of `cases` (newest first on the site); at most `limit`.
 */
export function casesFromSources<T extends CaseWithGemeenten>(
  cases: readonly T[],
  ownCode: string,
  sources: readonly CaseSource[],
  limit: number,
): SourcedCase<T>[] {
  return cases
    .filter((c) => !c.gemeenten.some((g) => g.code === ownCode))
    .map((c, index) => {
      const via = sources.filter((s) => c.gemeenten.some((g) => g.code === s.code));
      const rank = via.length ? sources.indexOf(via[0]!) : Infinity;
      return { case: c, via, rank, index };
    })
    .filter((x) => x.via.length > 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ case: c, via }) => ({ case: c, via }));
}

/**
 * "Gemeenten zoals deze" (SimilarGemeenten.astro): the gemeenten with the most similar population
 * composition (src/lib/compare/similarity.ts) and cases from those gemeenten and the neighbours. Pure:
 * cases are looked up in the case indexes, never by a scan of every case.
 */
import { casesOfGemeenten, type CaseIndexes } from '../cases/case-indexes';
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';
import { casesFromSources, mostSimilar, type CaseSource, type SimilarGemeente } from '../compare/similarity';

export interface SimilarGemeentenView {
  gemeente: GemeenteRecord;
  similar: SimilarGemeente<GemeenteRecord>[];
  /** Cases from the similar gemeenten and neighbours, with where they come from, e.g. "Tiel (vergelijkbaar)". */
  sourced: { case: EnrichedCase; viaText: string }[];
  /** The page already lists some cases elsewhere (the heading says "Meer praktijk …"). */
  excludes: boolean;
}

export const SIMILAR_CASES = 6;

export function similarGemeentenView(input: {
  gemeente: GemeenteRecord;
  gemeenten: readonly GemeenteRecord[];
  indexes: CaseIndexes<EnrichedCase>;
  /** How many similar gemeenten to show. */
  limit: number;
  /** Cases the page already lists elsewhere (by slug): left out here. */
  exclude: readonly string[];
}): SimilarGemeentenView {
  const { gemeente: g, gemeenten, indexes, limit, exclude } = input;
  const similar = mostSimilar(g, gemeenten, limit);
  const byCode = new Map(gemeenten.map((x) => [x.code, x]));
  const sources: CaseSource[] = [
    ...similar.map((s) => ({ code: s.gemeente.code, reason: 'similar' as const })),
    ...g.neighbours.map((code) => ({ code, reason: 'neighbour' as const })),
  ];
  const sourced = casesFromSources(
    casesOfGemeenten(
      indexes,
      sources.map((s) => s.code),
    ).filter((c) => !exclude.includes(c.slug)),
    g.code,
    sources,
    SIMILAR_CASES,
  );
  const viaText = (via: CaseSource[]) =>
    [...new Set(via.map((v) => v.code))]
      .map((code) => {
        const reasons = via
          .filter((v) => v.code === code)
          .map((v) => (v.reason === 'similar' ? 'vergelijkbaar' : 'buurgemeente'));
        return `${byCode.get(code)?.name ?? code} (${reasons.join(' en ')})`;
      })
      .join(', ');
  return {
    gemeente: g,
    similar,
    sourced: sourced.map(({ case: c, via }) => ({ case: c, viaText: viaText(via) })),
    excludes: exclude.length > 0,
  };
}

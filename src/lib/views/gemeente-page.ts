/**
 * /gemeenten/<slug>/: one gemeente with its own cases, practice of gemeenten like it, the nearest
 * gemeenten of the same type and "Gemeenten zoals deze". Pure: cases come from the case indexes
 * (src/lib/cases/case-indexes.ts), never from a scan of every case.
 */
import { casesOfGemeenten, PAGE_CASE_LIMIT, type CaseIndexes } from '../cases/case-indexes';
import type { EnrichedCase } from '../cases/case-join';
import { practiceLikeYours, type PracticeItem } from '../cases/gemeente-practice';
import { nearestSameType } from '../compare/nearby';
import { mostSimilar } from '../compare/similarity';
import type { GemeenteRecord, NamedType } from '../data/gemeente-record';
import { GROUP_IDS, type GroupId } from '../data/migration-groups';
import { getWrrType, type WrrType } from '../typology/wrr-types';
import { gemeentePracticeView, type GemeentePracticeView } from './gemeente-practice';
import { similarGemeentenView, type SimilarGemeentenView } from './similar-gemeenten';

/** Similar gemeenten whose cases count as "zoals de uwe", and how many cases that section shows. */
const SIMILAR = 6;
const PRACTICE = 8;
const NEARBY = 8;
/** Cases of the type considered for the practice section, after those of the similar gemeenten. */
const TYPE_CANDIDATES = 200;

export interface GemeentePageView {
  gemeente: GemeenteRecord;
  type: WrrType;
  derived: WrrType;
  /** Every case of the gemeente (the page shows the count) and the first PAGE_CASE_LIMIT. */
  allOwn: readonly EnrichedCase[];
  ownCases: readonly EnrichedCase[];
  practiceItems: PracticeItem<EnrichedCase>[];
  practice: GemeentePracticeView;
  nearby: { gemeente: GemeenteRecord; km: number }[];
  /** The six largest groups besides Dutch background. */
  composition: { id: GroupId; share: number }[];
  otherNamedTypes: NamedType[];
  similar: SimilarGemeentenView;
}

/** The largest groups besides Dutch background, largest first. */
export function largestOtherGroups(g: GemeenteRecord, limit: number): { id: GroupId; share: number }[] {
  return GROUP_IDS.filter((id) => id !== 'dutch')
    .map((id) => ({ id, share: g.shares[id] }))
    .sort((a, b) => b.share - a.share)
    .slice(0, limit);
}

export function gemeentePageView(input: {
  gemeente: GemeenteRecord;
  gemeenten: readonly GemeenteRecord[];
  indexes: CaseIndexes<EnrichedCase>;
}): GemeentePageView {
  const { gemeente: g, gemeenten, indexes } = input;
  const allOwn = indexes.byGemeente.get(g.code) ?? [];
  const similarCodes = mostSimilar(g, gemeenten, SIMILAR).map((s) => s.gemeente.code);
  const candidates = [
    ...new Set([
      ...casesOfGemeenten(indexes, similarCodes),
      ...(indexes.byType.get(g.type) ?? []).slice(0, TYPE_CANDIDATES),
    ]),
  ];
  const practiceItems = practiceLikeYours(candidates, g, similarCodes, PRACTICE);
  return {
    gemeente: g,
    type: getWrrType(g.type),
    derived: getWrrType(g.derivedType),
    allOwn,
    ownCases: allOwn.slice(0, PAGE_CASE_LIMIT),
    practiceItems,
    practice: gemeentePracticeView(g, practiceItems),
    nearby: nearestSameType(g, gemeenten, NEARBY),
    composition: largestOtherGroups(g, 6),
    otherNamedTypes: g.namedTypes.filter((n) => n.type !== g.type),
    similar: similarGemeentenView({
      gemeente: g,
      gemeenten,
      indexes,
      limit: SIMILAR,
      exclude: practiceItems.map((p) => p.case.slug),
    }),
  };
}

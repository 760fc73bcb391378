/**
 * /gemeenten/<slug>/briefing/: type, figures, similar gemeenten, own cases and practice by theme, every
 * list bounded so the briefing stays on two sheets of A4. Pure.
 */
import type { EnrichedCase } from '../cases/case-join';
import { practiceLikeYours } from '../cases/gemeente-practice';
import { mostSimilar, type SimilarGemeente } from '../compare/similarity';
import type { GemeenteRecord } from '../data/gemeente-record';
import type { GroupId } from '../data/migration-groups';
import { getWrrType, type WrrType } from '../typology/wrr-types';
import { gemeentePracticeView, type GemeentePracticeView } from './gemeente-practice';
import { largestOtherGroups } from './gemeente-page';

/** Bounds that keep the briefing on two sheets of A4. */
export const BRIEFING_OWN = 4;
const SIMILAR = 5;
const PRACTICE = 6;

export interface GemeenteBriefingView {
  gemeente: GemeenteRecord;
  type: WrrType;
  title: string;
  /** The first BRIEFING_OWN own cases, and how many more the gemeente page has. */
  own: readonly EnrichedCase[];
  moreOwn: number;
  similar: SimilarGemeente<GemeenteRecord>[];
  practice: GemeentePracticeView;
  composition: { id: GroupId; share: number }[];
}

export function gemeenteBriefingView(input: {
  gemeente: GemeenteRecord;
  gemeenten: readonly GemeenteRecord[];
  /** Every case, newest first, and the cases of this gemeente. */
  cases: readonly EnrichedCase[];
  ownCases: readonly EnrichedCase[];
}): GemeenteBriefingView {
  const { gemeente: g, gemeenten, cases, ownCases } = input;
  const similar = mostSimilar(g, gemeenten, SIMILAR);
  const practice = practiceLikeYours(
    cases,
    g,
    similar.map((s) => s.gemeente.code),
    PRACTICE,
  );
  return {
    gemeente: g,
    type: getWrrType(g.type),
    title: `${g.name} in De nieuwe verscheidenheid`,
    own: ownCases.slice(0, BRIEFING_OWN),
    moreOwn: Math.max(0, ownCases.length - BRIEFING_OWN),
    similar,
    practice: gemeentePracticeView(g, practice),
    composition: largestOtherGroups(g, 3),
  };
}

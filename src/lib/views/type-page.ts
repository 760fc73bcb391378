/**
 * /typen/<type>/: one WRR type with its figures, map, gemeenten, cases and the examples the source
 * names. Pure: cases come from the case indexes.
 */
import { PAGE_CASE_LIMIT, type CaseIndexes } from '../cases/case-indexes';
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';
import { GROUP_IDS, type GroupId } from '../data/migration-groups';
import type { MapGeometry } from '../map/map-geometry';
import type { TypeContentData } from '../typology/type-content-schema';
import { summarizeType, type TypeSummary } from '../typology/type-stats';
import { getWrrType, type WrrType, type WrrTypeId } from '../typology/wrr-types';
import { typeMapView, type TypeMapView } from './type-map';

type Example = TypeContentData['examples'][number];

export interface TypePageView {
  type: WrrType;
  summary: TypeSummary;
  /** Cases of the type (the page shows the count) and the first PAGE_CASE_LIMIT. */
  cases: readonly EnrichedCase[];
  shownCases: readonly EnrichedCase[];
  /** Cases the source presents under this type whose gemeenten the atlas gives another type. */
  presentedAll: readonly EnrichedCase[];
  presented: readonly EnrichedCase[];
  /** The type's gemeenten A to Z, and split by where their type comes from. */
  ofType: GemeenteRecord[];
  named: GemeenteRecord[];
  derived: GemeenteRecord[];
  typeMap: TypeMapView;
  /** The examples the source names, with the 2025 gemeente when the code is known. */
  examples: (Example & { gemeente: GemeenteRecord | undefined })[];
  /** The type to compare with: the average gemeente (homogeen for gemiddeld itself). */
  compareWith: WrrTypeId;
  /** The type's name starting in lower case, for use inside a sentence. */
  lower: string;
  /** Mean share of every group, largest first. */
  allGroups: { id: GroupId; share: number }[];
}

export function typePageView(input: {
  typeId: WrrTypeId;
  examples: readonly Example[];
  gemeenten: readonly GemeenteRecord[];
  indexes: CaseIndexes<EnrichedCase>;
  map: MapGeometry;
}): TypePageView {
  const { typeId, gemeenten, indexes, map } = input;
  const type = getWrrType(typeId);
  const summary = summarizeType(gemeenten, type.id);
  const cases = indexes.byType.get(type.id) ?? [];
  const presentedAll = (indexes.byPresentedType.get(type.id) ?? []).filter((c) => !c.types.includes(type.id));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
  const ofType = gemeenten.filter((g) => g.type === type.id).sort(byName);
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  return {
    type,
    summary,
    cases,
    shownCases: cases.slice(0, PAGE_CASE_LIMIT),
    presentedAll,
    presented: presentedAll.slice(0, PAGE_CASE_LIMIT),
    ofType,
    named: ofType.filter((g) => g.typeProvenance === 'named'),
    derived: ofType.filter((g) => g.typeProvenance === 'derived'),
    typeMap: typeMapView(
      map,
      ofType.map((g) => g.code),
    ),
    examples: input.examples.map((e) => ({ ...e, gemeente: byCode.get(e.code) })),
    compareWith: type.id === 'gemiddeld' ? 'homogeen' : 'gemiddeld',
    lower: type.name.charAt(0).toLowerCase() + type.name.slice(1),
    allGroups: GROUP_IDS.map((id) => ({ id, share: summary.meanShares[id] })).sort((a, b) => b.share - a.share),
  };
}

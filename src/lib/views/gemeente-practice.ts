/**
 * "Praktijk bij gemeenten zoals de uwe" (GemeentePractice.astro on the gemeente page and its briefing):
 * the chosen items grouped by theme. Pure.
 */
import type { EnrichedCase } from '../cases/case-join';
import { groupByTheme, type PracticeItem, type ThemeGroup } from '../cases/gemeente-practice';
import type { GemeenteRecord } from '../data/gemeente-record';
import { getWrrType } from '../typology/wrr-types';

export interface GemeentePracticeView {
  gemeenteName: string;
  /** Short type name in lower case, e.g. "tuinbouw". */
  typeName: string;
  count: number;
  groups: ThemeGroup<EnrichedCase>[];
}

export function gemeentePracticeView(
  gemeente: GemeenteRecord,
  items: readonly PracticeItem<EnrichedCase>[],
): GemeentePracticeView {
  return {
    gemeenteName: gemeente.name,
    typeName: getWrrType(gemeente.type).shortName.toLowerCase(),
    count: items.length,
    groups: groupByTheme(items),
  };
}

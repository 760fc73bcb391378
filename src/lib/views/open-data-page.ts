/**
 * /data/ and the files under /data/: the counts and dates the open-data page states, and the gemeente
 * names of the case workbook. Pure.
 */
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';

export interface OpenDataPageView {
  gemeenteCount: number;
  caseCount: number;
  /** ISO date the newest case was added ('' without cases). */
  lastAdded: string;
}

export function openDataPageView(
  gemeenten: readonly GemeenteRecord[],
  cases: readonly EnrichedCase[],
): OpenDataPageView {
  return {
    gemeenteCount: gemeenten.length,
    caseCount: cases.length,
    lastAdded:
      cases
        .map((c) => c.data.added)
        .sort()
        .at(-1) ?? '',
  };
}

/** The 2025 name of each gemeente by code, for the case workbook (unknown codes stay as they are). */
export function gemeenteNames(gemeenten: readonly GemeenteRecord[]): Readonly<Record<string, string>> {
  return Object.fromEntries(gemeenten.map((g) => [g.code, g.name]));
}

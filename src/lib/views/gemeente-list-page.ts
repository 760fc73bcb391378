/** /gemeenten/: every gemeente A to Z with the text the table filter searches and its case count. Pure. */
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';
import { recordSearchNames } from '../search/gemeente-aliases';
import { normalizeText } from '../site/text';

export interface GemeenteListRow {
  gemeente: GemeenteRecord;
  /** Name, former names and aliases, normalised, for the filter of <gemeente-table>. */
  searchText: string;
  caseCount: number;
}

export function gemeenteListView(
  gemeenten: readonly GemeenteRecord[],
  cases: readonly EnrichedCase[],
): { rows: GemeenteListRow[] } {
  const caseCount = new Map<string, number>();
  for (const c of cases) for (const g of c.gemeenten) caseCount.set(g.code, (caseCount.get(g.code) ?? 0) + 1);
  const rows = [...gemeenten]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((g) => ({
      gemeente: g,
      searchText: normalizeText(recordSearchNames(g).join(' | ')),
      caseCount: caseCount.get(g.code) ?? 0,
    }));
  return { rows };
}

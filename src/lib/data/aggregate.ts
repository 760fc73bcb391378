/**
 * Put CBS rows of one municipal division onto another by summing counts. Shares are always
 * recomputed from the summed counts and population; percentages are never averaged.
 */
import { groupValues, type GroupValues } from './migration-groups';

export interface CountRow {
  code: string;
  name: string;
  population: number;
  counts: GroupValues;
}

export interface AggregatedRow {
  code: string;
  population: number;
  counts: GroupValues;
  shares: GroupValues;
  /** Source rows that were summed, e.g. three 2022 gemeenten for Voorne aan Zee. */
  sources: { code: string; name: string }[];
}

/**
 * `target(code)` gives the code in the target division for a source code (itself when unchanged).
 * Rows with the same target are summed.
 */
export function aggregateRows(rows: readonly CountRow[], target: (code: string) => string): AggregatedRow[] {
  const groups = new Map<string, CountRow[]>();
  for (const row of rows) {
    const code = target(row.code);
    const list = groups.get(code) ?? [];
    list.push(row);
    groups.set(code, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, members]) => {
      const population = members.reduce((a, r) => a + r.population, 0);
      const counts = groupValues((id) => members.reduce((a, r) => a + r.counts[id], 0));
      return {
        code,
        population,
        counts,
        shares: sharesOf(counts, population),
        sources: members.map((r) => ({ code: r.code, name: r.name })),
      };
    });
}

export function sharesOf(counts: GroupValues, population: number): GroupValues {
  return groupValues((id) => (population > 0 ? counts[id] / population : 0));
}

/** National totals: the sum over all rows, with shares recomputed. */
export function nationalShares(rows: readonly { population: number; counts: GroupValues }[]): GroupValues {
  const population = rows.reduce((a, r) => a + r.population, 0);
  return sharesOf(groupValues((id) => rows.reduce((a, r) => a + r.counts[id], 0)), population);
}


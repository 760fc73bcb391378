/**
 * The gap matrix of the compare page: WRR type × theme (or integration domain) with the number of
 * practice cases in each cell, and for each cell the link to the case list filtered the same way.
 *
 * Counting rule (the same as the case list's filters, so a cell and its filtered list agree): a case
 * counts for every type among its gemeenten's types (EnrichedCase.types) and for every theme (domain)
 * it has. A case of two types and two themes therefore adds 1 to four cells; row and column totals
 * count distinct cases, so they are not the sums of their cells.
 */
import { emptyState, serializeSearchState } from '../search/search-state';
import { routes } from '../site/routes';

/** The fields of a case the matrix needs (EnrichedCase satisfies it). */
export interface MatrixCase {
  slug: string;
  types: readonly string[];
  data: { themes: readonly string[]; domains: readonly string[] };
}

/** The case-list URL parameter of a matrix dimension. */
export type MatrixDimension = 'thema' | 'domein';

export interface MatrixAxisItem {
  id: string;
  label: string;
}

export interface MatrixCell {
  count: number;
  /** The case list filtered on this type and theme/domain. */
  href: string;
}

export interface MatrixLine extends MatrixAxisItem {
  /** Distinct cases on this line. */
  total: number;
  href: string;
}

export interface CaseMatrix {
  dimension: MatrixDimension;
  /** Themes or domains, in vocabulary order. */
  rows: MatrixLine[];
  /** WRR types, in type order. */
  cols: MatrixLine[];
  /** cells[row][col]. */
  cells: MatrixCell[][];
  /** Number of empty cells: type–theme combinations without any case. */
  gaps: number;
}

/** Site-relative URL of the case list with these filters, in the list's canonical parameter form. */
export function caseListUrl(filters: {
  type?: readonly string[];
  thema?: readonly string[];
  domein?: readonly string[];
}): string {
  return routes.cases(
    serializeSearchState({
      ...emptyState(),
      type: [...(filters.type ?? [])],
      thema: [...(filters.thema ?? [])],
      domein: [...(filters.domein ?? [])],
    }),
  );
}

function valuesOf(c: MatrixCase, dimension: MatrixDimension): readonly string[] {
  return dimension === 'thema' ? c.data.themes : c.data.domains;
}

export function buildCaseMatrix(
  cases: readonly MatrixCase[],
  dimension: MatrixDimension,
  rows: readonly MatrixAxisItem[],
  types: readonly MatrixAxisItem[],
): CaseMatrix {
  const cells = rows.map((row) =>
    types.map((type): MatrixCell => {
      const count = cases.filter((c) => c.types.includes(type.id) && valuesOf(c, dimension).includes(row.id)).length;
      return { count, href: caseListUrl({ type: [type.id], [dimension]: [row.id] }) };
    }),
  );
  return {
    dimension,
    rows: rows.map((row) => ({
      id: row.id,
      label: row.label,
      total: cases.filter((c) => valuesOf(c, dimension).includes(row.id)).length,
      href: caseListUrl({ [dimension]: [row.id] }),
    })),
    cols: types.map((type) => ({
      id: type.id,
      label: type.label,
      total: cases.filter((c) => c.types.includes(type.id)).length,
      href: caseListUrl({ type: [type.id] }),
    })),
    cells,
    gaps: cells.flat().filter((c) => c.count === 0).length,
  };
}

/**
 * Cases per theme (domain) for one type, for the compare columns: every value with its count and
 * link, most cases first, then vocabulary order.
 */
export function countsForType(
  cases: readonly MatrixCase[],
  dimension: MatrixDimension,
  rows: readonly MatrixAxisItem[],
  type: string,
): (MatrixAxisItem & MatrixCell)[] {
  const ofType = cases.filter((c) => c.types.includes(type));
  return rows
    .map((row, index) => ({
      index,
      id: row.id,
      label: row.label,
      count: ofType.filter((c) => valuesOf(c, dimension).includes(row.id)).length,
      href: caseListUrl({ type: [type], [dimension]: [row.id] }),
    }))
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ id, label, count, href }) => ({ id, label, count, href }));
}

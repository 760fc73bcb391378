/**
 * Joins computed once per build: cases by slug, by gemeente, by WRR type, by theme and by the type the
 * source presents them under. Every list keeps the input order (newest first on the site), so "the
 * first N" of a bucket is a page's top N without sorting again. Pages look cases up here instead of
 * filtering all cases per page, which made the build quadratic in the number of cases (issue 17).
 * Pure: works on anything with these fields.
 */
import { relatedScore, type Relatable } from './related-cases';

export interface IndexableCase extends Relatable {
  data: Relatable['data'] & { typeInSource?: string | undefined };
}

export interface CaseIndexes<T extends IndexableCase> {
  all: readonly T[];
  bySlug: ReadonlyMap<string, T>;
  /** Position of each case in `all` (the default order). */
  position: ReadonlyMap<T, number>;
  byGemeente: ReadonlyMap<string, readonly T[]>;
  byType: ReadonlyMap<string, readonly T[]>;
  byTheme: ReadonlyMap<string, readonly T[]>;
  byPresentedType: ReadonlyMap<string, readonly T[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) {
    if (list.at(-1) !== value) list.push(value);
  } else map.set(key, [value]);
}

/** One pass over the cases. */
export function buildCaseIndexes<T extends IndexableCase>(all: readonly T[]): CaseIndexes<T> {
  const bySlug = new Map<string, T>();
  const position = new Map<T, number>();
  const byGemeente = new Map<string, T[]>();
  const byType = new Map<string, T[]>();
  const byTheme = new Map<string, T[]>();
  const byPresentedType = new Map<string, T[]>();
  all.forEach((c, i) => {
    bySlug.set(c.slug, c);
    position.set(c, i);
    for (const g of c.data.gemeenten) push(byGemeente, g.code, c);
    for (const t of c.types) push(byType, t, c);
    for (const t of c.data.themes) push(byTheme, t, c);
    if (c.data.typeInSource) push(byPresentedType, c.data.typeInSource, c);
  });
  return { all, bySlug, position, byGemeente, byType, byTheme, byPresentedType };
}

/**
 * How many cases of each type and theme bucket are considered as related-case candidates. A case with
 * 2 types and 4 themes scores at most 6 × RELATED_CANDIDATES others, whatever the corpus size; when no
 * bucket is larger than this, the result equals an exhaustive scan of all cases.
 */
export const RELATED_CANDIDATES = 120;

/**
 * The `limit` most related cases (see relatedScore), looked up through the type and theme indexes:
 * related cases share a type or a theme, so no other case can score. Buckets are capped at
 * RELATED_CANDIDATES (their newest cases), which keeps the work per case page constant.
 */
export function relatedViaIndexes<T extends IndexableCase>(
  base: T,
  idx: CaseIndexes<T>,
  limit = 3,
  cap = RELATED_CANDIDATES,
): T[] {
  const candidates = new Set<T>();
  const add = (list: readonly T[] | undefined) => {
    if (!list) return;
    for (let i = 0; i < list.length && i < cap; i++) candidates.add(list[i]!);
  };
  for (const t of base.types) add(idx.byType.get(t));
  for (const t of base.data.themes) add(idx.byTheme.get(t));
  candidates.delete(base);
  return [...candidates]
    .map((c) => ({ c, score: relatedScore(base, c), pos: idx.position.get(c)! }))
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.c.data.year ?? 0) - (a.c.data.year ?? 0) ||
        a.c.data.title.localeCompare(b.c.data.title, 'nl') ||
        a.pos - b.pos,
    )
    .slice(0, limit)
    .map((x) => x.c);
}

/** The cases of these gemeenten, once each, in the default order (for casesFromSources and the like). */
export function casesOfGemeenten<T extends IndexableCase>(idx: CaseIndexes<T>, codes: Iterable<string>): T[] {
  const found = new Set<T>();
  for (const code of codes) for (const c of idx.byGemeente.get(code) ?? []) found.add(c);
  return [...found].sort((a, b) => idx.position.get(a)! - idx.position.get(b)!);
}

/**
 * How many case cards a gemeente or type page shows; the rest is one link away in the case list.
 * Keeps those pages the same size at 200 or 10,000 cases.
 */
export const PAGE_CASE_LIMIT = 12;

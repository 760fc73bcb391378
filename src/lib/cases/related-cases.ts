/**
 * Related cases for a case page: cases of the same WRR type or with a shared theme, ranked by how
 * much they have in common. Pure; works on anything with these fields.
 */
export interface Relatable {
  slug: string;
  types: readonly string[];
  data: {
    title: string;
    year?: number | undefined;
    themes: readonly string[];
    domains: readonly string[];
    instrument: string;
    gemeenten: readonly { code: string }[];
  };
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

/**
 * Relatedness of `other` to `base`: 3 per shared WRR type, 2 per shared theme, 1 per shared domain,
 * 1 for the same instrument, 1 when they share a gemeente. 0 when they share neither a type nor a
 * theme (then they are not related, whatever else they share).
 */
export function relatedScore(base: Relatable, other: Relatable): number {
  const types = shared(base.types, other.types);
  const themes = shared(base.data.themes, other.data.themes);
  if (!types && !themes) return 0;
  const domains = shared(base.data.domains, other.data.domains);
  const instrument = base.data.instrument === other.data.instrument ? 1 : 0;
  const gemeente = base.data.gemeenten.some((g) => other.data.gemeenten.some((o) => o.code === g.code)) ? 1 : 0;
  return 3 * types + 2 * themes + domains + instrument + gemeente;
}

/** The `limit` most related cases, best first; ties go to the newer case, then by title. */
export function relatedCases<T extends Relatable>(base: T, all: readonly T[], limit = 3): T[] {
  return all
    .filter((c) => c.slug !== base.slug)
    .map((c) => ({ c, score: relatedScore(base, c) }))
    .filter((x) => x.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.c.data.year ?? 0) - (a.c.data.year ?? 0) ||
        a.c.data.title.localeCompare(b.c.data.title, 'nl'),
    )
    .slice(0, limit)
    .map((x) => x.c);
}

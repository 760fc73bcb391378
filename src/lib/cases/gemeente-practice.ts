/**
 * "Praktijk bij gemeenten zoals de uwe" (gemeente page and briefing): cases of the most similar
 * gemeenten and of gemeenten of the same WRR type, bounded, grouped by theme. Pure.
 */
import { THEMES } from './taxonomy';

interface PracticeCase {
  slug: string;
  types: readonly string[];
  gemeenten: readonly { code: string; name: string }[];
  data: { themes: readonly string[]; year?: number | undefined };
}

export interface PracticeItem<T> {
  case: T;
  /** Names of the similar gemeenten the case comes from (empty when only the type links it). */
  similarFrom: string[];
  /** The case has a gemeente of the same WRR type. */
  sameType: boolean;
}

export interface ThemeGroup<T> {
  theme: string;
  label: string;
  items: PracticeItem<T>[];
}

/**
 * At most `limit` cases, own cases left out: first those from the similar gemeenten (in the order of
 * `similarCodes`), then those of the same type, each in the input order (newest first on the site).
 */
export function practiceLikeYours<T extends PracticeCase>(
  cases: readonly T[],
  own: { code: string; type: string },
  similarCodes: readonly string[],
  limit: number,
): PracticeItem<T>[] {
  const rank = (c: T) => {
    const i = similarCodes.findIndex((code) => c.gemeenten.some((g) => g.code === code));
    return i >= 0 ? i : c.types.includes(own.type) ? similarCodes.length : Infinity;
  };
  return cases
    .filter((c) => !c.gemeenten.some((g) => g.code === own.code))
    .map((c, index) => ({ c, index, r: rank(c) }))
    .filter((x) => x.r !== Infinity)
    .sort((a, b) => a.r - b.r || a.index - b.index)
    .slice(0, limit)
    .map(({ c }) => ({
      case: c,
      similarFrom: c.gemeenten.filter((g) => similarCodes.includes(g.code)).map((g) => g.name),
      sameType: c.types.includes(own.type),
    }));
}

/**
 * The items under their first theme, so each case appears once; themes with most cases first, then
 * in the order of the vocabulary.
 */
export function groupByTheme<T extends PracticeCase>(items: readonly PracticeItem<T>[]): ThemeGroup<T>[] {
  const groups = THEMES.map((t) => ({
    theme: t.id,
    label: t.label,
    items: items.filter((i) => i.case.data.themes[0] === t.id),
  }));
  return groups.filter((g) => g.items.length > 0).sort((a, b) => b.items.length - a.items.length);
}

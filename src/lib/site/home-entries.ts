/**
 * Entry points on the home page below the map: per WRR type the number of gemeenten and cases, per
 * theme the number of cases, and the newest cases. Pure; bounded whatever the size of the corpus.
 */
import { THEMES } from '../cases/taxonomy';
import { WRR_TYPES, type WrrTypeId } from '../typology/wrr-types';

interface EntryCase {
  slug: string;
  types: readonly string[];
  data: { title: string; themes: readonly string[]; added: string; year?: number | undefined };
}

export interface TypeEntry {
  id: WrrTypeId;
  name: string;
  gemeenten: number;
  cases: number;
}

export interface ThemeEntry {
  id: string;
  label: string;
  cases: number;
}

export function typeEntries(gemeenten: readonly { type: string }[], cases: readonly EntryCase[]): TypeEntry[] {
  return WRR_TYPES.map((t) => ({
    id: t.id,
    name: t.name,
    gemeenten: gemeenten.filter((g) => g.type === t.id).length,
    cases: cases.filter((c) => c.types.includes(t.id)).length,
  }));
}

/** Themes with at least one case, most cases first (ties in vocabulary order). */
export function themeEntries(cases: readonly EntryCase[]): ThemeEntry[] {
  return THEMES.map((t) => ({
    id: t.id,
    label: t.label,
    cases: cases.filter((c) => c.data.themes.includes(t.id)).length,
  }))
    .filter((t) => t.cases > 0)
    .sort((a, b) => b.cases - a.cases);
}

/**
 * The `limit` cases added most recently. Added the same day (a batch): the most recent practice first
 * (cases without a year last), then by title — so a batch does not open with a practice from 2012.
 */
export function newestCases<T extends EntryCase>(cases: readonly T[], limit: number): T[] {
  return [...cases]
    .sort(
      (a, b) =>
        b.data.added.localeCompare(a.data.added) ||
        (b.data.year ?? -Infinity) - (a.data.year ?? -Infinity) ||
        a.data.title.localeCompare(b.data.title, 'nl'),
    )
    .slice(0, limit);
}

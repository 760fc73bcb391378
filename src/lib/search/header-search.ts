/**
 * The header search box's suggestions (src/components/site-search.ts): gemeenten by name or other
 * name, a "Bedoelt u …?" for a typo, and always the practice-case search for the same words. Pure.
 */
import { matchGemeenten, type Match, type Matchable } from './gemeente-match';
import { suggestGemeente } from './gemeente-suggest';
import { normalizeText } from '../site/text';
import { tokenize } from './search-text';
import { recordSearchNames } from './gemeente-aliases';
import type { GemeenteRecord } from '../data/gemeente-record';

/** Gemeenten offered at most; the practice-case search is always offered after them. */
export const HEADER_GEMEENTEN = 5;

/** Compact wire format of a gemeente in /zoek-gemeenten.json: [name, slug, ...other names]. */
export type GemeenteRow = [name: string, slug: string, ...aliases: string[]];

/** What /zoek-gemeenten.json holds (built by `headerSearchData`, read by `fromData`). */
export interface HeaderSearchData {
  /** Largest population first: among equally good matches the larger gemeente is offered (and picked) first. */
  gemeenten: GemeenteRow[];
  /**
   * Words the practice cases use that also begin a gemeente's name ("wijk", "stad", "oost"): for these
   * Enter keeps searching the cases, and the gemeente stays one arrow key away.
   */
  caseWords: string[];
}

export interface HeaderSearchItems {
  items: Matchable[];
  caseWords: ReadonlySet<string>;
}

export interface GemeenteNames {
  name: string;
  slug: string;
  aliases: readonly string[];
  population: number;
}

/** A gemeente's names for the header search: its name and every other name it is searched by. */
export function gemeenteNames(
  g: Pick<GemeenteRecord, 'code' | 'name' | 'slug' | 'population' | 'predecessors2017'>,
): GemeenteNames {
  return {
    name: g.name,
    slug: g.slug,
    population: g.population,
    aliases: recordSearchNames(g),
  };
}

export function toRows(gemeenten: readonly Omit<GemeenteNames, 'population'>[]): GemeenteRow[] {
  return gemeenten.map((g) => [g.name, g.slug, ...g.aliases.filter((a) => a !== g.name)]);
}

/** Rows back to matchable items; the slug doubles as the code. */
export function fromRows(rows: readonly GemeenteRow[]): Matchable[] {
  return rows.map(([name, slug, ...aliases]) => ({ code: slug, name, aliases }));
}

export function fromData(data: HeaderSearchData): HeaderSearchItems {
  return { items: fromRows(data.gemeenten), caseWords: new Set(data.caseWords) };
}

/** A case text must use a word in this many cases before the word counts as a case word. */
const CASE_WORD_MIN_CASES = 2;

/**
 * The header search data: gemeenten largest first, and the case words — words used in at least
 * CASE_WORD_MIN_CASES case texts, outside any gemeente name, that are the start of a gemeente's name
 * or other name without being a whole one ("wijk" starts "Wijk bij Duurstede"; "Wijk bij Duurstede"
 * in a text does not count). `caseTexts` are the cases' own words (title, summary, body …).
 */
export function headerSearchData(gemeenten: readonly GemeenteNames[], caseTexts: readonly string[]): HeaderSearchData {
  const byPopulation = [...gemeenten].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'nl'));
  const names = [...new Set(gemeenten.flatMap((g) => [g.name, ...g.aliases]).map((n) => normalizeText(n)))].filter(
    (n) => n.length > 0,
  );
  const whole = new Set(names);
  // Longest first, so "bergen op zoom" is removed before "bergen".
  const nameInText = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...names]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const casesUsing = new Map<string, number>();
  for (const text of caseTexts) {
    for (const word of new Set(tokenize(normalizeText(text).replace(nameInText, ' ')))) {
      casesUsing.set(word, (casesUsing.get(word) ?? 0) + 1);
    }
  }
  const caseWords = [...casesUsing]
    .filter(
      ([word, n]) =>
        n >= CASE_WORD_MIN_CASES && word.length >= 2 && !whole.has(word) && names.some((name) => name.startsWith(word)),
    )
    .map(([word]) => word)
    .sort();
  return { gemeenten: toRows(byPopulation), caseWords };
}

export interface HeaderOptions {
  gemeenten: Match[];
  /** Set when no gemeente matches but one is close: "Bedoelt u Zaltbommel?". */
  suggestion: { code: string; name: string } | null;
  /**
   * Which gemeente Enter opens without arrowing (always the first, or null, and Enter searches the
   * practice cases, as without JavaScript). The first is picked when the words are its name or other
   * name exactly; or when its name starts with them (2+ letters: "ut" opens Utrecht, the largest);
   * or when it is the only gemeente found by its own name (3+ letters: "bommel"). Never for a case
   * word ("wijk").
   */
  autoPick: number | null;
}

export function headerOptions(query: string, { items, caseWords }: HeaderSearchItems): HeaderOptions {
  const q = normalizeText(query)
    .replace(/\s+/g, ' ')
    .replace(/^gemeente /, '');
  if (!q) return { gemeenten: [], suggestion: null, autoPick: null };
  const gemeenten = matchGemeenten(query, items, HEADER_GEMEENTEN, 'input');
  const suggestion = gemeenten.length ? null : suggestGemeente(query, items);
  const first = gemeenten[0];
  const exact = first && [first.name, first.via ?? ''].some((n) => normalizeText(n) === q);
  const byName = first && !first.via && !caseWords.has(q);
  const nameStart = byName && q.length >= 2 && normalizeText(first.name).startsWith(q);
  const onlyByName = byName && gemeenten.length === 1 && q.length >= 3;
  return { gemeenten, suggestion, autoPick: exact || nameStart || onlyByName ? 0 : null };
}

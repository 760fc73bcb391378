/**
 * Text primitives of the case search: tokens, query words, bounded edit distance. Pure and small,
 * because the browser bundle includes them.
 */
import { normalizeText } from '../site/text';

const TOKEN = /[\p{L}\p{N}]+/gu;

/** Words of an already normalised text ("'s-gravenhage" → ["s", "gravenhage"]). */
export function tokenize(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/**
 * Frequent Dutch function words. They are dropped from multi-word queries ("huisvesting van
 * arbeidsmigranten"), because every case contains them and requiring them adds nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'de het een en van in op te voor met aan bij om of dat die dit is zijn als door naar over uit tot ook maar wat wie hoe er niet wel'.split(
    ' ',
  ),
);

/**
 * At most this many query words are used. Each word costs a pass over the vocabulary, and no real
 * search needs more; a crafted link with hundreds of words must not block the page (issue 12).
 */
export const MAX_QUERY_TERMS = 12;

/**
 * Query words: normalised, tokenised, de-duplicated, stop words and one-letter words dropped, at most
 * MAX_QUERY_TERMS (`dropped` holds the rest, in query order, so the page can say the query was cut).
 * When only stop words remain, they are kept (a search for "de" should not list everything).
 */
export function queryTerms(query: string): { words: string[]; dropped: string[] } {
  const words = [...new Set(tokenize(normalizeText(query.slice(0, 500))))];
  const useful = words.filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  const all = useful.length ? useful : words.filter((w) => w.length > 1);
  return { words: all.slice(0, MAX_QUERY_TERMS), dropped: all.slice(MAX_QUERY_TERMS) };
}

/** The query words that are used (see queryTerms). */
export function queryWords(query: string): string[] {
  return queryTerms(query).words;
}

/** Query words of this length or shorter match only exactly: "den" must not find "werden", "azc" not "azcs-beleid". */
export const EXACT_ONLY_MAX_LENGTH = 3;

/**
 * Whether a query word matches only whole tokens (no prefix, infix or typo matches): short words and
 * stop words (which are searched for only when the query has nothing else).
 */
export function isExactOnly(word: string): boolean {
  return word.length <= EXACT_ONLY_MAX_LENGTH || STOP_WORDS.has(word);
}

/** How many typos a query word may contain and still match: none for short words. */
export function allowedEdits(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 9 ? 1 : 2;
}

/**
 * Edit distance (Levenshtein, with adjacent transpositions counted as one edit) between `word` and the
 * closest PREFIX of `token`, or Infinity when it exceeds `max`. So "arbeidsmigrnten" is 1 edit from
 * "arbeidsmigranten" and from "arbeidsmigrantenhuisvesting". Stops as soon as the bound is exceeded.
 */
export function prefixEditDistance(word: string, token: string, max: number): number {
  const m = word.length;
  if (token.length < m - max) return Infinity;
  if (scratch.length < 3 * (m + 1)) scratch = new Int32Array(6 * (m + 1));
  // Three rotating columns in one reused buffer: c2 = column j-2, c1 = column j-1, c0 = column j;
  // cell i = distance between word[0..i) and token[0..j).
  let c2 = 0;
  let c1 = m + 1;
  let c0 = 2 * (m + 1);
  for (let i = 0; i <= m; i++) scratch[c1 + i] = i;
  let best = m;
  let prevMin = 0;
  for (let j = 1; j <= token.length; j++) {
    scratch[c0] = j;
    let colMin = j;
    const tj = token.charCodeAt(j - 1);
    const tPrev = j > 1 ? token.charCodeAt(j - 2) : -1;
    for (let i = 1; i <= m; i++) {
      const wi = word.charCodeAt(i - 1);
      let d = Math.min(scratch[c1 + i]! + 1, scratch[c0 + i - 1]! + 1, scratch[c1 + i - 1]! + (wi === tj ? 0 : 1));
      if (i > 1 && j > 1 && wi === tPrev && word.charCodeAt(i - 2) === tj) d = Math.min(d, scratch[c2 + i - 2]! + 1);
      scratch[c0 + i] = d;
      if (d < colMin) colMin = d;
    }
    if (scratch[c0 + m]! < best) best = scratch[c0 + m]!;
    // A transposition reaches back two columns, so stop only when two columns in a row exceed the bound.
    if (colMin > max && prevMin > max) break;
    prevMin = colMin;
    [c2, c1, c0] = [c1, c0, c2];
  }
  return best <= max ? best : Infinity;
}

let scratch = new Int32Array(0);

/**
 * Pieces of `word` of which at least one must occur unchanged in any token within `max` edits of it:
 * an edit damages at most two adjacent pieces (a transposition across a boundary), so with 2·max + 1
 * pieces one survives. A cheap filter before prefixEditDistance.
 */
export function typoPieces(word: string, max: number): string[] {
  const n = Math.min(2 * max + 1, word.length);
  return Array.from({ length: n }, (_, k) =>
    word.slice(Math.floor((k * word.length) / n), Math.floor(((k + 1) * word.length) / n)),
  );
}

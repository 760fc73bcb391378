/**
 * Gemeente names in a search query (issue 15): "Den Bosch", "'s-Hertogenbosch", "Westland". A name or
 * alias (src/lib/search/gemeente-aliases.ts, former names) in the query becomes that gemeente's place token,
 * which the index adds to the gemeenten field of its cases (search-doc.ts): the search then keeps only
 * that gemeente's cases, and the page links to its gemeentepagina. So "Den Bosch" no longer matches
 * "den" in some other case's text. Documented in docs/search-synonyms.md.
 */
import { STOP_WORDS, tokenize } from './search-text';
import { normalizeText } from '../site/text';

/** Place tokens start with a digit, so no word of a text or query is taken for one by accident. */
export const PLACE_PREFIX = '0gm';
export const placeToken = (slug: string) => `${PLACE_PREFIX}${slug.replace(/[^a-z0-9]/g, '')}`;

/** [slug, display name, normalised names and aliases…] per gemeente, shipped in the core index file. */
export type PlaceEntry = [string, string, ...string[]];

/** A gemeente the query names. */
export interface QueryPlace {
  slug: string;
  name: string;
}

/**
 * Gemeente names that are also everyday words ("buren" = neighbours, "best", "beek" = brook): they are
 * not taken as a place, and match as ordinary words (the gemeenten field still weighs most).
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  'beek',
  'bergen',
  'best',
  'buren',
  'duiven',
  'goes',
  'grave',
  'haren',
  'huizen',
  'hulst',
  'leek',
  'putten',
  'sluis',
  'stein',
  'weert',
]);

/** The words of a name as the query keeps them: no one-letter words ("s" of 's-Gravenhage), no stop words. */
export function nameWords(normalizedName: string): string[] {
  return tokenize(normalizedName).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

export interface PlaceSource {
  slug: string;
  name: string;
  /** Every name that should find it: official name, aliases, former names (any spelling). */
  names: readonly string[];
}

/**
 * The place table for the index file: per gemeente its names, normalised. A name that two gemeenten
 * share ("Bergen", a former name that is now another gemeente) or that is an everyday word is left out.
 */
export function placeEntries(gemeenten: readonly PlaceSource[]): PlaceEntry[] {
  const owners = new Map<string, Set<string>>();
  for (const g of gemeenten) {
    for (const n of g.names) {
      const key = nameWords(normalizeText(n)).join(' ');
      if (!key) continue;
      const set = owners.get(key) ?? new Set<string>();
      set.add(g.slug);
      owners.set(key, set);
    }
  }
  const out: PlaceEntry[] = [];
  for (const g of gemeenten) {
    const names = [...new Set(g.names.map((n) => nameWords(normalizeText(n)).join(' ')))].filter(
      (k) => k && owners.get(k)!.size === 1 && !COMMON_WORD_NAMES.has(k),
    );
    if (names.length) out.push([g.slug, g.name, ...names]);
  }
  return out;
}

interface Phrase {
  words: string[];
  slug: string;
  name: string;
}

const phraseTables = new WeakMap<readonly PlaceEntry[], Map<string, Phrase[]>>();

/** Names by first word, longest first; built once per table. */
function phrasesOf(places: readonly PlaceEntry[]): Map<string, Phrase[]> {
  let table = phraseTables.get(places);
  if (!table) {
    table = new Map();
    for (const [slug, name, ...names] of places) {
      for (const n of names) {
        const words = n.split(' ');
        const list = table.get(words[0]!) ?? [];
        list.push({ words, slug, name });
        table.set(words[0]!, list);
      }
    }
    for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
    phraseTables.set(places, table);
  }
  return table;
}

/**
 * Gemeente names in the query words (already normalised, as queryTerms gives them): each becomes the
 * gemeente's place token; `spans[i]` is the query text word i stands for. Longest name first, so
 * "den bosch" wins over a gemeente called "den".
 */
export function joinPlaces(
  words: readonly string[],
  places: readonly PlaceEntry[],
): { words: string[]; spans: string[]; places: QueryPlace[] } {
  const table = phrasesOf(places);
  const out: string[] = [];
  const spans: string[] = [];
  const found: QueryPlace[] = [];
  for (let i = 0; i < words.length; i++) {
    const hit = (table.get(words[i]!) ?? []).find((p) => p.words.every((w, k) => words[i + k] === w));
    if (hit) {
      out.push(placeToken(hit.slug));
      spans.push(words.slice(i, i + hit.words.length).join(' '));
      if (!found.some((f) => f.slug === hit.slug)) found.push({ slug: hit.slug, name: hit.name });
      i += hit.words.length - 1;
    } else {
      out.push(words[i]!);
      spans.push(words[i]!);
    }
  }
  return { words: out, spans, places: found };
}

/**
 * Full-text index of the case search: an inverted index from normalised tokens to the cases and fields
 * that contain them. A query word matches a token exactly, as its prefix or inside it (Dutch
 * compounds: "migranten" finds "arbeidsmigranten"); a word found nowhere matches tokens within one or
 * two typos. Every query word must match (AND), each in any field; the score sums field weights.
 * Why not Fuse.js over the documents: see docs/adr/0006-case-search-index.md (measured 300 ms per query
 * at 1,000 cases).
 */
import { allowedEdits, isExactOnly, prefixEditDistance, tokenize, typoPieces } from './search-text';
import { CONCEPT_PREFIX, conceptOf, conceptTokensOf, isFalsePrefix } from './search-synonyms';
import { PLACE_PREFIX, type PlaceEntry } from './search-places';
import type { WrrTypeId } from '../typology/wrr-types';

/** What the index knows of a case: normalised text per field (see search-doc.ts) and facet values. */
export interface SearchDoc {
  slug: string;
  /** Normalised searchable text per field. */
  title: string;
  /** Official names, aliases, former and historical names of the case's gemeenten. */
  gemeenten: string;
  summary: string;
  lessons: string;
  body: string;
  people: string;
  /** Theme, domain and instrument labels. */
  tags: string;
  /** Facets. */
  types: WrrTypeId[];
  themes: string[];
  domains: string[];
  instrument: string;
  /** null when the source gives no date. */
  year: number | null;
  /** Source facet values: seed ids of the cited seeds, and 'web' when a web page is cited. */
  bron: string[];
}

/** Searchable text fields, in descending weight. */
export const TEXT_FIELDS = ['title', 'gemeenten', 'tags', 'people', 'summary', 'lessons', 'body'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** How much a match in each field counts. Title and gemeente name weigh most; body text least. */
export const FIELD_WEIGHTS: Readonly<Record<TextField, number>> = {
  title: 5,
  gemeenten: 4,
  tags: 3,
  people: 3,
  summary: 2.5,
  lessons: 1.5,
  body: 1,
};

/** How well a token matches a query word. */
export const MATCH_QUALITY = {
  exact: 1,
  prefix: 0.9,
  synonym: 0.85,
  infix: 0.7,
  oneTypo: 0.6,
  twoTypos: 0.45,
} as const;

const F = TEXT_FIELDS.length;
const WEIGHTS = TEXT_FIELDS.map((f) => FIELD_WEIGHTS[f]);

/** What the index keeps of a document besides its tokens: id, facets, and the title for tie-breaks. */
export type DocMeta = Pick<
  SearchDoc,
  'slug' | 'title' | 'types' | 'themes' | 'domains' | 'instrument' | 'year' | 'bron'
>;

export interface SearchIndex {
  docs: readonly DocMeta[];
  /** Every distinct token, for the substring and typo passes. */
  vocab: readonly string[];
  /** token → flat triples [doc, field bit mask, occurrences, doc, mask, occurrences, …] */
  postings: ReadonlyMap<string, readonly number[]>;
  /** Gemeente names to recognise in queries (search-places.ts); none: no place detection. */
  places?: readonly PlaceEntry[];
}

/** Whether a token is a concept or place token (added by the index, never typed): matched only as a whole. */
export function isMarkerToken(token: string): boolean {
  return token.charCodeAt(0) === 48 && (token.startsWith(CONCEPT_PREFIX) || token.startsWith(PLACE_PREFIX));
}

/** The tokens of a field's text plus the concept tokens of the synonyms it contains (search-synonyms.ts). */
export function fieldTokens(text: string): string[] {
  const tokens = tokenize(text);
  const concepts = conceptTokensOf(tokens);
  return concepts.length ? [...tokens, ...concepts] : tokens;
}

export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const postings = new Map<string, number[]>();
  docs.forEach((doc, d) => {
    const perToken = new Map<string, { mask: number; n: number }>();
    TEXT_FIELDS.forEach((field, f) => {
      for (const token of fieldTokens(doc[field])) {
        const entry = perToken.get(token);
        if (entry) {
          entry.mask |= 1 << f;
          entry.n++;
        } else perToken.set(token, { mask: 1 << f, n: 1 });
      }
    });
    for (const [token, { mask, n }] of perToken) {
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push(d, mask, n);
    }
  });
  const meta = docs.map(({ slug, title, types, themes, domains, instrument, year, bron }) => ({
    slug,
    title,
    types,
    themes,
    domains,
    instrument,
    year,
    bron,
  }));
  return { docs: meta, vocab: [...postings.keys()], postings };
}

/** JSON-ready form of an index, embedded in the list page (smaller than the documents; see the ADR). */
export interface SerializedIndex {
  docs: DocMeta[];
  vocab: string[];
  /** postings[i] belongs to vocab[i]. */
  postings: number[][];
}

export function serializeSearchIndex(index: SearchIndex): SerializedIndex {
  return {
    docs: [...index.docs],
    vocab: [...index.vocab],
    postings: index.vocab.map((t) => [...(index.postings.get(t) ?? [])]),
  };
}

export function parseSearchIndex(data: SerializedIndex): SearchIndex {
  if (data.vocab.length !== data.postings.length)
    throw new Error('Search index is corrupt: vocab and postings differ in length.');
  return { docs: data.docs, vocab: data.vocab, postings: new Map(data.vocab.map((t, i) => [t, data.postings[i]!])) };
}

export interface TermMatch {
  token: string;
  quality: number;
}

/**
 * Tokens that match one query word, with their quality. A word that is a synonym variant also matches
 * its concept token (search-synonyms.ts); concept and place tokens from the query analysis, short words
 * and stop words match only exactly (isExactOnly). Typos are tried only when nothing else matches, and
 * a corrected word brings its concept along.
 */
export function expandWord(index: SearchIndex, word: string): TermMatch[] {
  const matches: TermMatch[] = [];
  const add = (token: string | null, quality: number) => {
    if (token !== null && index.postings.has(token) && !matches.some((m) => m.token === token))
      matches.push({ token, quality });
  };
  if (isMarkerToken(word)) {
    add(word, MATCH_QUALITY.exact);
    return matches;
  }
  add(conceptOf(word), MATCH_QUALITY.synonym);
  if (isExactOnly(word)) {
    add(word, MATCH_QUALITY.exact);
    return matches;
  }
  for (const token of index.vocab) {
    if (token.length < word.length) continue;
    if (token === word) matches.push({ token, quality: MATCH_QUALITY.exact });
    else if (isMarkerToken(token) || isFalsePrefix(word, token)) continue;
    else if (token.startsWith(word)) matches.push({ token, quality: MATCH_QUALITY.prefix });
    else if (token.includes(word)) matches.push({ token, quality: MATCH_QUALITY.infix });
  }
  if (matches.length) return matches;
  const max = allowedEdits(word);
  if (max === 0) return matches;
  const pieces = typoPieces(word, max);
  const typos: TermMatch[] = [];
  for (const token of index.vocab) {
    if (!pieces.some((p) => token.includes(p)) || isMarkerToken(token)) continue;
    const d = prefixEditDistance(word, token, max);
    if (d <= max) typos.push({ token, quality: d <= 1 ? MATCH_QUALITY.oneTypo : MATCH_QUALITY.twoTypos });
  }
  for (const m of typos) add(m.token, m.quality);
  for (const m of typos) add(conceptOf(m.token), m.quality * MATCH_QUALITY.synonym);
  return matches;
}

export interface QueryMatch {
  /** Score per matching document index (every word matched); higher is better. */
  scores: Map<number, number>;
  /** Tokens that matched some word: what to highlight. */
  terms: Set<string>;
  /** Query words that match no token at all. */
  unmatchedWords: string[];
}

/**
 * Score every document against the query words. A document matches when each word matches at least
 * one token in any field. The word's score in a document sums, per field, the field weight times the
 * best match quality there, plus a small bonus for repeated mentions.
 */
export function matchWords(index: SearchIndex, words: readonly string[]): QueryMatch {
  const n = index.docs.length;
  const terms = new Set<string>();
  const unmatchedWords: string[] = [];
  let total: Float64Array | null = null;
  let alive: Uint8Array | null = null;
  const best = new Float32Array(n * F);
  const occurrences = new Float32Array(n);
  for (const word of words) {
    best.fill(0);
    occurrences.fill(0);
    const expansions = expandWord(index, word);
    if (!expansions.length) unmatchedWords.push(word);
    for (const { token, quality } of expansions) {
      terms.add(token);
      const list = index.postings.get(token)!;
      for (let k = 0; k < list.length; k += 3) {
        const d = list[k]!;
        const mask = list[k + 1]!;
        occurrences[d]! += list[k + 2]! * quality;
        for (let f = 0; f < F; f++) {
          if (mask & (1 << f) && best[d * F + f]! < quality) best[d * F + f] = quality;
        }
      }
    }
    const wordTotal: Float64Array = total ?? new Float64Array(n);
    const wordAlive: Uint8Array = alive ?? new Uint8Array(n).fill(1);
    for (let d = 0; d < n; d++) {
      if (!wordAlive[d]) continue;
      let s = 0;
      for (let f = 0; f < F; f++) s += WEIGHTS[f]! * best[d * F + f]!;
      if (s === 0) {
        wordAlive[d] = 0;
        continue;
      }
      wordTotal[d]! += s + 0.5 * Math.log2(1 + occurrences[d]!);
    }
    total = wordTotal;
    alive = wordAlive;
  }
  const scores = new Map<number, number>();
  if (total && alive) {
    for (let d = 0; d < n; d++) if (alive[d]) scores.set(d, total[d]!);
  }
  return { scores, terms, unmatchedWords };
}

export interface WordMisses {
  /** Per document: how many of the query words it does not contain (capped at 255). */
  misses: Uint8Array;
  /** Per document: the index of the last query word it misses; meaningful when misses is 1. */
  missed: Int32Array;
}

/**
 * Which query words each document lacks, with one vocabulary pass per word (as matchWords). Enough to
 * count, for every word at once, the documents found without that word: those missing only it.
 */
export function wordMisses(index: SearchIndex, words: readonly string[]): WordMisses {
  const n = index.docs.length;
  const misses = new Uint8Array(n);
  const missed = new Int32Array(n).fill(-1);
  const hit = new Uint8Array(n);
  words.forEach((word, w) => {
    hit.fill(0);
    for (const { token } of expandWord(index, word)) {
      const list = index.postings.get(token)!;
      for (let k = 0; k < list.length; k += 3) hit[list[k]!] = 1;
    }
    for (let d = 0; d < n; d++) {
      if (hit[d]) continue;
      if (misses[d]! < 255) misses[d]!++;
      missed[d] = w;
    }
  });
  return { misses, missed };
}

/**
 * The case search as one pure function of the index and the state: which cases match, in what order,
 * how many cases each filter value would give, and what to loosen when nothing matches.
 * Used by the <case-search> element in the browser and by the unit tests and benchmark in Node.
 */
import type { DocMeta } from './search-index';
import { matchWords, wordMisses, type SearchIndex } from './search-index';
import { FACET_KEYS, type FacetKey, type SearchState } from './search-state';
import { joinPlaces, nameWords, type QueryPlace } from './search-places';
import { CONCEPT_PREFIX, joinVariantPhrases, variantWordsOf } from './search-synonyms';
import { MAX_QUERY_TERMS, queryTerms } from './search-text';
import { normalizeText } from '../site/text';

export {
  buildSearchIndex,
  parseSearchIndex,
  serializeSearchIndex,
  type SearchIndex,
  type SerializedIndex,
} from './search-index';

const FACET_VALUES: Readonly<Record<FacetKey, (d: DocMeta) => readonly string[] | string>> = {
  type: (d) => d.types,
  thema: (d) => d.themes,
  domein: (d) => d.domains,
  instrument: (d) => d.instrument,
  bron: (d) => d.bron,
};

/** The doc's values for a facet; single values are not wrapped in arrays (this runs per case per query). */
function facetValues(doc: DocMeta, key: FacetKey): readonly string[] | string {
  return FACET_VALUES[key](doc);
}

/**
 * Position of each document when sorted by title (Dutch collation), computed once per index: collating
 * titles inside every sort dominated the query time at 10,000 cases.
 */
const titleRanks = new WeakMap<SearchIndex, Int32Array>();
function titleRank(index: SearchIndex): Int32Array {
  let ranks = titleRanks.get(index);
  if (!ranks) {
    const collator = new Intl.Collator('nl');
    const order = index.docs
      .map((_, i) => i)
      .sort((a, b) => collator.compare(index.docs[a]!.title, index.docs[b]!.title));
    ranks = new Int32Array(index.docs.length);
    order.forEach((d, rank) => (ranks![d] = rank));
    titleRanks.set(index, ranks);
  }
  return ranks;
}

export type FacetCounts = Record<FacetKey, Record<string, number>>;

/** A query, analysed: what each term matches, the query text it stands for, the gemeenten it names. */
export interface AnalysedQuery {
  /** Per term: a query word, a concept token (a synonym phrase) or a place token (a gemeente name). */
  words: string[];
  /** Per term: the query text it stands for ("den bosch" for the place token of 's-Hertogenbosch). */
  spans: string[];
  /** Query words beyond MAX_QUERY_TERMS, which the search ignores. */
  dropped: string[];
  places: QueryPlace[];
}

/**
 * The query words (queryTerms: at most MAX_QUERY_TERMS), with gemeente names joined into place tokens
 * and synonym phrases into concept tokens. Linear in the number of words; the place table is indexed
 * once per index.
 */
export function analyseQuery(index: SearchIndex, q: string): AnalysedQuery {
  const { words, dropped } = queryTerms(q);
  const placed = joinPlaces(words, index.places ?? []);
  const joined = joinVariantPhrases(placed.words);
  // A concept phrase never contains a place token (those start with a digit), so spans map 1:1 back.
  let k = 0;
  const spans = joined.spans.map((span) => {
    const n = span.split(' ').length;
    const text = placed.spans.slice(k, k + n).join(' ');
    k += n;
    return text;
  });
  return { words: joined.words, spans, dropped, places: placed.places };
}

export interface SearchOutcome {
  /** Matching cases in display order. */
  slugs: string[];
  /** Per facet and value: how many cases match the query and the OTHER facets' filters and have that value. */
  counts: FacetCounts;
  /** Normalised tokens that matched the query words: what to highlight. */
  terms: string[];
  /** Query words found in no case at all. */
  unmatchedWords: string[];
  /** Query words beyond MAX_QUERY_TERMS, which the search ignored. */
  droppedWords: string[];
  /** Gemeenten named in the query: only their cases are found, and the page links to them. */
  places: QueryPlace[];
}

function passesFacet(doc: DocMeta, key: FacetKey, selected: readonly string[]): boolean {
  if (!selected.length) return true;
  const values = facetValues(doc, key);
  return typeof values === 'string' ? selected.includes(values) : values.some((v) => selected.includes(v));
}

function passesYears(doc: DocMeta, state: SearchState): boolean {
  if (state.van === null && state.tot === null) return true;
  return (
    doc.year !== null && (state.van === null || doc.year >= state.van) && (state.tot === null || doc.year <= state.tot)
  );
}

/**
 * Run the search. Within a facet the selected values are alternatives (OR); facets, the year range
 * and the query words all have to hold (AND).
 */
export function runSearch(index: SearchIndex, state: SearchState): SearchOutcome {
  const { words, spans, dropped, places } = analyseQuery(index, state.q);
  const match = words.length ? matchWords(index, words) : null;
  const counts = Object.fromEntries(FACET_KEYS.map((k) => [k, {}])) as FacetCounts;
  const hits: { doc: DocMeta; score: number; rank: number }[] = [];
  const ranks = titleRank(index);

  index.docs.forEach((doc, d) => {
    const score = match ? match.scores.get(d) : 0;
    if (score === undefined || !passesYears(doc, state)) return;
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const key of FACET_KEYS) {
      if (!passesFacet(doc, key, state[key])) {
        failed = key;
        if (++failures > 1) return;
      }
    }
    // Disjunctive facet counts: a case that fails only facet K still counts for K's values.
    for (const key of FACET_KEYS) {
      if (failures === 0 || failed === key) {
        const values = facetValues(doc, key);
        const c = counts[key];
        if (typeof values === 'string') c[values] = (c[values] ?? 0) + 1;
        else for (const v of values) c[v] = (c[v] ?? 0) + 1;
      }
    }
    if (failures === 0) hits.push({ doc, score, rank: ranks[d]! });
  });

  type Hit = (typeof hits)[number];
  const sorters = {
    relevantie: (a: Hit, b: Hit) => b.score - a.score || (b.doc.year ?? 0) - (a.doc.year ?? 0) || a.rank - b.rank,
    nieuw: (a: Hit, b: Hit) => (b.doc.year ?? 0) - (a.doc.year ?? 0) || b.score - a.score || a.rank - b.rank,
    // Undated cases last in both orders.
    oud: (a: Hit, b: Hit) => (a.doc.year ?? 9999) - (b.doc.year ?? 9999) || b.score - a.score || a.rank - b.rank,
  };
  hits.sort(sorters[state.sort]);
  return {
    slugs: hits.map((h) => h.doc.slug),
    counts,
    terms: match ? highlightTerms(match.terms, places) : [],
    unmatchedWords: match ? match.unmatchedWords.map((w) => spans[words.indexOf(w)]!) : [],
    droppedWords: dropped,
    places,
  };
}

/** Words to mark in result cards: matched tokens, the variants of matched concepts, the named gemeenten. */
function highlightTerms(matched: ReadonlySet<string>, places: readonly QueryPlace[]): string[] {
  const out = new Set<string>();
  for (const t of matched) {
    if (t.startsWith(CONCEPT_PREFIX)) for (const v of variantWordsOf(t)) out.add(v);
    else if (t.charCodeAt(0) !== 48) out.add(t);
  }
  for (const p of places) for (const w of nameWords(normalizeText(p.name))) out.add(w);
  return [...out];
}

export type Loosening = { kind: 'word'; word: string } | { kind: 'facet'; key: FacetKey } | { kind: 'years' };

export interface Suggestion {
  loosen: Loosening;
  /** The state with this one constraint removed. */
  state: SearchState;
  count: number;
}

/**
 * When a search finds nothing: for each constraint (a query word, a facet, the year range) the number
 * of cases found without it. Only constraints whose removal helps, most results first.
 *
 * Computed in one pass over the documents after one vocabulary pass per query word (wordMisses), not
 * by re-running the search once per constraint: that was quadratic in the number of words and took
 * seconds per keystroke for a crafted query (issue 12). A case counts for "without X" when X is the
 * only constraint it fails, or when it fails none.
 */
export function suggestLoosening(index: SearchIndex, state: SearchState): Suggestion[] {
  const { words, spans } = analyseQuery(index, state.q);
  const byWord = new Array<number>(words.length).fill(0);
  const byFacet = Object.fromEntries(FACET_KEYS.map((k) => [k, 0])) as Record<FacetKey, number>;
  let byYears = 0;
  const { misses, missed } = words.length ? wordMisses(index, words) : { misses: null, missed: null };

  index.docs.forEach((doc, d) => {
    const wordFailures = misses ? misses[d]! : 0;
    if (wordFailures > 1) return;
    let failed: FacetKey | null = null;
    let failures = wordFailures;
    for (const key of FACET_KEYS) {
      if (!passesFacet(doc, key, state[key])) {
        failed = key;
        if (++failures > 1) return;
      }
    }
    const yearsOk = passesYears(doc, state);
    if (!yearsOk && ++failures > 1) return;
    if (failures === 0) {
      // Found as it is: found without any one constraint too.
      for (let w = 0; w < words.length; w++) byWord[w]!++;
      for (const key of FACET_KEYS) byFacet[key]++;
      byYears++;
    } else if (wordFailures === 1) byWord[missed![d]!]!++;
    else if (failed) byFacet[failed]++;
    else byYears++;
  });

  const options: Suggestion[] = [];
  spans.forEach((span, w) => {
    options.push({
      loosen: { kind: 'word', word: span },
      state: { ...state, q: spans.filter((_, x) => x !== w).join(' ') },
      count: byWord[w]!,
    });
  });
  for (const key of FACET_KEYS) {
    if (state[key].length)
      options.push({ loosen: { kind: 'facet', key }, state: { ...state, [key]: [] }, count: byFacet[key] });
  }
  if (state.van !== null || state.tot !== null)
    options.push({ loosen: { kind: 'years' }, state: { ...state, van: null, tot: null }, count: byYears });
  return options.filter((o) => o.count > 0).sort((a, b) => b.count - a.count);
}

/** The note shown when a query had more than MAX_QUERY_TERMS words; empty otherwise. */
export function droppedWordsNote(dropped: readonly string[]): string {
  if (!dropped.length) return '';
  const n = dropped.length;
  return `Uw zoekopdracht is ingekort: alleen de eerste ${MAX_QUERY_TERMS} zoekwoorden zijn gebruikt, ${n} ${n === 1 ? 'woord is' : 'woorden zijn'} genegeerd.`;
}

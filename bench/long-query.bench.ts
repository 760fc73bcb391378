/**
 * Long-query benchmark (a report, not a test): what one keystroke costs in the case list when the
 * query is 500 characters long, on 10,000 synthetic cases. The search and, when nothing is found,
 * the "loosen your search" suggestions, as <case-search> runs them on every input event.
 *
 * Before issue 12 a crafted ?q= of 167 short nonsense words blocked the main thread for 3.7 s per
 * keystroke: every word was searched, and the suggestions re-ran the whole search once per word.
 * Now at most MAX_QUERY_TERMS words are used and the suggestions take one pass per word.
 *
 * Run: npm run bench:long-query   (writes bench/results/long-query.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSearchIndex, runSearch, suggestLoosening } from '../src/lib/search/search';
import { toSearchDoc } from '../src/lib/search/search-doc';
import { emptyState, type SearchState } from '../src/lib/search/search-state';
import { MAX_QUERY_TERMS, queryTerms } from '../src/lib/search/search-text';
import { loadGemeenten2025 } from '../scripts/lib/shared-data';
import { craftedLongQuery } from '../tests/helpers/crafted-query';
import { loadRealCases } from '../tests/helpers/case-sets';
import { synthesize } from '../scripts/lib/synthetic-cases';

const CASES = 10_000;
const ROUNDS = 7;

/** 167 distinct two-letter words that are no stop words: exactly 500 characters, as in the issue. */
const nonsense = craftedLongQuery();

const real = (await loadRealCases()).map(toSearchDoc);
/** 500 characters of real words from the cases' summaries: every word is known, the combination finds nothing. */
const wordy = real
  .flatMap((d) => d.summary.split(/\s+/))
  .filter((w) => w.length >= 4)
  .join(' ')
  .slice(0, 500)
  .trim();

const docs = synthesize(
  real,
  loadGemeenten2025().map((g) => g.name),
  CASES,
);
let t = performance.now();
const index = buildSearchIndex(docs);
const buildMs = performance.now() - t;

const queries: { name: string; state: SearchState }[] = [
  { name: '167 two-letter nonsense words', state: { ...emptyState(), q: nonsense } },
  { name: '500 characters of case text', state: { ...emptyState(), q: wordy } },
  {
    name: 'nonsense + theme filter',
    state: { ...emptyState(), q: nonsense, thema: ['arbeidsmigratie-en-huisvesting'] },
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const results = queries.map(({ name, state }) => {
  const { words, dropped } = queryTerms(state.q);
  const search: number[] = [];
  const suggest: number[] = [];
  let found = 0;
  let suggestions = 0;
  for (let r = 0; r < ROUNDS + 1; r++) {
    t = performance.now();
    const outcome = runSearch(index, state);
    const searchMs = performance.now() - t;
    t = performance.now();
    const s = outcome.slugs.length ? [] : suggestLoosening(index, state);
    const suggestMs = performance.now() - t;
    found = outcome.slugs.length;
    suggestions = s.length;
    if (r > 0) {
      // Round 0 warms up.
      search.push(searchMs);
      suggest.push(suggestMs);
    }
  }
  return {
    query: name,
    characters: state.q.length,
    wordsUsed: words.length,
    wordsDropped: dropped.length,
    found,
    suggestions,
    searchMs: median(search),
    suggestMs: median(suggest),
    keystrokeMs: median(search.map((x, i) => x + suggest[i]!)),
  };
});

console.log(
  `\nLong-query benchmark: ${CASES.toLocaleString('en')} synthetic cases (vocabulary ${index.vocab.length.toLocaleString('en')}, index built in ${buildMs.toFixed(0)} ms), Node ${process.version}`,
);
console.log(`At most ${MAX_QUERY_TERMS} query words are used. Median of ${ROUNDS} runs.\n`);
console.log('query                            chars  used  dropped  found  search ms  suggestions ms  keystroke ms');
for (const r of results) {
  console.log(
    `${r.query.padEnd(32)}${String(r.characters).padStart(6)}${String(r.wordsUsed).padStart(6)}${String(r.wordsDropped).padStart(9)}${String(r.found).padStart(7)}` +
      `${r.searchMs.toFixed(1).padStart(11)}${r.suggestMs.toFixed(1).padStart(16)}${r.keystrokeMs.toFixed(1).padStart(14)}`,
  );
}

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/long-query.json',
  JSON.stringify(
    { node: process.version, date: new Date().toISOString(), cases: CASES, maxTerms: MAX_QUERY_TERMS, results },
    null,
    2,
  ),
);
console.log('\nWrote bench/results/long-query.json');

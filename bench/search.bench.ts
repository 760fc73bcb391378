/**
 * Case search benchmark (not a test): query latency p50/p95 for 20 realistic Dutch queries over the
 * real cases and over synthetic corpora of 1,000 and 10,000 cases generated from them; index build
 * time, the time to load a serialised index (JSON.parse + Map), and the size of what the list page
 * embeds. Also measures plain Fuse.js over the documents,
 * the approach we replaced (docs/adr/0006-case-search-index.md).
 *
 * Run: npm run bench:search   (writes bench/results/search.json)
 * Targets (issue 6): p95 ≤ 10 ms at 1,000 cases and ≤ 50 ms at 10,000 cases, in Node.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import {
  buildSearchIndex,
  parseSearchIndex,
  runSearch,
  serializeSearchIndex,
  type SerializedIndex,
} from '../src/lib/search/search';
import { toSearchDoc } from '../src/lib/search/search-doc';
import { emptyState, type SearchState } from '../src/lib/search/search-state';
import { normalizeText } from '../src/lib/site/text';
import { loadRealCases } from '../tests/helpers/case-sets';
import { loadGemeenten2025 } from '../scripts/lib/shared-data';
import { synthesize } from '../scripts/lib/synthetic-cases';

const QUERIES: { q: string; filters?: Partial<SearchState> }[] = [
  { q: 'huisvesting arbeidsmigranten' },
  { q: 'dialoog' },
  { q: 'charter diversiteit' },
  { q: 'arbeidsmigrnten' }, // typo
  { q: 'koningsdag' },
  { q: 'statushouders' },
  { q: 'discriminatie' },
  { q: 'Den Haag' },
  { q: 'inclusief werkgeverschap' },
  { q: 'eenzaamheid ouderen' },
  { q: 'expats onderwijs' },
  { q: 'Súdwest-Fryslân' },
  { q: 'grensoverschrijdende samenwerking' },
  { q: 'lhbti' },
  { q: 'polarisatie jongeren' },
  { q: 'diversiteitsbeleid', filters: { type: ['grootstedelijk'] } },
  { q: 'Maastricht tolerantie' },
  { q: 'wethouder interview', filters: { van: 2018 } },
  { q: 'migrantenorganisaties subsidie' },
  { q: 'ontmoeting buurt', filters: { thema: ['dialoog-en-ontmoeting'] } },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function timeQueries(run: (q: (typeof QUERIES)[number]) => unknown, rounds: number) {
  for (const q of QUERIES) run(q); // warm-up
  const samples: number[] = [];
  const perQuery: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t = performance.now();
      run(q);
      const ms = performance.now() - t;
      samples.push(ms);
      perQuery[q.q] = Math.max(perQuery[q.q] ?? 0, ms);
    }
  }
  samples.sort((a, b) => a - b);
  const slowest = Object.entries(perQuery).sort((a, b) => b[1] - a[1])[0]!;
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.at(-1)!,
    slowest: `${slowest[0]} (${slowest[1].toFixed(1)} ms)`,
  };
}

const bytes = (s: string) => ({ raw: Buffer.byteLength(s), gzip: gzipSync(s, { level: 9 }).length });

const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'gemeenten', weight: 3 },
  { name: 'tags', weight: 2 },
  { name: 'people', weight: 2 },
  { name: 'summary', weight: 2 },
  { name: 'lessons', weight: 1 },
  { name: 'body', weight: 1 },
];

const real = (await loadRealCases()).map(toSearchDoc);
const names = loadGemeenten2025().map((g) => g.name);
const corpora = [
  { name: `real (${real.length})`, docs: real, rounds: 50, fuse: true },
  { name: '1,000', docs: synthesize(real, names, 1000), rounds: 20, fuse: true },
  { name: '10,000', docs: synthesize(real, names, 10_000), rounds: 5, fuse: false },
];

const results = [];
for (const corpus of corpora) {
  let t = performance.now();
  const index = buildSearchIndex(corpus.docs);
  const buildMs = performance.now() - t;
  const latency = timeQueries(({ q, filters }) => runSearch(index, { ...emptyState(), q, ...filters }), corpus.rounds);
  // What the page could embed: the documents (index built in the browser) or the serialised index.
  const docsJson = bytes(JSON.stringify(corpus.docs));
  const serialized = JSON.stringify(serializeSearchIndex(index));
  const indexJson = bytes(serialized);
  t = performance.now();
  parseSearchIndex(JSON.parse(serialized) as SerializedIndex);
  const loadMs = performance.now() - t;
  let fuse: ReturnType<typeof timeQueries> | null = null;
  if (corpus.fuse) {
    t = performance.now();
    const f = new Fuse(corpus.docs, {
      keys: FUSE_KEYS,
      ignoreLocation: true,
      threshold: 0.3,
      includeScore: true,
      minMatchCharLength: 2,
    });
    void (performance.now() - t);
    fuse = timeQueries(({ q }) => f.search(normalizeText(q)), corpus.name.startsWith('real') ? 3 : 1);
  }
  results.push({
    corpus: corpus.name,
    vocabulary: index.vocab.length,
    buildMs,
    loadMs,
    latency,
    docsJson,
    indexJson,
    fuse,
  });
}

const fmt = (x: number) => x.toFixed(2).padStart(8);
console.log('\nCase search benchmark (Node', process.version + ')\n');
console.log('corpus        vocab   build ms   load ms    p50 ms    p95 ms    max ms   slowest query');
for (const r of results) {
  console.log(
    `${r.corpus.padEnd(12)}${String(r.vocabulary).padStart(7)}${fmt(r.buildMs)}  ${fmt(r.loadMs)}  ${fmt(r.latency.p50)}  ${fmt(r.latency.p95)}  ${fmt(r.latency.max)}   ${r.latency.slowest}`,
  );
}
console.log('\nEmbedded data (bytes)    docs JSON raw / gzip      serialised index raw / gzip');
for (const r of results) {
  console.log(
    `${r.corpus.padEnd(24)}${String(r.docsJson.raw).padStart(10)} / ${String(r.docsJson.gzip).padEnd(10)}${String(r.indexJson.raw).padStart(12)} / ${r.indexJson.gzip}`,
  );
}
console.log('\nBaseline: Fuse.js over whole documents (same fields, ignoreLocation, threshold 0.3)');
for (const r of results) {
  if (r.fuse)
    console.log(
      `${r.corpus.padEnd(12)} p50 ${r.fuse.p50.toFixed(1)} ms  p95 ${r.fuse.p95.toFixed(1)} ms  slowest ${r.fuse.slowest}`,
    );
  else console.log(`${r.corpus.padEnd(12)} not run (about 3 s per query)`);
}
const [, k1, k10] = results;
console.log(
  `\nTargets: p95 ≤ 10 ms at 1,000 → ${k1!.latency.p95 <= 10 ? 'met' : 'MISSED'}; p95 ≤ 50 ms at 10,000 → ${k10!.latency.p95 <= 50 ? 'met' : 'MISSED'}`,
);

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/search.json',
  JSON.stringify({ node: process.version, date: new Date().toISOString(), queries: QUERIES, results }, null, 2),
);
console.log('Wrote bench/results/search.json');

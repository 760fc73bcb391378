/**
 * Scale benchmark (issue 17), a report and never a test: builds the site from 1,000 and 10,000
 * synthetic cases (copies of the real cases with new slugs, titles and years; CASES_DIR) and records
 * per corpus the build time, the gzip size of the heaviest HTML pages, the search files (core index
 * = first-search download, body index, card chunk), and the keystroke → results latency p50/p95 in
 * Chromium while typing queries into the case list.
 * Run: npm run bench:scale   (SCALE_SIZES=1000,10000 by default) → bench/results/scale.json
 * Targets at 10,000: every HTML page ≤ 100 KB gz; core index + first cards ≤ 600 KB gz; p95 ≤ 50 ms;
 * build ≤ 10 × the build at 1,000.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/static-server';
import { CHROME_PATH } from '../tests/e2e/chromium';
import { gzipBytes } from '../scripts/lib/page-sizes';

const SIZES = (process.env.SCALE_SIZES ?? '1000,10000').split(',').map(Number);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const YEARS = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
const QUERIES = [
  'arbeidsmigranten',
  'huisvesting',
  'dialoog ontmoeting',
  'statushouders',
  'discriminatie',
  'Den Haag',
  'expats onderwijs',
  'koningsdag',
];

function writeCorpus(dir: string, n: number) {
  const source = 'content/praktijkvoorbeelden';
  const real = readdirSync(source)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(source, f), 'utf8'));
  mkdirSync(dir);
  for (let i = 0; i < n; i++) {
    let text = real[i % real.length]!.replace(
      /^title: "?(.*?)"?$/m,
      (_m, t: string) => `title: "${t.replace(/"/g, "'")} (variant ${i + 1})"`,
    );
    // Spread the years so the list has many dated pages, as a real corpus would.
    text = text.replace(/^year: \d{4}$/m, `year: ${YEARS[i % YEARS.length]}`);
    writeFileSync(join(dir, `synthetisch-${String(i + 1).padStart(5, '0')}.md`), text);
  }
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(p));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function searchLatency(dist: string) {
  const { server, origin } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/praktijkvoorbeelden/`);
    await page.locator('#case-q').focus();
    await page.waitForSelector('case-search[data-index="full"]', { timeout: 120_000 });
    // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
    const samples = (await page.evaluate<unknown>(`(async (queries) => {
      const el = document.querySelector('case-search');
      const input = document.querySelector('#case-q');
      const settled = () => new Promise((resolve) => {
        const check = () => (el.dataset.state === 'ready' ? resolve() : requestAnimationFrame(check));
        queueMicrotask(check);
      });
      const times = [];
      for (const q of queries) {
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settled();
        for (let i = 1; i <= q.length; i++) {
          const t = performance.now();
          input.value = q.slice(0, i);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await settled();
          times.push(performance.now() - t);
        }
      }
      return times;
    })(${JSON.stringify(QUERIES)})`)) as number[];
    // Includes fetching card chunks not seen before, as a user would.
    samples.sort((a, b) => a - b);
    return {
      keystrokes: samples.length,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      max: samples.at(-1)!,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

const work = mkdtempSync(join(tmpdir(), 'atlas-scale-'));
execFileSync('npm', ['run', 'data'], { env, stdio: 'inherit' });
const results = [];
try {
  for (const n of SIZES) {
    const cases = join(work, `cases-${n}`);
    const dist = join(work, `dist-${n}`);
    writeCorpus(cases, n);
    const t = performance.now();
    execFileSync('npx', ['astro', 'build', '--outDir', dist], {
      env: { ...env, CASES_DIR: cases },
      stdio: 'pipe',
      maxBuffer: 256 * 1024 * 1024,
    });
    const buildSeconds = (performance.now() - t) / 1000;
    const pages = htmlFiles(dist)
      .map((f) => ({
        path: '/' + relative(dist, f).replace(/index\.html$/, ''),
        gz: gzipBytes(readFileSync(f)),
        raw: statSync(f).size,
      }))
      .sort((a, b) => b.gz - a.gz);
    const files = readdirSync(join(dist, 'zoekindex')).map((f) => ({
      f,
      gz: gzipBytes(readFileSync(join(dist, 'zoekindex', f))),
    }));
    const core = files.find((x) => x.f.startsWith('kern-'))!.gz;
    const body = files.find((x) => x.f.startsWith('tekst-'))!.gz;
    const chunks = files.filter((x) => x.f.startsWith('kaarten-')).map((x) => x.gz);
    const latency = await searchLatency(dist);
    const row = {
      cases: n,
      buildSeconds: Number(buildSeconds.toFixed(1)),
      htmlPages: pages.length,
      heaviestPages: pages.slice(0, 5).map((p) => ({
        path: p.path,
        gzKB: Number((p.gz / 1024).toFixed(1)),
        rawKB: Number((p.raw / 1024).toFixed(1)),
      })),
      coreIndexGzKB: Number((core / 1024).toFixed(1)),
      bodyIndexGzKB: Number((body / 1024).toFixed(1)),
      cardChunkGzKB: Number((Math.max(...chunks) / 1024).toFixed(1)),
      // Worst case of a first search: the core index plus one card chunk per shown card (20).
      firstSearchWorstGzKB: Number(((core + 20 * Math.max(...chunks)) / 1024).toFixed(1)),
      searchMs: {
        p50: Number(latency.p50.toFixed(1)),
        p95: Number(latency.p95.toFixed(1)),
        max: Number(latency.max.toFixed(1)),
        keystrokes: latency.keystrokes,
      },
    };
    results.push(row);
    console.log(JSON.stringify(row, null, 2));
    // KEEP_DIST=1 keeps the built sites (e.g. for DIST_DIR=… npm run bench:lighthouse); the path is printed.
    if (process.env.KEEP_DIST) console.log(`kept ${dist}`);
    else rmSync(dist, { recursive: true, force: true });
    rmSync(cases, { recursive: true, force: true });
  }
} finally {
  if (!process.env.KEEP_DIST) rmSync(work, { recursive: true, force: true });
}
if (results.length >= 2)
  console.log(
    `build ratio ${results.at(-1)!.cases}/${results[0]!.cases}: ×${(results.at(-1)!.buildSeconds / results[0]!.buildSeconds).toFixed(1)}`,
  );
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/scale.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), queries: QUERIES, results }, null, 2),
);

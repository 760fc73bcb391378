/**
 * Lighthouse (mobile preset) for the home/map page, the case list, a case page and the compare page of the
 * built site, served locally. Records scores and LCP/TBT/CLS; a report, never a gate.
 * Run after a build: npm run bench:lighthouse   (fetches the lighthouse npm package on first use;
 * uses Chromium from CHROME_PATH, default /usr/bin/chromium) → bench/results/lighthouse.json
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serveStatic } from '../tests/e2e/static-server';
import { findNginx, startNginx } from '../scripts/serve-nginx';

/** The parts of a Lighthouse report this bench reads. */
interface LighthouseResult {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
}

// LH_PAGES=/a/,/b/ measures other pages (e.g. a synthetic corpus built by KEEP_DIST=1 npm run bench:scale).
const PAGES = process.env.LH_PAGES?.split(',') ?? [
  '/',
  '/praktijkvoorbeelden/',
  '/praktijkvoorbeelden/westland-huisvesting-arbeidsmigranten/',
  '/vergelijk/',
];
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
mkdirSync('bench/results', { recursive: true });
// Served as in production (nginx with gzip and caching headers) when nginx is installed, else the Node server.
const root = process.env.DIST_DIR ?? 'dist';
const nginx = findNginx() ? await startNginx({ root }) : null;
const fallback = nginx ? null : await serveStatic(root);
const origin = nginx?.origin ?? fallback!.origin;
console.log(
  nginx
    ? `lighthouse: served by nginx (deploy/nginx) at ${origin}`
    : 'lighthouse: nginx not installed, served uncompressed by the Node server',
);
const rows: Record<string, unknown>[] = [];
try {
  for (const path of PAGES) {
    const out = 'bench/results/lighthouse-last.json';
    // Asynchronous on purpose: the static server runs in this process and must keep answering.
    await promisify(execFile)(
      'npx',
      [
        '-y',
        'lighthouse@13',
        origin + path,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update',
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as LighthouseResult;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue;
    const row = {
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint') ?? NaN),
      tbtMs: Math.round(audit('total-blocking-time') ?? NaN),
      cls: Number((audit('cumulative-layout-shift') ?? NaN).toFixed(3)),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
  }
} finally {
  if (nginx) await nginx.stop();
  fallback?.server.close();
}
writeFileSync('bench/results/lighthouse.json', JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2));

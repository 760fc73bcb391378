/**
 * Size report of representative built pages (gzip). Run after a build: npm run bench:sizes
 * Writes bench/results/sizes.json and prints a table. Budgets are enforced in tests/e2e/budgets.e2e.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { measurePage } from '../scripts/lib/page-sizes';

const PAGES = [
  '/',
  '/gemeenten/',
  '/gemeenten/westland/',
  '/praktijkvoorbeelden/',
  '/praktijkvoorbeelden/westland-huisvesting-arbeidsmigranten/',
  '/typen/',
  '/typen/tuinbouw/',
  '/vergelijk/',
  '/methode/',
];
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows = PAGES.flatMap((p) => {
  try {
    return [measurePage('dist', p)];
  } catch {
    return [];
  }
});
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/sizes.json', JSON.stringify(rows, null, 2));
console.log('page'.padEnd(62), 'HTML gz'.padStart(10), 'JS gz'.padStart(10), 'CSS gz'.padStart(10));
for (const r of rows)
  console.log(r.path.padEnd(62), kb(r.htmlGzip).padStart(10), kb(r.jsGzip).padStart(10), kb(r.cssGzip).padStart(10));

/**
 * Build time of the real site and of a synthetic corpus of 1,000 cases (copies of the real cases with
 * new slugs and varied titles), each built into its own folder under /tmp. A report, not a test.
 * Run: npm run bench:build   → bench/results/build-time.json
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SYNTHETIC = Number(process.env.SYNTHETIC_CASES ?? 1000);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function timeBuild(
  label: string,
  extraEnv: Record<string, string>,
  outDir: string,
): { label: string; seconds: number; pages: number } {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], { env: { ...env, ...extraEnv }, stdio: 'pipe' });
  const seconds = (performance.now() - started) / 1000;
  const pages = execFileSync('find', [outDir, '-name', 'index.html']).toString().trim().split('\n').length;
  console.log(`${label}: ${seconds.toFixed(1)} s, ${pages} pages`);
  return { label, seconds: Number(seconds.toFixed(1)), pages };
}

execFileSync('npm', ['run', 'data'], { env, stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const results = [timeBuild('real site', {}, join(work, 'dist-real'))];

const source = 'content/praktijkvoorbeelden';
const real = readdirSync(source)
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(source, f), 'utf8'));
const synthDir = join(work, 'cases');
mkdirSync(synthDir);
for (let i = 0; i < SYNTHETIC; i++) {
  const text = real[i % real.length]!.replace(
    /^title: "?(.*?)"?$/m,
    (_m, t: string) => `title: "${t.replace(/"/g, "'")} (variant ${i + 1})"`,
  );
  writeFileSync(join(synthDir, `synthetisch-${String(i + 1).padStart(5, '0')}.md`), text);
}
results.push(timeBuild(`${SYNTHETIC} synthetic cases`, { CASES_DIR: synthDir }, join(work, 'dist-synthetic')));

mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/build-time.json',
  JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2),
);
rmSync(work, { recursive: true, force: true });

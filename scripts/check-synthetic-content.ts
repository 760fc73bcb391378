/**
 * Issue 18: adding cases to content/ must break no test that is not about the content. Writes ten synthetic
 * cases (scripts/lib/synthetic-cases.ts) into content/praktijkvoorbeelden/ as zz-synthetic-NN.md, runs
 * `npm run data`, the unit tests, `npm run build:test` and the end-to-end tests, and always removes the
 * files again (also after a failure or Ctrl+C), then refreshes src/generated/case-slugs.ts.
 * Exits 1 when any step failed. dist/ is left holding the synthetic build.
 *
 *   npm run check:synthetic
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNTHETIC_FILE, syntheticCaseFiles } from './lib/synthetic-cases';

const DIR = 'content/praktijkvoorbeelden';

function removeSynthetic(): string[] {
  const found = readdirSync(DIR).filter((f) => SYNTHETIC_FILE.test(f));
  for (const f of found) rmSync(join(DIR, f), { force: true });
  return found;
}

let child: ChildProcess | null = null;
// Set from signal handlers: typed by assertion so the checker does not narrow it to null.
let interrupted = null as NodeJS.Signals | null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    interrupted = signal;
    child?.kill(signal);
  });
}
// Last resort, should the process end some other way while the files are in place.
process.on('exit', () => removeSynthetic());

function run(args: string[]): Promise<number> {
  return new Promise((done) => {
    child = spawn('npm', ['run', ...args], { stdio: 'inherit' });
    child.on('close', (code, signal) => {
      child = null;
      done(code ?? (signal ? 1 : 0));
    });
  });
}

const steps: { name: string; args: string[]; needs?: string }[] = [
  { name: 'data', args: ['data'] },
  { name: 'unit', args: ['test:unit'], needs: 'data' },
  { name: 'build', args: ['build:test'], needs: 'data' },
  { name: 'e2e', args: ['test:e2e'], needs: 'build' },
];
const results = new Map<string, { code: number; seconds: number }>();
const start = performance.now();

const leftover = removeSynthetic();
if (leftover.length)
  console.warn(`check:synthetic: removed ${leftover.length} synthetic file(s) left by an earlier run.`);
const files = syntheticCaseFiles(10);
try {
  for (const f of files) writeFileSync(join(DIR, f.name), f.text);
  console.log(`check:synthetic: wrote ${files.length} synthetic cases to ${DIR}/ (${files[0]!.name} …)`);
  for (const step of steps) {
    if (interrupted) break;
    if (step.needs && results.get(step.needs)?.code !== 0) continue;
    const t = performance.now();
    const code = await run(step.args);
    results.set(step.name, { code, seconds: (performance.now() - t) / 1000 });
  }
} finally {
  const removed = removeSynthetic();
  console.log(`check:synthetic: removed ${removed.length} synthetic cases from ${DIR}/`);
  // Back to the slugs of the real cases (the header's shortlist count checks stored ids against them).
  spawnSync('npm', ['run', 'validate:content', '--silent'], { stdio: 'ignore' });
}

console.log('\ncheck:synthetic summary (with ten synthetic cases in content/):');
for (const step of steps) {
  const r = results.get(step.name);
  console.log(
    `  ${step.name.padEnd(6)} ${r ? `${r.code === 0 ? 'passed' : 'FAILED'} in ${r.seconds.toFixed(0)} s` : 'not run'}`,
  );
}
console.log(`  total  ${((performance.now() - start) / 1000).toFixed(0)} s`);
const ok = !interrupted && steps.every((s) => results.get(s.name)?.code === 0);
if (interrupted) console.error(`check:synthetic interrupted (${interrupted}); the synthetic cases are removed.`);
else if (!ok) console.error('check:synthetic FAILED: a test that is not about the content depends on the content.');
process.exit(interrupted ? 130 : ok ? 0 : 1);

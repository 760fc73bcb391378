/**
 * Scaffold a practice case from flags: npm run new-case -- --title "…" --gemeente GM0599 [--seed 001 …]
 * Refuses an existing slug or an unknown gemeente, writes content/praktijkvoorbeelden/<slug>.md,
 * prints its path and what is still to fill in (the checks of npm run validate:content).
 * The pure parts live in scripts/lib/new-case.ts; the Markdown comes from src/lib/cases/case-markdown.ts.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GemeenteOption } from '../src/lib/cases/case-form';
import { validateCaseFiles } from '../src/lib/cases/case-validation';
import { aliasesOf } from '../src/lib/search/gemeente-aliases';
import { loadGemeenten2025 } from './lib/shared-data';
import { NEW_CASE_USAGE, parseNewCaseArgs, planNewCase } from './lib/new-case';

/** Gemeenten with aliases, plus former names when the generated data (npm run prepare:data) is there. */
async function loadGemeenten(): Promise<GemeenteOption[]> {
  if (existsSync('src/generated/gemeenten.ts')) {
    const { GEMEENTEN } = await import('../src/generated/gemeenten');
    const names = new Set(GEMEENTEN.map((g) => g.name));
    return GEMEENTEN.map((g) => ({
      code: g.code,
      name: g.name,
      aliases: aliasesOf(g.code),
      formerNames: g.predecessors2017.map((p) => p.name).filter((n) => !names.has(n)),
    }));
  }
  return loadGemeenten2025().map((g) => ({ ...g, aliases: aliasesOf(g.code) }));
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const parsed = parseNewCaseArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(`new-case: ${parsed.error}`);
  process.exit(1);
}
const { options } = parsed;
if (options.help) {
  console.log(NEW_CASE_USAGE);
  process.exit(0);
}
if (!existsSync(options.dir)) {
  console.error(`new-case: folder ${options.dir} does not exist. Fix: run from the repository root or give --dir.`);
  process.exit(1);
}

const gemeenten = await loadGemeenten();
const existingSlugs = new Set(
  readdirSync(options.dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3)),
);
const plan = planNewCase(options, { gemeenten, existingSlugs, today: today() });
if (!plan.ok) {
  console.error('new-case: no file written.');
  for (const e of plan.errors) console.error(`- ${e}`);
  process.exit(1);
}

const path = join(options.dir, plan.fileName);
// 'wx' fails if the file appeared in the meantime: never overwrite a case.
writeFileSync(path, plan.markdown, { flag: 'wx' });
console.log(path);

const { problems } = validateCaseFiles([{ path, text: plan.markdown }], gemeenten);
console.log('\nStill to fill in before npm run validate:content passes:');
for (const p of problems) console.log(`- ${p.slice(path.length + 2)}`);
console.log(
  '- body: replace the placeholder below the frontmatter with the case in your own words (at least 200 characters).',
);

/**
 * Validate every practice case against the schema and the 2025 gemeente list.
 * Run: npm run validate:content  (also runs before every build).
 * Exits 1 with a list of problems, each naming the file, the field and the fix.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateCaseFiles } from '../src/lib/case-validation';
import { loadGemeenten2025 } from './lib/shared-data';

const dir = process.argv[2] ?? 'content/praktijkvoorbeelden';
const files = readdirSync(dir)
  .filter((f) => !f.startsWith('.'))
  .sort()
  .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

const nonMarkdown = files.filter((f) => !f.path.endsWith('.md'));
const { cases, problems } = validateCaseFiles(
  files.filter((f) => f.path.endsWith('.md')),
  loadGemeenten2025(),
);
for (const f of nonMarkdown) problems.push(`${f.path}: not a Markdown file. Fix: cases are .md files; move or rename it.`);

if (problems.length) {
  console.error(`Content check failed: ${problems.length} problem(s) in ${dir}\n`);
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
console.log(`Content check passed: ${cases.length} cases in ${dir}.`);

/**
 * Validate every practice case against the schema, the source registry and the 2025 gemeente list.
 * Run: npm run validate:content [folder]  (also runs before every build; CASES_DIR sets the folder too).
 * Exits 1 with a list of problems, each naming the file, the field and the fix.
 */
import { validateCaseFiles } from '../src/lib/case-validation';
import { readCaseFolder } from './lib/case-files';
import { loadGemeenten2025 } from './lib/shared-data';

const dir = process.argv[2] ?? process.env.CASES_DIR ?? 'content/praktijkvoorbeelden';
const { files, problems: folderProblems } = readCaseFolder(dir);
const { cases, problems } = validateCaseFiles(files, loadGemeenten2025());
problems.unshift(...folderProblems);

if (problems.length) {
  console.error(`Content check failed: ${problems.length} problem(s) in ${dir}\n`);
  for (const p of problems) console.error(`- ${p}`);
  process.exit(1);
}
console.log(`Content check passed: ${cases.length} cases in ${dir}.`);

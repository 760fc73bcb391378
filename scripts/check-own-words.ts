/**
 * Own-words report for curators: every content file that shares a 12-word run with a source text, or has a
 * sentence that is a near-copy of a sentence of a source it cites. Same code as the unit test.
 * Run: npm run check:own-words [files…]   (default: every file in content/). Exits 1 on any hit.
 */
import { checkOwnWords, describeHits } from './lib/own-words';
import { loadSourceTexts, readContentFiles } from './lib/source-texts';

const { texts, seedsDir, sourcesDir } = loadSourceTexts();
if (!texts.size) {
  console.log(`check-own-words: SKIPPED, no source texts in ${seedsDir} or ${sourcesDir}.`);
  process.exit(0);
}
const files = readContentFiles(process.argv.length > 2 ? process.argv.slice(2) : undefined);
const results = checkOwnWords(files, texts);
const lines = results.flatMap((r) => describeHits(r.file, r.copied, r.near));
for (const line of lines) console.log(line);
const runs = results.reduce((n, r) => n + r.copied.length, 0);
const near = results.reduce((n, r) => n + r.near.length, 0);
console.log(`own words: ${files.length} files, ${runs} shared 12-word runs, ${near} near-copies.`);
process.exit(runs + near ? 1 : 0);

/**
 * Content test (reads content/): no content file shares a 12-word run with any source text, and no sentence
 * of ≥ 10 words is ≥ 80 % similar to a sentence of a source it cites (scripts/lib/own-words.ts; the same
 * code runs as `npm run check:own-words`; its own tests are in tests/unit/own-words.test.ts). The source
 * texts are not in the repository: without ../shared/seeds and ../shared/sources (or SHARED_SEEDS_DIR /
 * SHARED_SOURCES_DIR) this check is skipped, visibly.
 */
import { describe, expect, it } from 'vitest';
import { checkOwnWords, describeHits } from '../../../scripts/lib/own-words';
import { loadSourceTexts, readContentFiles } from '../../../scripts/lib/source-texts';

const { texts, seedsDir, sourcesDir } = loadSourceTexts();
describe.skipIf(texts.size === 0)('content: own words', () => {
  const files = readContentFiles();

  it('every cited source text is present', () => {
    const missing = files.flatMap((f) => f.cited.filter((id) => !texts.has(id)).map((id) => `${f.path}: ${id}`));
    expect(missing).toEqual([]);
  });

  it(
    'no content file shares a 12-word run with a source or near-copies a sentence of a cited source',
    { timeout: 120_000 },
    () => {
      const hits = checkOwnWords(files, texts).flatMap((r) => describeHits(r.file, r.copied, r.near));
      expect(hits).toEqual([]);
    },
  );
});
if (texts.size === 0) {
  describe('content: own words', () => {
    it.skip(`SKIPPED: no source texts in ${seedsDir} or ${sourcesDir}. Put the shared folder beside the repo or set SHARED_SEEDS_DIR / SHARED_SOURCES_DIR.`, () => {});
  });
}

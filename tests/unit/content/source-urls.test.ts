/**
 * "Never invent a link": every URL a case cites stands verbatim in the source text it cites, or is that web
 * page's own address (from the registry). And the registry's web pages match the stored pages' headers.
 * The texts are not in the repository; without them (../shared, or SHARED_SEEDS_DIR / SHARED_SOURCES_DIR)
 * this test is skipped with a notice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../src/lib/cases/case-validation';
import { getSource, WEB_SOURCES } from '../../../src/lib/sources/sources';
import { parseWebSource } from '../../../src/lib/sources/source-header';
import { loadSourceTexts } from '../../../scripts/lib/source-texts';
import { sharedSourcesDir } from '../../../scripts/lib/shared-data';

const { texts, seedsDir, sourcesDir } = loadSourceTexts();
if (!texts.size) console.warn(`source-urls: SKIPPED, no source texts in ${seedsDir} or ${sourcesDir}.`);

describe.skipIf(texts.size === 0)('source URLs of the cases', () => {
  const dir = 'content/praktijkvoorbeelden';
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const read = readCaseFile(readFileSync(join(dir, f), 'utf8'));
      const data = (read.ok ? read.data : {}) as { sources?: { id: string; urls?: string[] }[] };
      return { file: f, sources: data.sources ?? [] };
    });

  it('every cited URL appears verbatim in the cited source text, or is the page itself', () => {
    const missing: string[] = [];
    for (const c of cases) {
      for (const s of c.sources) {
        const text = texts.get(s.id)?.text ?? '';
        const own = getSource(s.id).url;
        for (const url of s.urls ?? [])
          if (url !== own && !text.includes(url)) missing.push(`${c.file}: ${url} (not in ${s.id})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cites URLs at all (the check above is not vacuous)', () => {
    expect(cases.reduce((n, c) => n + c.sources.reduce((m, s) => m + (s.urls?.length ?? 0), 0), 0)).toBeGreaterThan(30);
  });

  it('the registry of web pages matches the stored pages (run npm run import:web-sources after changes)', () => {
    const stored = readdirSync(sharedSourcesDir())
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(WEB_SOURCES.map((w) => `${w.id}.txt`).sort()).toEqual(stored);
    for (const f of stored) {
      const { header } = parseWebSource(readFileSync(join(sharedSourcesDir(), f), 'utf8'), f);
      const entry = WEB_SOURCES.find((w) => w.id === header.id)!;
      expect({ url: entry.url, publisher: entry.publisher, date: entry.date }).toEqual({
        url: header.url,
        publisher: header.publisher,
        date: header.date,
      });
    }
  });
});

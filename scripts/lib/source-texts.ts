import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseWebSource } from '../../src/lib/sources/source-header';
import { sharedSeedsDir, sharedSourcesDir } from './shared-data';
import { readCaseFile } from '../../src/lib/cases/case-validation';
import { citedIds, type SourceText } from './own-words';

/**
 * The texts of the seed documents and stored web pages, by id (web pages without their header). They are
 * not in the repository; empty when ../shared (or SHARED_SEEDS_DIR / SHARED_SOURCES_DIR) is absent.
 */
export function loadSourceTexts(): { texts: Map<string, SourceText>; seedsDir: string; sourcesDir: string } {
  const texts = new Map<string, SourceText>();
  const seedsDir = sharedSeedsDir();
  const sourcesDir = sharedSourcesDir();
  for (const [dir, isWeb] of [
    [seedsDir, false],
    [sourcesDir, true],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .sort()) {
      const id = f.slice(0, -4);
      const raw = readFileSync(join(dir, f), 'utf8');
      texts.set(id, { id, text: isWeb ? parseWebSource(raw, f).text : raw });
    }
  }
  return { texts, seedsDir, sourcesDir };
}

/** The content files the own-words check reads (default: every case and type file), with the ids they cite. */
export function readContentFiles(
  paths: readonly string[] = ['content/praktijkvoorbeelden', 'content/typen'].flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(d, f)),
  ),
): { path: string; text: string; cited: string[] }[] {
  return paths.map((path) => {
    const text = readFileSync(path, 'utf8');
    const read = readCaseFile(text);
    return { path, text, cited: read.ok ? citedIds(read.data) : [] };
  });
}

/**
 * "Never invent a link": every URL a case cites must stand verbatim in the source document it cites.
 * Reads ../shared/seeds (or SHARED_SEEDS_DIR); skips with a message where the seeds are absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/case-validation';

const seedsDir = resolve(process.env.SHARED_SEEDS_DIR ?? '../shared/seeds');
const present = existsSync(seedsDir);
if (!present) console.warn(`source-urls: skipped, no source documents at ${seedsDir} (set SHARED_SEEDS_DIR).`);

describe.skipIf(!present)('source URLs of the cases', () => {
  const dir = 'content/praktijkvoorbeelden';
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const parts = splitFrontmatter(readFileSync(join(dir, f), 'utf8'))!;
      const data = parseYaml(parts.frontmatter) as { source: { seed: string; urls?: string[] } };
      return { file: f, seed: data.source.seed, urls: data.source.urls ?? [] };
    });

  it('every cited URL appears verbatim in the cited source document', () => {
    const seedText = new Map<string, string>();
    const missing: string[] = [];
    for (const c of cases) {
      if (!seedText.has(c.seed)) seedText.set(c.seed, readFileSync(join(seedsDir, `${c.seed}.txt`), 'utf8'));
      for (const url of c.urls) if (!seedText.get(c.seed)!.includes(url)) missing.push(`${c.file}: ${url}`);
    }
    expect(missing).toEqual([]);
  });

  it('cites URLs at all (the check above is not vacuous)', () => {
    expect(cases.reduce((n, c) => n + c.urls.length, 0)).toBeGreaterThan(30);
  });
});

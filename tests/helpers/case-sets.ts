/**
 * Load the real practice cases from content/ without astro:content, joined with gemeente records,
 * for unit tests and the search benchmark. Uses the generated gemeente data when it exists
 * (npm run prepare:data); otherwise names from the 2025 boundary file with a placeholder type.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { joinCases, type EnrichedCase, type GemeenteForCase } from '../../src/lib/cases/case-join';
import { validateCaseFiles } from '../../src/lib/cases/case-validation';
import { slugify } from '../../src/lib/site/text';
import { loadGemeenten2025 } from '../../scripts/lib/shared-data';

export const CASES_DIR = resolve('content/praktijkvoorbeelden');

export async function loadGemeentenForCases(): Promise<{ gemeenten: GemeenteForCase[]; generated: boolean }> {
  if (existsSync(resolve('src/generated/gemeenten.ts'))) {
    const mod = (await import('../../src/generated/gemeenten')) as { GEMEENTEN: GemeenteForCase[] };
    return { gemeenten: mod.GEMEENTEN, generated: true };
  }
  const gemeenten = loadGemeenten2025().map((g) => ({ ...g, slug: slugify(g.name), type: 'gemiddeld' as const }));
  return { gemeenten, generated: false };
}

export async function loadRealCases(): Promise<EnrichedCase[]> {
  const files = readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ path: join('content/praktijkvoorbeelden', f), text: readFileSync(join(CASES_DIR, f), 'utf8') }));
  const { gemeenten } = await loadGemeentenForCases();
  const { cases, problems } = validateCaseFiles(files, gemeenten);
  if (problems.length) throw new Error(`Invalid case files:\n${problems.join('\n')}`);
  return joinCases(cases, gemeenten);
}

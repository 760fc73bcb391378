/**
 * Load practice cases from a folder without astro:content, joined with gemeente records: the fixture set
 * (tests/fixtures/content, for tests of code behaviour) or the real content (for content tests and the
 * search benchmark). Uses the generated gemeente data when it exists (npm run prepare:data); otherwise
 * names from the 2025 boundary file with a placeholder type.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { joinCases, type EnrichedCase, type GemeenteForCase } from '../../src/lib/cases/case-join';
import { validateCaseFiles } from '../../src/lib/cases/case-validation';
import { slugify } from '../../src/lib/site/text';
import { readCaseFolder } from '../../scripts/lib/case-files';
import { loadGemeenten2025 } from '../../scripts/lib/shared-data';

export const CASES_DIR = 'content/praktijkvoorbeelden';
/** The small, invented case set the unit tests of code behaviour run on (see its README). */
export const FIXTURE_CASES_DIR = 'tests/fixtures/content/praktijkvoorbeelden';

export async function loadGemeentenForCases(): Promise<{ gemeenten: GemeenteForCase[]; generated: boolean }> {
  if (existsSync(resolve('src/generated/gemeenten.ts'))) {
    const mod = (await import('../../src/generated/gemeenten')) as { GEMEENTEN: GemeenteForCase[] };
    return { gemeenten: mod.GEMEENTEN, generated: true };
  }
  const gemeenten = loadGemeenten2025().map((g) => ({ ...g, slug: slugify(g.name), type: 'gemiddeld' as const }));
  return { gemeenten, generated: false };
}

/** The cases of a folder, validated as the build validates them; throws on any problem. */
export async function loadCases(dir: string): Promise<EnrichedCase[]> {
  const { files, problems: folderProblems } = readCaseFolder(dir);
  const { gemeenten } = await loadGemeentenForCases();
  const { cases, problems } = validateCaseFiles(files, gemeenten);
  const all = [...folderProblems, ...problems];
  if (all.length) throw new Error(`Invalid case files:\n${all.join('\n')}`);
  return joinCases(cases, gemeenten);
}

/** The fixture cases: for every test of code behaviour. */
export const loadFixtureCases = () => loadCases(FIXTURE_CASES_DIR);

/** The real cases in content/: only for tests whose subject is the content itself. */
export const loadRealCases = () => loadCases(CASES_DIR);

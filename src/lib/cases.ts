/**
 * Practice cases for pages: the `praktijkvoorbeelden` content collection joined with the generated
 * gemeente data (src/generated/gemeenten.ts, written by `npm run prepare:data`). The join itself is
 * pure and lives in ./case-join.ts.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { GEMEENTEN } from '../generated/gemeenten';
import { joinCases, type EnrichedCase } from './case-join';
import { buildCaseIndexes, type CaseIndexes } from './case-indexes';
import type { WrrTypeId } from './wrr-types';

export type { CaseGemeente, EnrichedCase } from './case-join';

let all: Promise<EnrichedCase[]> | undefined;

/** Every case, joined with its gemeenten, newest first. Computed once per build. */
export function getEnrichedCases(): Promise<EnrichedCase[]> {
  all ??= getCollection('praktijkvoorbeelden').then((entries) =>
    joinCases(
      entries.map((e) => ({ slug: e.id, data: e.data, body: e.body ?? '' })),
      GEMEENTEN,
    ),
  );
  return all;
}

let indexes: Promise<CaseIndexes<EnrichedCase>> | undefined;

/** Cases by slug, gemeente, type and theme, built once per build (src/lib/case-indexes.ts). */
export function getCaseIndexes(): Promise<CaseIndexes<EnrichedCase>> {
  indexes ??= getEnrichedCases().then((cases) => buildCaseIndexes(cases));
  return indexes;
}

export async function getCase(slug: string): Promise<EnrichedCase | undefined> {
  return (await getCaseIndexes()).bySlug.get(slug);
}

export async function getCasesForGemeente(code: string): Promise<readonly EnrichedCase[]> {
  return (await getCaseIndexes()).byGemeente.get(code) ?? [];
}

export async function getCasesForType(type: WrrTypeId): Promise<readonly EnrichedCase[]> {
  return (await getCaseIndexes()).byType.get(type) ?? [];
}

/** Rendered Markdown body of a case (use as `<Content />`). */
export async function renderCaseBody(slug: string) {
  const entry = await getEntry('praktijkvoorbeelden', slug);
  if (!entry) throw new Error(`No case "${slug}" in content/praktijkvoorbeelden.`);
  return render(entry);
}

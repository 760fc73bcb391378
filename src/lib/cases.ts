/**
 * Practice cases for pages: the `praktijkvoorbeelden` content collection joined with the generated
 * gemeente data (src/generated/gemeenten.ts, written by `npm run prepare:data`). The join itself is
 * pure and lives in ./case-join.ts.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { GEMEENTEN } from '../generated/gemeenten';
import { casesForGemeente, casesForType, joinCases, type EnrichedCase } from './case-join';
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

export async function getCase(slug: string): Promise<EnrichedCase | undefined> {
  return (await getEnrichedCases()).find((c) => c.slug === slug);
}

export async function getCasesForGemeente(code: string): Promise<EnrichedCase[]> {
  return casesForGemeente(await getEnrichedCases(), code);
}

export async function getCasesForType(type: WrrTypeId): Promise<EnrichedCase[]> {
  return casesForType(await getEnrichedCases(), type);
}

/** Rendered Markdown body of a case (use as `<Content />`). */
export async function renderCaseBody(slug: string) {
  const entry = await getEntry('praktijkvoorbeelden', slug);
  if (!entry) throw new Error(`No case "${slug}" in content/praktijkvoorbeelden.`);
  return render(entry);
}

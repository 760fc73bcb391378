/**
 * Practice cases for pages: the `praktijkvoorbeelden` content collection joined with the generated
 * gemeente data (src/generated/gemeenten.ts, written by `npm run prepare:data`). The join itself is
 * pure and lives in ./case-join.ts.
 */
import { createHash } from 'node:crypto';
import { getCollection, getEntry, render } from 'astro:content';
import { GEMEENTEN } from '../generated/gemeenten';
import { joinCases, type EnrichedCase } from '../lib/cases/case-join';
import { buildCaseIndexes, type CaseIndexes } from '../lib/cases/case-indexes';
import { buildSearchFiles, type BodyIndexFile, type CoreIndexFile } from '../lib/search/search-assets';
import { toSearchDoc } from '../lib/search/search-doc';
import { runSearch, type FacetCounts } from '../lib/search/search';
import { emptyState } from '../lib/search/search-state';
import { recordSearchNames } from '../lib/search/gemeente-aliases';
import { placeEntries } from '../lib/search/search-places';
import { gemeenteNames, headerSearchData, type HeaderSearchData } from '../lib/search/header-search';
import { routes } from '../lib/site/routes';

export type { CaseGemeente, EnrichedCase } from '../lib/cases/case-join';

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

/** Cases by slug, gemeente, type and theme, built once per build (src/lib/cases/case-indexes.ts). */
export function getCaseIndexes(): Promise<CaseIndexes<EnrichedCase>> {
  indexes ??= getEnrichedCases().then((cases) => buildCaseIndexes(cases));
  return indexes;
}

/** Rendered Markdown body of a case (use as `<Content />`). */
export async function renderCaseBody(slug: string) {
  const entry = await getEntry('praktijkvoorbeelden', slug);
  if (!entry) throw new Error(`No case "${slug}" in content/praktijkvoorbeelden.`);
  return render(entry);
}

/** Gemeente names as a card shows them ("Súdwest-Fryslân (Sneek)" when the source uses the old name). */
export function cardGemeenteNames(c: EnrichedCase): string {
  return c.gemeenten
    .map((g) => (g.historicalName && g.historicalName !== g.name ? `${g.name} (${g.historicalName})` : g.name))
    .join(', ');
}

export interface CaseListData {
  /** The search files (src/lib/search/search-assets.ts) with their site-relative URLs. */
  files: { url: string; json: string }[];
  coreUrl: string;
  bodyUrl: string;
  /** Facet counts over all cases (the list before any query or filter). */
  counts: FacetCounts;
  minYear: number;
  maxYear: number;
}

let listData: Promise<CaseListData> | undefined;

const hashOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 12);

/** Everything the case list pages and the search files need, computed once per build in one pass. */
export function getCaseListData(): Promise<CaseListData> {
  listData ??= getEnrichedCases().then((cases) => {
    const assetCases = cases.map((c) => ({
      doc: toSearchDoc(c),
      card: { title: c.data.title, gemeenten: cardGemeenteNames(c), year: c.data.year ?? null },
      summary: c.data.summary,
    }));
    // Every gemeente, not only those with cases: a query naming one still links to its page.
    const places = placeEntries(
      GEMEENTEN.map((g) => ({
        slug: g.slug,
        name: g.name,
        names: recordSearchNames(g),
      })),
    );
    const { core, body, chunks } = buildSearchFiles(
      assetCases,
      (k, json) => routes.searchFile(`kaarten-${k}-${hashOf(json)}`),
      places,
    );
    const coreJson = JSON.stringify(core satisfies CoreIndexFile);
    const bodyJson = JSON.stringify(body satisfies BodyIndexFile);
    const coreUrl = routes.searchFile(`kern-${hashOf(coreJson)}`);
    const bodyUrl = routes.searchFile(`tekst-${hashOf(bodyJson)}`);
    const years = cases.flatMap((c) => (c.data.year === undefined ? [] : [c.data.year]));
    // Facet counts need only the facet values: an index without postings.
    const counts = runSearch(
      { docs: assetCases.map((a) => a.doc), vocab: [], postings: new Map() },
      emptyState(),
    ).counts;
    return {
      files: [{ url: coreUrl, json: coreJson }, { url: bodyUrl, json: bodyJson }, ...chunks],
      coreUrl,
      bodyUrl,
      counts,
      minYear: years.reduce((a, b) => Math.min(a, b), Infinity),
      maxYear: years.reduce((a, b) => Math.max(a, b), -Infinity),
    };
  });
  return listData;
}

/** The header search's gemeenten (largest first) and the case words that begin a gemeente name. */
export async function getHeaderSearchData(): Promise<HeaderSearchData> {
  const cases = await getEnrichedCases();
  return headerSearchData(
    GEMEENTEN.map(gemeenteNames),
    cases.map((c) => {
      const d = toSearchDoc(c);
      return [d.title, d.summary, d.lessons, d.body, d.tags].join(' ');
    }),
  );
}

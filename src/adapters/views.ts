/**
 * Loads what each page needs (the content collections, the generated gemeenten and map) and hands it
 * to the page's pure view-model builder in src/lib/views. Pages call one of these and render the result.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { GEMEENTEN } from '../generated/gemeenten';
import { MAP } from '../generated/map';
import type { GemeenteRecord } from '../lib/data/gemeente-record';
import type { WrrTypeId } from '../lib/typology/wrr-types';
import { caseListPageView, caseListPageViews } from '../lib/views/case-list-page';
import { casePageView } from '../lib/views/case-page';
import { comparePageView } from '../lib/views/compare-page';
import { gemeenteBriefingView } from '../lib/views/gemeente-briefing';
import { gemeenteListView } from '../lib/views/gemeente-list-page';
import { gemeentePageView } from '../lib/views/gemeente-page';
import { homePageView } from '../lib/views/home-page';
import { gemeenteNames, openDataPageView } from '../lib/views/open-data-page';
import { submitPageView } from '../lib/views/submit-page';
import { typeIndexView } from '../lib/views/type-index-page';
import { typePageView } from '../lib/views/type-page';
import { getCaseIndexes, getEnrichedCases } from './cases';

export async function getHomeView() {
  return homePageView({ gemeenten: GEMEENTEN, cases: await getEnrichedCases(), map: MAP });
}

export async function getGemeenteListView() {
  return gemeenteListView(GEMEENTEN, await getEnrichedCases());
}

export async function getGemeentePageView(gemeente: GemeenteRecord) {
  return gemeentePageView({ gemeente, gemeenten: GEMEENTEN, indexes: await getCaseIndexes() });
}

export async function getGemeenteBriefingView(gemeente: GemeenteRecord) {
  const indexes = await getCaseIndexes();
  return gemeenteBriefingView({
    gemeente,
    gemeenten: GEMEENTEN,
    cases: indexes.all,
    ownCases: indexes.byGemeente.get(gemeente.code) ?? [],
  });
}

/** The descriptions of the nine types (content/typen). */
export function getTypeEntries(): Promise<CollectionEntry<'typen'>[]> {
  return getCollection('typen');
}

/** The view of a type page and its rendered description (use as `<Content />`). */
export async function getTypePageView(entry: CollectionEntry<'typen'>) {
  const view = typePageView({
    typeId: entry.data.id,
    examples: entry.data.examples,
    gemeenten: GEMEENTEN,
    indexes: await getCaseIndexes(),
    map: MAP,
  });
  const { Content } = await render(entry);
  return { ...view, Content };
}

export async function getTypeIndexView() {
  return typeIndexView(GEMEENTEN, await getCaseIndexes());
}

export async function getCompareView() {
  const examples = Object.fromEntries((await getTypeEntries()).map((e) => [e.data.id, e.data.examples])) as Partial<
    Record<WrrTypeId, CollectionEntry<'typen'>['data']['examples']>
  >;
  return comparePageView({ gemeenten: GEMEENTEN, indexes: await getCaseIndexes(), examples });
}

/** One view per case page. */
export async function getCasePageViews() {
  const indexes = await getCaseIndexes();
  return indexes.all.map((c) => casePageView(c, indexes));
}

export async function getCaseListFirstPage() {
  return caseListPageView(await getEnrichedCases(), 1);
}

export async function getCaseListLaterPages() {
  return caseListPageViews(await getEnrichedCases());
}

export async function getSubmitView() {
  return submitPageView({ gemeenten: GEMEENTEN, takenSlugs: (await getEnrichedCases()).map((c) => c.slug) });
}

export async function getOpenDataPageView() {
  return openDataPageView(GEMEENTEN, await getEnrichedCases());
}

export function getGemeenteNames() {
  return gemeenteNames(GEMEENTEN);
}

/**
 * Build-time half of the selection page: the display data of one case (SheetData, ./shortlist.ts),
 * with labels looked up here so the vocabularies never reach the browser. Pure.
 */
import { whenLabel, type EnrichedCase } from '../cases/case-join';
import { citedSources, sourceByline } from '../cases/case-sources';
import type { SheetData } from './shortlist-csv';
import { DOMAINS, INSTRUMENTS, THEMES, labelOf } from '../cases/taxonomy';
import { getWrrType } from '../typology/wrr-types';

export function toSheetData(c: EnrichedCase): SheetData {
  const d = c.data;
  return {
    slug: c.slug,
    url: c.url,
    title: d.title,
    gemeenten: c.gemeenten.map((g) => g.name),
    types: c.types.map((t) => ({ id: t, name: getWrrType(t).name })),
    when: whenLabel(d),
    summary: d.summary,
    themes: d.themes.map((t) => labelOf(THEMES, t)),
    domains: d.domains.map((x) => labelOf(DOMAINS, x)),
    instrument: labelOf(INSTRUMENTS, d.instrument),
    lessons: d.lessons,
    sources: citedSources(d).map(({ source, where, urls }) => ({
      title: source.title,
      ...(source.url ? { url: source.url } : {}),
      byline: sourceByline(source),
      ...(where ? { where } : {}),
      urls,
    })),
  };
}

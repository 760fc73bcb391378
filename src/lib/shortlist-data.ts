/**
 * Build-time half of the selection page: the display data of one case (SheetData, ./shortlist.ts),
 * with labels looked up here so the vocabularies never reach the browser. Pure.
 */
import type { EnrichedCase } from './case-join';
import type { Seed } from './seeds';
import type { SheetData } from './shortlist-csv';
import { DOMAINS, INSTRUMENTS, THEMES, labelOf } from './taxonomy';
import { getWrrType } from './wrr-types';

export function toSheetData(c: EnrichedCase, seed: Pick<Seed, 'title' | 'url' | 'publisher' | 'yearLabel'>): SheetData {
  const d = c.data;
  return {
    slug: c.slug,
    url: c.url,
    title: d.title,
    gemeenten: c.gemeenten.map((g) => g.name),
    types: c.types.map((t) => ({ id: t, name: getWrrType(t).name })),
    when: d.period ? `${d.year} (${d.period})` : String(d.year),
    summary: d.summary,
    themes: d.themes.map((t) => labelOf(THEMES, t)),
    domains: d.domains.map((x) => labelOf(DOMAINS, x)),
    instrument: labelOf(INSTRUMENTS, d.instrument),
    lessons: d.lessons,
    source: {
      title: seed.title,
      ...(seed.url ? { url: seed.url } : {}),
      publisher: seed.publisher,
      yearLabel: seed.yearLabel,
      section: d.source.pages ? `${d.source.section}, p. ${d.source.pages}` : d.source.section,
      urls: d.source.urls,
    },
  };
}

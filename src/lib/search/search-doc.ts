/**
 * The search document of a practice case: the case's searchable text, normalised (lowercase, no
 * diacritics) at build time, plus the facet values the filters use. The list page embeds these
 * documents as JSON; the browser builds the search index from them (see docs/adr/0006-case-search-index.md).
 */
import { sourceFacetValues } from '../cases/case-facets';
import type { EnrichedCase } from '../cases/case-join';
import { searchNamesOf } from './gemeente-aliases';
import { DOMAINS, INSTRUMENTS, THEMES, labelOf } from '../cases/taxonomy';
import { placeToken } from './search-places';
import { normalizeText } from '../site/text';
import type { SearchDoc } from './search-index';

export { TEXT_FIELDS, type SearchDoc, type TextField } from './search-index';

/** Markdown to plain text: drop markup, keep link texts and words. Good enough for search, not for display. */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<https?:[^>]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function toSearchDoc(c: EnrichedCase): SearchDoc {
  const names = c.gemeenten.flatMap((g) =>
    searchNamesOf({
      code: g.code,
      name: g.name,
      formerNames: [...(g.historicalName ? [g.historicalName] : []), ...g.formerNames],
    }),
  );
  const d = c.data;
  const tags = [
    ...d.themes.map((t) => labelOf(THEMES, t)),
    ...d.domains.map((t) => labelOf(DOMAINS, t)),
    labelOf(INSTRUMENTS, d.instrument),
  ];
  return {
    slug: c.slug,
    title: normalizeText(d.title),
    // The place token lets a gemeente named in a query keep only its cases (search-places.ts).
    gemeenten: [normalizeText(names.join(' · ')), ...c.gemeenten.map((g) => placeToken(g.slug))].join(' · '),
    summary: normalizeText(d.summary),
    lessons: normalizeText(d.lessons.join(' ')),
    body: normalizeText(markdownToPlainText(c.body)),
    people: normalizeText(d.people.map((p) => `${p.name} (${p.role})`).join(' · ')),
    tags: normalizeText(tags.join(' · ')),
    types: c.types,
    themes: d.themes,
    domains: d.domains,
    instrument: d.instrument,
    year: d.year ?? null,
    bron: sourceFacetValues(d.sources),
  };
}

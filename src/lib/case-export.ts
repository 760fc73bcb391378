/**
 * Open-data export of the practice cases (/data/praktijkvoorbeelden.json and .csv). One record per
 * case with ids, not labels, so the data stays stable when wording changes. Pure.
 */
import type { EnrichedCase } from './case-join';
import { toCsv } from './csv';

export interface CaseExportRecord {
  slug: string;
  title: string;
  /** CBS codes (2025 division). */
  gemeenten: string[];
  /** WRR type ids of those gemeenten as the atlas gives them. */
  types: string[];
  /** WRR type id the source presents the case under, or null. */
  typeInSource: string | null;
  themes: string[];
  domains: string[];
  instrument: string;
  year: number;
  source: { seed: string; section: string; urls: string[] };
  /** Absolute URL of the case page. */
  url: string;
}

export function toExportRecord(c: EnrichedCase, origin: string): CaseExportRecord {
  return {
    slug: c.slug,
    title: c.data.title,
    gemeenten: c.gemeenten.map((g) => g.code),
    types: c.types,
    typeInSource: c.data.typeInSource ?? null,
    themes: c.data.themes,
    domains: c.data.domains,
    instrument: c.data.instrument,
    year: c.data.year,
    source: { seed: c.data.source.seed, section: c.data.source.section, urls: c.data.source.urls },
    url: new URL(c.url, origin).href,
  };
}

/** Records sorted by slug, so the files diff cleanly between builds. */
export function exportRecords(cases: readonly EnrichedCase[], origin: string): CaseExportRecord[] {
  return cases.map((c) => toExportRecord(c, origin)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

export const CSV_COLUMNS = [
  'slug',
  'title',
  'gemeenten',
  'types',
  'typeInSource',
  'themes',
  'domains',
  'instrument',
  'year',
  'source_seed',
  'source_section',
  'source_urls',
  'url',
] as const;

/** List values inside one CSV cell are separated by "; " (ids and URLs contain no semicolons). */
const LIST = '; ';

export function recordsToCsv(records: readonly CaseExportRecord[]): string {
  return toCsv(
    CSV_COLUMNS,
    records.map((r) => [
      r.slug,
      r.title,
      r.gemeenten.join(LIST),
      r.types.join(LIST),
      r.typeInSource ?? '',
      r.themes.join(LIST),
      r.domains.join(LIST),
      r.instrument,
      r.year,
      r.source.seed,
      r.source.section,
      r.source.urls.join(LIST),
      r.url,
    ]),
  );
}

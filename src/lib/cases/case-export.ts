/**
 * Open-data export of the practice cases (/data/praktijkvoorbeelden.json and .csv). One record per
 * case with ids, not labels, so the data stays stable when wording changes. Pure.
 */
import type { EnrichedCase } from './case-join';
import { citedSources } from './case-sources';
import { CSV_BOM, toCsv } from '../open-data/csv';

export interface CaseExportRecord {
  slug: string;
  title: string;
  /** CBS codes (2025 division) of the gemeenten whose practice it is. */
  gemeenten: string[];
  /** CBS codes of gemeenten that only took part. */
  participants: string[];
  /** WRR type ids of those gemeenten as the atlas gives them. */
  types: string[];
  /** WRR type id the source presents the case under, or null. */
  typeInSource: string | null;
  themes: string[];
  domains: string[];
  instrument: string;
  /** null when the source gives no date. */
  year: number | null;
  /** Cited sources: registry id, kind, title, the page or document URL (or null), the part cited and the links it gives. */
  sources: {
    id: string;
    kind: 'seed' | 'web';
    title: string;
    url: string | null;
    section: string | null;
    urls: string[];
  }[];
  /** Status as the source gives it, and the date of that source (YYYY or YYYY-MM). */
  status: string | null;
  statusAsOf: string | null;
  /** URL of the case page: absolute when the site URL is configured, else site-relative. */
  url: string;
}

/** `origin` null (no SITE_URL): the record's url is site-relative. */
export function toExportRecord(c: EnrichedCase, origin: string | null): CaseExportRecord {
  return {
    slug: c.slug,
    title: c.data.title,
    gemeenten: c.gemeenten.map((g) => g.code),
    participants: c.participants.map((g) => g.code),
    types: c.types,
    typeInSource: c.data.typeInSource ?? null,
    themes: c.data.themes,
    domains: c.data.domains,
    instrument: c.data.instrument,
    year: c.data.year ?? null,
    sources: citedSources(c.data).map(({ source, where, urls }) => ({
      id: source.id,
      kind: source.kind,
      title: source.title,
      url: source.url ?? null,
      section: where ?? null,
      urls,
    })),
    status: c.data.status ?? null,
    statusAsOf: c.data.statusAsOf ?? null,
    url: origin ? new URL(c.url, origin).href : c.url,
  };
}

/** Records sorted by slug, so the files diff cleanly between builds. */
export function exportRecords(cases: readonly EnrichedCase[], origin: string | null): CaseExportRecord[] {
  return cases.map((c) => toExportRecord(c, origin)).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

export const CSV_COLUMNS = [
  'slug',
  'title',
  'gemeenten',
  'participants',
  'types',
  'typeInSource',
  'themes',
  'domains',
  'instrument',
  'year',
  'source_ids',
  'source_sections',
  'source_urls',
  'status',
  'statusAsOf',
  'url',
] as const;

/** List values inside one CSV cell are separated by "; " (ids and URLs contain no semicolons). */
const LIST = '; ';

/** RFC 4180 CSV with a UTF-8 byte-order mark, so that Excel reads the accents (see openDataCsv). */
export function recordsToCsv(records: readonly CaseExportRecord[]): string {
  return (
    CSV_BOM +
    toCsv(
      CSV_COLUMNS,
      records.map((r) => [
        r.slug,
        r.title,
        r.gemeenten.join(LIST),
        r.participants.join(LIST),
        r.types.join(LIST),
        r.typeInSource ?? '',
        r.themes.join(LIST),
        r.domains.join(LIST),
        r.instrument,
        r.year ?? '',
        r.sources.map((s) => s.id).join(LIST),
        r.sources.map((s) => s.section ?? '').join(LIST),
        r.sources.flatMap((s) => [...(s.url ? [s.url] : []), ...s.urls]).join(LIST),
        r.status ?? '',
        r.statusAsOf ?? '',
        r.url,
      ]),
    )
  );
}

/**
 * The selection page's data of one case (SheetData) and the CSV of a selection. Pure. Kept apart
 * from ./shortlist.ts, which every page loads, because only /selectie/ needs this.
 */
import { CSV_BOM, toCsv } from '../open-data/csv';

/**
 * What the selection page shows of one case, and what its CSV holds: labels, not ids (people read
 * both; the open data in ./case-export.ts keeps ids). Prepared at build time by toSheetData
 * (./shortlist-data.ts) and embedded in /selectie/ as JSON.
 */
export interface SheetData {
  slug: string;
  /** Site-relative URL of the case page. */
  url: string;
  title: string;
  gemeenten: string[];
  /** WRR type ids (for the badge colour) and names. */
  types: { id: string; name: string }[];
  /** "2019" or "2019 (2019–2024)". */
  when: string;
  summary: string;
  themes: string[];
  domains: string[];
  instrument: string;
  lessons: string[];
  sources: {
    title: string;
    /** Address of the document or web page itself, where known. */
    url?: string;
    /** Publisher and date: "Gemeente Maastricht, 2017". */
    byline: string;
    /** Section, with pages where known. */
    where?: string;
    /** Links the source gives for the practice. */
    urls: string[];
  }[];
}

export const SELECTION_CSV_COLUMNS = [
  'titel',
  'gemeenten',
  'wrr_typen',
  'jaar',
  'themas',
  'integratiedomeinen',
  'instrument',
  'samenvatting',
  'lessen',
  'bron',
  'bron_onderdeel',
  'bron_links',
  'url',
  'slug',
] as const;

/** List values inside one cell; lessons are sentences and get a line each. */
const LIST = '; ';

export function sheetCsvRow(s: SheetData, origin: string): string[] {
  return [
    s.title,
    s.gemeenten.join(LIST),
    s.types.map((t) => t.name).join(LIST),
    s.when,
    s.themes.join(LIST),
    s.domains.join(LIST),
    s.instrument,
    s.summary,
    s.lessons.join('\n'),
    s.sources.map((x) => `${x.title} (${x.byline})`).join(LIST),
    s.sources.map((x) => x.where ?? '').join(LIST),
    s.sources.flatMap((x) => [...(x.url ? [x.url] : []), ...x.urls]).join(LIST),
    new URL(s.url, origin).href,
    s.slug,
  ];
}

/** CSV of the given cases in the given order (RFC 4180 via ./csv.ts), with a BOM so spreadsheets read UTF-8 (ë, é, ‘ ’). */
export function selectionCsv(sheets: readonly SheetData[], origin: string): string {
  return `${CSV_BOM}${toCsv(
    SELECTION_CSV_COLUMNS,
    sheets.map((s) => sheetCsvRow(s, origin)),
  )}`;
}

/** Only http(s) addresses become links; anything else in content is shown as text. */
export function isWebUrl(value: string | undefined): value is string {
  return !!value && /^https?:\/\/[^\s]+$/i.test(value);
}

/** File name for the download, with the local date: praktijkatlas-selectie-2026-11-23.csv */
export function csvFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `praktijkatlas-selectie-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

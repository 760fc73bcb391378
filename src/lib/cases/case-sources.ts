/**
 * What a case page, the print sheet and the open data show of a case's sources: the registry entry
 * (title, publisher, date, link) with the part of it the case cites. Pure.
 */
import type { CaseData } from './case-schema';
import { formatSourceDate, getSource, type Source } from '../sources/sources';

export interface CitedSource {
  source: Source;
  /** Section, heading or part of the page the case rests on, with pages when given. */
  where?: string;
  /** Original URLs the source gives for the practice (the web page's own URL is source.url). */
  urls: string[];
}

export function citedSources(data: Pick<CaseData, 'sources'>): CitedSource[] {
  return data.sources.map((s) => ({
    source: getSource(s.id),
    ...(s.section ? { where: s.pages ? `${s.section}, p. ${s.pages}` : s.section } : {}),
    urls: s.urls,
  }));
}

/** "Gemeente Maastricht, 2017" / "Omroep Brabant, 14 februari 2025": publisher and date for one line. */
export function sourceByline(source: Source): string {
  return `${source.publisher}, ${source.dateLabel}`;
}

/**
 * The status with its date: "loopt (stand mei 2024 volgens de bron)". Null without a status. A status
 * without a date cannot pass the schema, so every status shown is dated.
 */
export function statusLabel(data: Pick<CaseData, 'status' | 'statusAsOf'>): string | null {
  if (!data.status) return null;
  return data.statusAsOf ? `${data.status} (stand ${formatSourceDate(data.statusAsOf)} volgens de bron)` : data.status;
}

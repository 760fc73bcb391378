/** /praktijkvoorbeelden/ and /praktijkvoorbeelden/pagina/<n>/: one page of the case list. Pure. */
import type { EnrichedCase } from '../cases/case-join';
import { pageCount, pageSlice } from '../cases/pagination';

export interface CaseListPageView {
  /** The cases of this page. */
  cases: EnrichedCase[];
  total: number;
  page: number;
  pages: number;
}

export function caseListPageView(cases: readonly EnrichedCase[], page: number): CaseListPageView {
  return { cases: pageSlice(cases, page), total: cases.length, page, pages: pageCount(cases.length) };
}

/** Pages 2 … n (page 1 is /praktijkvoorbeelden/ itself). */
export function caseListPageViews(cases: readonly EnrichedCase[]): CaseListPageView[] {
  return Array.from({ length: pageCount(cases.length) - 1 }, (_, i) => caseListPageView(cases, i + 2));
}

/**
 * What the case list page (src/components/CaseSearch.astro) hands to <case-search>
 * (src/components/case-search.ts): where the index files are, and the labels and allowed values of the
 * filters. The index itself is fetched, not embedded (./search-assets.ts).
 */
import { ALLOWED_VALUES, FACET_LABELS } from '../cases/case-facets';
import { THEMES } from '../cases/taxonomy';
import { WRR_TYPES } from '../typology/wrr-types';
import type { AllowedValues, FacetKey } from './search-state';

export interface CaseSearchPayload {
  /** URL of the core index file (CoreIndexFile). */
  core: string;
  /** URL of the body index file (BodyIndexFile). */
  body: string;
  /** Number of cases. */
  total: number;
  allowed: AllowedValues;
  facetLabels: Record<FacetKey, string>;
  /** Short type names and theme labels by id, for the badges and themes of the result cards. */
  typeNames: Record<string, string>;
  themeNames: Record<string, string>;
}

export function caseSearchPayload(files: { coreUrl: string; bodyUrl: string }, total: number): CaseSearchPayload {
  return {
    core: files.coreUrl,
    body: files.bodyUrl,
    total,
    allowed: ALLOWED_VALUES,
    facetLabels: FACET_LABELS,
    typeNames: Object.fromEntries(WRR_TYPES.map((t) => [t.id, t.shortName])),
    themeNames: Object.fromEntries(THEMES.map((t) => [t.id, t.label])),
  };
}

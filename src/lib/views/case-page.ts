/** /praktijkvoorbeelden/<slug>/: one case with its related cases and the facts its page states. Pure. */
import { relatedViaIndexes, type CaseIndexes } from '../cases/case-indexes';
import { typeMismatches, whenLabel, type CaseGemeente, type EnrichedCase } from '../cases/case-join';
import { citedSources, statusLabel } from '../cases/case-sources';
import { getWrrType, type WrrType } from '../typology/wrr-types';

/** Related cases shown under a case. */
const RELATED = 3;

export interface CasePageView {
  case: EnrichedCase;
  related: EnrichedCase[];
  cited: ReturnType<typeof citedSources>;
  status: ReturnType<typeof statusLabel>;
  /** The type the source presents the case under, if any. */
  sourceType: WrrType | null;
  /** Gemeenten the atlas gives another type than the source presents the case under. */
  mismatches: CaseGemeente[];
  when: string;
}

export function casePageView(c: EnrichedCase, indexes: CaseIndexes<EnrichedCase>): CasePageView {
  return {
    case: c,
    related: relatedViaIndexes(c, indexes, RELATED),
    cited: citedSources(c.data),
    status: statusLabel(c.data),
    sourceType: c.data.typeInSource ? getWrrType(c.data.typeInSource) : null,
    mismatches: typeMismatches(c),
    when: whenLabel(c.data),
  };
}

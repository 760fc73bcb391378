/** /typen/: the nine WRR types with their figures and case counts. Pure. */
import type { CaseIndexes } from '../cases/case-indexes';
import type { EnrichedCase } from '../cases/case-join';
import type { GemeenteRecord } from '../data/gemeente-record';
import { summarizeType, type TypeSummary } from '../typology/type-stats';
import { WRR_TYPES, type WrrType } from '../typology/wrr-types';

export interface TypeIndexRow {
  type: WrrType;
  summary: TypeSummary;
  caseCount: number;
}

export function typeIndexView(
  gemeenten: readonly GemeenteRecord[],
  indexes: CaseIndexes<EnrichedCase>,
): { rows: TypeIndexRow[] } {
  return {
    rows: WRR_TYPES.map((t) => ({
      type: t,
      summary: summarizeType(gemeenten, t.id),
      caseCount: indexes.byType.get(t.id)?.length ?? 0,
    })),
  };
}

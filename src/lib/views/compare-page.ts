/**
 * /vergelijk/: a column per WRR type (figures, source examples, themes, cases) and the type × theme and
 * type × domain matrices. Pure.
 */
import type { CaseIndexes } from '../cases/case-indexes';
import type { EnrichedCase } from '../cases/case-join';
import { DOMAINS, THEMES } from '../cases/taxonomy';
import {
  buildCaseMatrix,
  countsForType,
  type CaseMatrix,
  type MatrixAxisItem,
  type MatrixCell,
} from '../compare/matrix';
import type { GemeenteRecord } from '../data/gemeente-record';
import type { TypeContentData } from '../typology/type-content-schema';
import { largestGroups, summarizeType, type TypeSummary } from '../typology/type-stats';
import { WRR_TYPES, type WrrType, type WrrTypeId } from '../typology/wrr-types';

export interface CompareColumnView {
  type: WrrType;
  summary: TypeSummary;
  cases: readonly EnrichedCase[];
  themes: (MatrixAxisItem & MatrixCell)[];
  examples: { name: string; slug: string; note?: string }[];
}

export interface ComparePageView {
  columns: CompareColumnView[];
  /** One axis for all composition charts, so bars compare across columns. */
  chartMax: number;
  themeMatrix: CaseMatrix;
  domainMatrix: CaseMatrix;
}

export function comparePageView(input: {
  gemeenten: readonly GemeenteRecord[];
  indexes: CaseIndexes<EnrichedCase>;
  /** The examples the source names per type (content/typen). */
  examples: Partial<Record<WrrTypeId, TypeContentData['examples']>>;
}): ComparePageView {
  const { gemeenten, indexes } = input;
  const cases = indexes.all;
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  const typeAxis = WRR_TYPES.map((t) => ({ id: t.id, label: t.shortName }));
  const themeAxis = THEMES.map((t) => ({ id: t.id, label: t.label }));
  const domainAxis = DOMAINS.map((d) => ({ id: d.id, label: d.label }));
  const columns = WRR_TYPES.map((type) => {
    const examples = (input.examples[type.id] ?? []).flatMap((e) => {
      const g = byCode.get(e.code);
      if (!g) return [];
      const note =
        g.name !== e.name ? `genoemd als ${e.name}` : e.historicalName ? `toen ${e.historicalName}` : undefined;
      return [{ name: g.name, slug: g.slug, ...(note ? { note } : {}) }];
    });
    return {
      type,
      summary: summarizeType(gemeenten, type.id),
      cases: indexes.byType.get(type.id) ?? [],
      themes: countsForType(cases, 'thema', themeAxis, type.id),
      examples,
    };
  });
  return {
    columns,
    chartMax: Math.max(...columns.flatMap((c) => largestGroups(c.summary.meanShares, 1).map((g) => g.share))),
    themeMatrix: buildCaseMatrix(cases, 'thema', themeAxis, typeAxis),
    domainMatrix: buildCaseMatrix(cases, 'domein', domainAxis, typeAxis),
  };
}

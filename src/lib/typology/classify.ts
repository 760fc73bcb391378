/**
 * The derived WRR type of a gemeente, with the words for its page: a thin facade over the measures
 * (measures.ts), the rule table (rule-table.ts), the engine (engine.ts) and the wording
 * (rule-wording.ts). Why each rule and threshold: docs/adr/0003-derived-typology.md and 0009.
 */
import { evaluate, type Confidence } from './engine';
import { computeMeasures, type ClassifierInput, type MeasureId } from './measures';
import { DEFAULT_THRESHOLDS, fitOf, type Fit, type RuleId, type Thresholds } from './rule-table';
import { ruleFigures, ruleSentence, type Figure } from './rule-wording';
import type { WrrTypeId } from './wrr-types';

export interface Classification {
  type: WrrTypeId;
  rule: RuleId;
  /** Plain Dutch sentence naming the rule and the figures behind it. */
  ruleText: string;
  /** The figures of the deciding rule's conditions, then the general figures. */
  figures: Figure[];
  /** Relative distance to the nearest threshold that would change the type (see engine.ts, Evaluation). */
  margin: number;
  /** The threshold behind `margin`, as "rule id / measure". */
  nearestThreshold: { rule: RuleId; measure: MeasureId } | null;
  confidence: Confidence;
  fit: Fit;
}

export function classify(input: ClassifierInput, thresholds: Thresholds = DEFAULT_THRESHOLDS): Classification {
  const m = computeMeasures(input);
  const { deciding, margin, nearestThreshold, confidence } = evaluate(m, thresholds);
  const { rule } = deciding;
  return {
    type: rule.type,
    rule: rule.id,
    ruleText: ruleSentence(rule, m),
    figures: ruleFigures(rule, m),
    margin,
    nearestThreshold,
    confidence,
    fit: fitOf(rule.id),
  };
}

/**
 * The rule engine: evaluates the rule table (rule-table.ts) against a gemeente's measures
 * (measures.ts). The first rule whose conditions all hold decides; the result names that rule, every
 * condition checked with its value, and how close the figures are to a threshold that would change
 * the type. Thresholds are a parameter, so the stability check (stability.ts) and the out-of-sample
 * validation (validation.ts) evaluate the same table with varied thresholds. No words: those are in
 * rule-wording.ts.
 */
import type { MeasureId, Measures } from './measures';
import {
  DEFAULT_THRESHOLDS,
  RULES,
  withThresholds,
  type Condition,
  type Op,
  type Rule,
  type RuleId,
  type Thresholds,
} from './rule-table';
import type { WrrTypeId } from './wrr-types';

/**
 * Shares are computed (e.g. 1 − Dutch share), so a value that is exactly at a threshold in persons
 * can land a rounding error away from it. Values within EPSILON of a threshold count as equal to it.
 */
export const EPSILON = 1e-9;

export function holds(rawValue: number, op: Op, threshold: number): boolean {
  const value = Math.abs(rawValue - threshold) < EPSILON ? threshold : rawValue;
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case 'is':
      return value === threshold;
  }
}

function relativeDistance(value: number, threshold: number): number {
  return Math.abs(value - threshold) / Math.abs(threshold);
}

export interface ConditionCheck {
  condition: Condition;
  value: number;
  holds: boolean;
  /** Relative distance |value − threshold| / threshold; Infinity for yes/no conditions. */
  distance: number;
}

export interface RuleCheck {
  rule: Rule;
  holds: boolean;
  conditions: ConditionCheck[];
  /**
   * How far the rule is from holding: 0 when it holds; otherwise the largest relative distance
   * among its failing conditions (all of them must flip); Infinity when a yes/no condition fails.
   */
  distance: number;
}

/** Every rule checked against the measures, in evaluation order. */
export function checkRules(m: Measures, thresholds: Thresholds = DEFAULT_THRESHOLDS): RuleCheck[] {
  const rules = thresholds === DEFAULT_THRESHOLDS ? RULES : withThresholds(RULES, thresholds);
  return rules.map((rule) => {
    const conditions = rule.conditions.map((c) => {
      const value = m[c.measure];
      return {
        condition: c,
        value,
        holds: holds(value, c.op, c.threshold),
        distance: c.op === 'is' ? Infinity : relativeDistance(value, c.threshold),
      };
    });
    const failing = conditions.filter((c) => !c.holds);
    const distance = failing.length === 0 ? 0 : Math.max(...failing.map((c) => c.distance));
    return { rule, holds: failing.length === 0, conditions, distance };
  });
}

/**
 * The deciding rule's index, fast: no checks kept, no margins. For the stability check and the
 * validation, which classify every gemeente thousands of times with other thresholds.
 */
export function decideRule(m: Measures, thresholds: Thresholds = DEFAULT_THRESHOLDS): number {
  for (let r = 0; r < RULES.length; r++) {
    const conditions = RULES[r]!.conditions;
    const values = thresholds[r]!;
    let all = true;
    for (let i = 0; i < conditions.length && all; i++) {
      const c = conditions[i]!;
      all = holds(m[c.measure], c.op, values[i]!);
    }
    if (all) return r;
  }
  throw new Error('RULES must end with a rule without conditions');
}

/**
 * A result is "krap" when a figure lies within this relative distance of a threshold that would
 * change the type (10% of the threshold value, e.g. 2,5% Polish ± 0,25 procentpunt).
 */
export const TIGHT_MARGIN = 0.1;

export type Confidence = 'ruim' | 'krap';

export interface Evaluation {
  /** The deciding rule (with the thresholds used) and its condition checks. */
  deciding: RuleCheck;
  /**
   * Relative distance to the nearest threshold that would change the type: |value − threshold| /
   * threshold, e.g. 0.2 = the figure lies 20% of the threshold value away from it. Covers the
   * deciding rule's own conditions and the failed conditions of every earlier rule. Yes/no
   * conditions never count. Infinity when no numeric threshold is involved.
   */
  margin: number;
  /** The threshold behind `margin`, as "rule id / measure". */
  nearestThreshold: { rule: RuleId; measure: MeasureId } | null;
  confidence: Confidence;
}

/** The deciding rule, the conditions it checked, and the margin to the nearest threshold that matters. */
export function evaluate(m: Measures, thresholds: Thresholds = DEFAULT_THRESHOLDS): Evaluation {
  let margin = Infinity;
  let nearest: Evaluation['nearestThreshold'] = null;
  for (const check of checkRules(m, thresholds)) {
    const { rule } = check;
    if (check.holds) {
      // The deciding rule stops holding when any one of its own conditions flips.
      for (const c of check.conditions) {
        if (c.distance < margin) {
          margin = c.distance;
          nearest = { rule: rule.id, measure: c.condition.measure };
        }
      }
      return {
        deciding: check,
        margin,
        nearestThreshold: nearest,
        confidence: margin < TIGHT_MARGIN ? 'krap' : 'ruim',
      };
    }
    // An earlier rule that failed takes over when all its failing conditions flip; a failed yes/no
    // condition cannot flip through a small change in the figures (distance Infinity).
    if (check.distance < margin) {
      margin = check.distance;
      const worst = check.conditions.filter((c) => !c.holds).reduce((a, b) => (b.distance > a.distance ? b : a));
      nearest = { rule: rule.id, measure: worst.condition.measure };
    }
  }
  throw new Error('RULES must end with a rule without conditions');
}

/**
 * For every type: how far the figures are from the rule of that type deciding (0 = it decides).
 * A later rule can only decide when every earlier rule fails, so the distance is the larger of the
 * rule's own distance and the distance for the currently deciding rule to stop holding.
 * Used to choose between conflicting named types (e.g. two merged predecessors named differently).
 */
export function typeDistances(m: Measures): Record<WrrTypeId, number> {
  const checks = checkRules(m);
  const decidingIndex = checks.findIndex((c) => c.holds);
  const deciding = checks[decidingIndex]!;
  const stopHolding = Math.min(...deciding.conditions.map((c) => c.distance));
  return perType((type) => {
    const i = deciding.rule.type === type ? decidingIndex : checks.findIndex((c) => c.rule.type === type);
    const own = checks[i]!.distance;
    return i === decidingIndex ? 0 : i < decidingIndex ? own : Math.max(own, stopHolding);
  });
}

/** A complete record over the nine types (no partial objects, no casts). */
export function perType<T>(f: (type: WrrTypeId) => T): Record<WrrTypeId, T> {
  return {
    'meerderheid-minderheden': f('meerderheid-minderheden'),
    voorstad: f('voorstad'),
    grootstedelijk: f('grootstedelijk'),
    'specifieke-minderheidsgroep': f('specifieke-minderheidsgroep'),
    expat: f('expat'),
    tuinbouw: f('tuinbouw'),
    grens: f('grens'),
    homogeen: f('homogeen'),
    gemiddeld: f('gemiddeld'),
  };
}

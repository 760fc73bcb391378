/**
 * How often does the method get a gemeente right that it has not seen? Two out-of-sample checks
 * against the gemeenten the source names as examples of a type (the only ground truth we have).
 *
 * 1. Leave-one-out over the rules. The thresholds were checked against the named examples, so the
 *    in-sample agreement flatters the rules. Here every named gemeente is held out in turn; the
 *    thresholds are re-tuned on the other examples with a fixed, automatic procedure (coordinate
 *    search over a grid of multiples of the published value, taking the middle of the best-scoring
 *    run, see tune), and the held-out gemeente is classified with them.
 *    The rule order and the grid stay fixed: those were chosen by hand and cannot be refitted.
 * 2. A second, independent method: nearest centroid over the 18 shares (square roots, as in the
 *    Hellinger distance), log population and bordering the big three, each standardised over all
 *    gemeenten. Trained on the named examples only; leave-one-out on those, and its agreement with
 *    the rules over all gemeenten.
 * Pure; scripts/lib/dataset.ts feeds it the real data and tests/unit/typology-validation.test.ts
 * recomputes it. Method and reasons: docs/adr/0009-validation-and-stability.md.
 */
import { decideRule } from './engine';
import type { Measures } from './measures';
import { DEFAULT_THRESHOLDS, RULES, type Thresholds } from './rule-table';
import { GROUP_IDS, type GroupValues } from '../data/migration-groups';
import { spreadOf, DEFINITION_SPREAD } from './stability';
import { WRR_TYPE_IDS, type WrrTypeId } from './wrr-types';

/** Multiples of the published value the re-tuning may choose from. */
export const GRID = [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6] as const;
/** Coordinate passes over all thresholds (stops earlier when a pass changes nothing). */
export const MAX_PASSES = 3;

export interface Example {
  code: string;
  name: string;
  /** Types the source names this gemeente as an example of (more than one for some merged gemeenten). */
  namedTypes: readonly WrrTypeId[];
  measures: Measures;
}

export interface Agreement {
  agree: number;
  total: number;
  share: number;
}

export interface TypeAgreement extends Agreement {
  type: WrrTypeId;
}

const agreement = (agree: number, total: number): Agreement => ({ agree, total, share: total ? agree / total : 0 });

const typeOf = (m: Measures, t: Thresholds) => RULES[decideRule(m, t)]!.type;

function score(examples: readonly Example[], t: Thresholds): number {
  let n = 0;
  for (const e of examples) if (e.namedTypes.includes(typeOf(e.measures, t))) n++;
  return n;
}

/** Which thresholds the tuning may move: every numeric one except the definition of "majority". */
function tunable(): [number, number][] {
  const list: [number, number][] = [];
  RULES.forEach((rule, r) =>
    rule.conditions.forEach((c, i) => {
      if (c.op !== 'is' && spreadOf(rule.id, c.measure) !== DEFINITION_SPREAD) list.push([r, i]);
    }),
  );
  return list;
}

/**
 * Re-tune the thresholds on `examples`. Coordinate search: for each threshold in turn, score every
 * grid value (the others fixed) and take the middle of the widest run of best-scoring values, so a
 * tie is not resolved in favour of the published value. Repeats until nothing changes (at most
 * MAX_PASSES rounds).
 */
export function tune(examples: readonly Example[]): Thresholds {
  const t = DEFAULT_THRESHOLDS.map((row) => [...row]);
  const positions = tunable();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const [r, i] of positions) {
      const row = t[r]!;
      const before = row[i]!;
      const values = GRID.map((k) => DEFAULT_THRESHOLDS[r]![i]! * k);
      const scores = values.map((v) => {
        row[i] = v;
        return score(examples, t);
      });
      row[i] = plateauMiddle(values, scores);
      if (row[i] !== before) changed = true;
    }
    if (!changed) break;
  }
  return t;
}

/** The middle value of the longest run of maximal scores (the first such run on a tie; lower middle for even runs). */
export function plateauMiddle(values: readonly number[], scores: readonly number[]): number {
  const max = Math.max(...scores);
  let bestStart = 0;
  let bestLength = 0;
  for (let i = 0; i < scores.length;) {
    if (scores[i] !== max) {
      i++;
      continue;
    }
    let j = i;
    while (j < scores.length && scores[j] === max) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  return values[bestStart + Math.floor((bestLength - 1) / 2)]!;
}

type Predicted = WrrTypeId | null;

function hit(e: Example, p: Predicted): boolean {
  return p !== null && e.namedTypes.includes(p);
}

function perTypeAgreement(examples: readonly Example[], predicted: readonly Predicted[]): TypeAgreement[] {
  return WRR_TYPE_IDS.map((type) => {
    const idx = examples.map((e, i) => (e.namedTypes.includes(type) ? i : -1)).filter((i) => i >= 0);
    const agree = idx.filter((i) => hit(examples[i]!, predicted[i]!)).length;
    return { type, ...agreement(agree, idx.length) };
  });
}

export interface RuleValidation {
  overall: Agreement;
  perType: TypeAgreement[];
  /** Per example: the type predicted (in-sample: with the published thresholds). */
  predicted: { code: string; name: string; namedTypes: WrrTypeId[]; predicted: Predicted }[];
}

function summary(examples: readonly Example[], predicted: readonly Predicted[]): RuleValidation {
  const agree = examples.filter((e, i) => hit(e, predicted[i]!)).length;
  return {
    overall: agreement(agree, examples.length),
    perType: perTypeAgreement(examples, predicted),
    predicted: examples.map((e, i) => ({
      code: e.code,
      name: e.name,
      namedTypes: [...e.namedTypes],
      predicted: predicted[i]!,
    })),
  };
}

export function inSample(examples: readonly Example[]): RuleValidation {
  return summary(
    examples,
    examples.map((e) => typeOf(e.measures, DEFAULT_THRESHOLDS)),
  );
}

export function leaveOneOut(examples: readonly Example[]): RuleValidation {
  const predicted = examples.map((held, i) => {
    const training = examples.filter((_, j) => j !== i);
    return typeOf(held.measures, tune(training));
  });
  return summary(examples, predicted);
}

/** Feature vector: √share per group, log10 population, bordering the big three. */
export function features(g: { shares: GroupValues; population: number; bordersBig3: boolean }): number[] {
  return [
    ...GROUP_IDS.map((id) => Math.sqrt(Math.max(0, g.shares[id]))),
    Math.log10(g.population),
    g.bordersBig3 ? 1 : 0,
  ];
}

/** Standardise every column to mean 0, standard deviation 1 over `rows` (a constant column stays 0). */
export function standardise(rows: readonly number[][]): number[][] {
  const n = rows.length;
  const dims = rows[0]?.length ?? 0;
  const mean = Array.from({ length: dims }, (_, d) => rows.reduce((a, r) => a + r[d]!, 0) / n);
  const sd = Array.from({ length: dims }, (_, d) =>
    Math.sqrt(rows.reduce((a, r) => a + (r[d]! - mean[d]!) ** 2, 0) / n),
  );
  return rows.map((r) => r.map((x, d) => (sd[d]! > 0 ? (x - mean[d]!) / sd[d]! : 0)));
}

export interface Labelled {
  x: readonly number[];
  type: WrrTypeId;
}

/** The type whose centroid (mean of its labelled vectors) is nearest (Euclidean); ties in type order; null without training data. */
export function nearestCentroid(training: readonly Labelled[], x: readonly number[]): WrrTypeId | null {
  let best: WrrTypeId | null = null;
  let bestD = Infinity;
  for (const type of WRR_TYPE_IDS) {
    const members = training.filter((t) => t.type === type);
    if (members.length === 0) continue;
    let d = 0;
    for (let k = 0; k < x.length; k++) {
      const c = members.reduce((a, m) => a + m.x[k]!, 0) / members.length;
      d += (x[k]! - c) ** 2;
    }
    if (d < bestD) {
      bestD = d;
      best = type;
    }
  }
  return best;
}

export interface CentroidValidation {
  leaveOneOut: RuleValidation;
  /** Agreement of the centroid method (trained on all examples) with the rules' derived type. */
  withRules: { overall: Agreement; perType: TypeAgreement[] };
  /** The same over the gemeenten whose type is derived (not named), the ones the site relies on the rules for. */
  withRulesDerivedOnly: Agreement;
}

export interface CentroidGemeente {
  code: string;
  x: readonly number[];
  derivedType: WrrTypeId;
  named: boolean;
}

/**
 * `all`: every gemeente with its standardised features; `examples` the named examples (by code).
 * Examples named as more than one type do not train (no single label) but are evaluated.
 */
export function validateCentroid(all: readonly CentroidGemeente[], examples: readonly Example[]): CentroidValidation {
  const xOf = new Map(all.map((g) => [g.code, g.x]));
  const labelled = (list: readonly Example[]): Labelled[] =>
    list.filter((e) => e.namedTypes.length === 1).map((e) => ({ x: xOf.get(e.code)!, type: e.namedTypes[0]! }));
  const loo = examples.map((held, i) =>
    nearestCentroid(labelled(examples.filter((_, j) => j !== i)), xOf.get(held.code)!),
  );
  const training = labelled(examples);
  const predicted = all.map((g) => nearestCentroid(training, g.x));
  const agreeAll = all.filter((g, i) => predicted[i] === g.derivedType).length;
  const perTypeWithRules = WRR_TYPE_IDS.map((type) => {
    const idx = all.map((g, i) => (g.derivedType === type ? i : -1)).filter((i) => i >= 0);
    return { type, ...agreement(idx.filter((i) => predicted[i] === type).length, idx.length) };
  });
  const derivedIdx = all.map((g, i) => (g.named ? -1 : i)).filter((i) => i >= 0);
  return {
    leaveOneOut: summary(examples, loo),
    withRules: { overall: agreement(agreeAll, all.length), perType: perTypeWithRules },
    withRulesDerivedOnly: agreement(
      derivedIdx.filter((i) => predicted[i] === all[i]!.derivedType).length,
      derivedIdx.length,
    ),
  };
}

/**
 * How sure is a gemeente's type? A Monte Carlo check over the thresholds.
 *
 * Every threshold is a choice. We draw DRAWS alternative threshold sets, each threshold independently
 * and log-uniformly within a stated plausible range around its published value (a factor SPREAD up
 * or down; see spreadOf), and the two adjacency distances likewise. Every draw classifies all
 * gemeenten again. A gemeente's stability is the share of draws that give the type the site shows;
 * its alternative is the type the other draws give most often. A fixed seed makes it reproducible.
 * Why this method and these ranges: docs/adr/0009-validation-and-stability.md.
 */
import { ADJACENCY, isNeighbour, type AdjacencyThresholds, type Contact } from '../data/adjacency';
import { decideRule } from './engine';
import type { Measures } from './measures';
import { RULES, type RuleId, type Thresholds } from './rule-table';
import type { WrrTypeId } from './wrr-types';

export const DRAWS = 1000;
export const SEED = 2022;
/** Default plausible range: from threshold / 1.25 to threshold × 1.25 (e.g. 10% → 8% to 12,5%). */
export const SPREAD = 1.25;
/**
 * The "majority" in "meerderheid-minderheden" is a definition (more than half), not a tuned choice:
 * it varies only from 47,6% to 52,5%.
 */
export const DEFINITION_SPREAD = 1.05;

/** Certainty levels shown on the site: zeker from 90% of draws, waarschijnlijk from 60%, else onzeker. */
export const CERTAIN_FROM = 0.9;
export const LIKELY_FROM = 0.6;
export type Certainty = 'zeker' | 'waarschijnlijk' | 'onzeker';

export function spreadOf(rule: RuleId, measure: string): number {
  return rule === 'grote-stad-meerderheid-migratieachtergrond' && measure === 'migrationShare'
    ? DEFINITION_SPREAD
    : SPREAD;
}

/** Mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Draw {
  thresholds: Thresholds;
  adjacency: AdjacencyThresholds;
}

const factor = (random: () => number, spread: number) => Math.exp((2 * random() - 1) * Math.log(spread));

/** `n` threshold sets drawn from the plausible ranges; yes/no conditions never change. */
export function drawThresholds(n: number, seed: number = SEED): Draw[] {
  const random = mulberry32(seed);
  const draws: Draw[] = [];
  for (let d = 0; d < n; d++) {
    const thresholds = RULES.map((rule) =>
      rule.conditions.map((c) =>
        c.op === 'is' ? c.threshold : c.threshold * factor(random, spreadOf(rule.id, c.measure)),
      ),
    );
    const adjacency = {
      minBorderKm: ADJACENCY.minBorderKm * factor(random, SPREAD),
      maxWaterGapKm: ADJACENCY.maxWaterGapKm * factor(random, SPREAD),
    };
    draws.push({ thresholds, adjacency });
  }
  return draws;
}

export interface StabilityInput {
  /** Measures with the published adjacency (bordersBig3 is recomputed per draw from `contact`). */
  measures: Measures;
  contact: Contact;
  /** Is this one of the three largest gemeenten (never its own neighbour)? */
  isBig3: boolean;
  /** The type the site shows; stability is measured against it. */
  shownType: WrrTypeId;
}

export interface StabilityResult {
  /** Share of draws (0–1) whose type equals the shown type. */
  stability: number;
  /** The type the other draws give most often; null when every draw gives the shown type. */
  alternativeType: WrrTypeId | null;
  /** Share of draws giving the alternative type. */
  alternativeShare: number;
}

export function stabilityOf(inputs: readonly StabilityInput[], draws: readonly Draw[]): StabilityResult[] {
  const counts = inputs.map(() => new Map<WrrTypeId, number>());
  for (const draw of draws) {
    inputs.forEach((input, i) => {
      const borders = !input.isBig3 && isNeighbour(input.contact, draw.adjacency);
      const m =
        borders === (input.measures.bordersBig3 === 1)
          ? input.measures
          : { ...input.measures, bordersBig3: borders ? 1 : 0 };
      const type = RULES[decideRule(m, draw.thresholds)]!.type;
      counts[i]!.set(type, (counts[i]!.get(type) ?? 0) + 1);
    });
  }
  return inputs.map((input, i) => {
    const c = counts[i]!;
    const same = c.get(input.shownType) ?? 0;
    const others = [...c.entries()]
      .filter(([t]) => t !== input.shownType)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const alt = others[0];
    return {
      stability: same / draws.length,
      alternativeType: alt ? alt[0] : null,
      alternativeShare: alt ? alt[1] / draws.length : 0,
    };
  });
}

/**
 * The certainty level shown on the site. A gemeente that fits no type well is never more than
 * onzeker, however stable: the type is the WRR's rest group, not a description.
 */
export function certaintyOf(stability: number, fitsNoType: boolean): Certainty {
  if (fitsNoType) return 'onzeker';
  return stability >= CERTAIN_FROM ? 'zeker' : stability >= LIKELY_FROM ? 'waarschijnlijk' : 'onzeker';
}

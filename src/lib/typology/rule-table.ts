/**
 * The rule table of the derived WRR type: data only. Each rule names its type and its conditions,
 * each condition a measure (src/lib/typology/measures.ts), an operator and a threshold. ONE set of
 * thresholds holds for every gemeente. The engine (engine.ts) evaluates the rules top to bottom and
 * the first rule whose conditions all hold decides; the words for readers are generated from these
 * conditions (rule-wording.ts). Thresholds are round numbers chosen from the WRR descriptions and the
 * national 2022 figures, not fitted per gemeente: docs/adr/0003-derived-typology.md and 0009.
 */
import type { MeasureId } from './measures';
import type { WrrTypeId } from './wrr-types';

export type Op = '>' | '>=' | '<' | '<=' | 'is';

export interface Condition {
  measure: MeasureId;
  op: Op;
  /** Threshold in the measure's unit (shares as 0–1; for 'is' conditions: 1 = yes). */
  threshold: number;
}

export const RULE_IDS = [
  'grote-stad-meerderheid-migratieachtergrond',
  'homogeen-nederlandse-achtergrond',
  'grens-duitse-belgische-achtergrond',
  'tuinbouw-poolse-achtergrond',
  'grootstedelijk-grote-provinciestad',
  'expat-brede-herkomstmix',
  'voorstad-buurgemeente-grote-drie',
  'specifiek-een-klassieke-groep',
  'gemiddeld-dicht-bij-landelijk',
  'geen-type-past-goed',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Rule {
  id: RuleId;
  /** Evaluation order, 1 first. */
  order: number;
  type: WrrTypeId;
  /** All conditions must hold. An empty list always holds (the fallback). */
  conditions: readonly Condition[];
}

export const RULES: readonly Rule[] = [
  {
    id: 'grote-stad-meerderheid-migratieachtergrond',
    order: 1,
    type: 'meerderheid-minderheden',
    conditions: [
      { measure: 'population', op: '>=', threshold: 250_000 },
      { measure: 'migrationShare', op: '>', threshold: 0.5 },
    ],
  },
  {
    id: 'homogeen-nederlandse-achtergrond',
    order: 2,
    type: 'homogeen',
    conditions: [{ measure: 'migrationShare', op: '<', threshold: 0.1 }],
  },
  {
    id: 'grens-duitse-belgische-achtergrond',
    order: 3,
    type: 'grens',
    conditions: [
      { measure: 'germanBelgianShare', op: '>=', threshold: 0.05 },
      { measure: 'germanBelgianOfMigration', op: '>=', threshold: 0.4 },
    ],
  },
  {
    id: 'tuinbouw-poolse-achtergrond',
    order: 4,
    type: 'tuinbouw',
    conditions: [
      { measure: 'polishShare', op: '>=', threshold: 0.025 },
      { measure: 'polishOfMigration', op: '>=', threshold: 0.15 },
    ],
  },
  {
    id: 'grootstedelijk-grote-provinciestad',
    order: 5,
    type: 'grootstedelijk',
    conditions: [
      { measure: 'population', op: '>=', threshold: 100_000 },
      { measure: 'migrationShare', op: '>=', threshold: 0.2 },
      { measure: 'bordersBig3', op: 'is', threshold: 0 },
    ],
  },
  {
    id: 'expat-brede-herkomstmix',
    order: 6,
    type: 'expat',
    conditions: [
      { measure: 'migrationShare', op: '>=', threshold: 0.18 },
      { measure: 'expatOfMigration', op: '>=', threshold: 0.45 },
      { measure: 'classicOfMigration', op: '<=', threshold: 0.2 },
    ],
  },
  {
    id: 'voorstad-buurgemeente-grote-drie',
    order: 7,
    type: 'voorstad',
    conditions: [
      { measure: 'bordersBig3', op: 'is', threshold: 1 },
      { measure: 'migrationShare', op: '>=', threshold: 0.3 },
    ],
  },
  {
    id: 'specifiek-een-klassieke-groep',
    order: 8,
    type: 'specifieke-minderheidsgroep',
    conditions: [
      { measure: 'topClassicRatio', op: '>=', threshold: 2.75 },
      { measure: 'topClassicShare', op: '>=', threshold: 0.02 },
      { measure: 'otherClassicRatio', op: '<', threshold: 1.5 },
    ],
  },
  {
    id: 'gemiddeld-dicht-bij-landelijk',
    order: 9,
    type: 'gemiddeld',
    conditions: [
      { measure: 'migrationShare', op: '>=', threshold: 0.15 },
      { measure: 'migrationShare', op: '<', threshold: 0.35 },
      { measure: 'compositionDistance', op: '<=', threshold: 0.15 },
    ],
  },
  {
    id: 'geen-type-past-goed',
    order: 10,
    type: 'gemiddeld',
    conditions: [],
  },
];

export function ruleById(id: RuleId, rules: readonly Rule[] = RULES): Rule {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new Error(`No rule ${id}`);
  return rule;
}

/** How well the type fits: a specific rule holds, the composition is near average, or no type fits well. */
export type Fit = 'rule' | 'average' | 'none';

export function fitOf(rule: RuleId): Fit {
  return rule === 'geen-type-past-goed' ? 'none' : rule === 'gemiddeld-dicht-bij-landelijk' ? 'average' : 'rule';
}

/**
 * Thresholds per rule, per condition, in the order of RULES: the published values. Other sets (for
 * the stability check and the out-of-sample validation) have the same shape.
 */
export type Thresholds = readonly (readonly number[])[];
export const DEFAULT_THRESHOLDS: Thresholds = RULES.map((r) => r.conditions.map((c) => c.threshold));

/** A copy of the table with other thresholds (same shape as DEFAULT_THRESHOLDS; missing values keep the published one). */
export function withThresholds(rules: readonly Rule[], thresholds: Thresholds): Rule[] {
  return rules.map((rule, r) => ({
    ...rule,
    conditions: rule.conditions.map((c, i) => ({ ...c, threshold: thresholds[r]?.[i] ?? c.threshold })),
  }));
}

/**
 * The derived WRR type of a gemeente: a pure, rule-based classifier.
 *
 * Input is only data: the composition by migration background (CBS, 1 January 2022), the
 * population and two geographic facts (does the gemeente border one of the three largest cities,
 * and how far away is the nearest of them). The rules never look at a name or a code, and one set
 * of thresholds holds for every gemeente. Rules are evaluated in the order of RULES; the first rule
 * whose conditions all hold gives the type. Why each rule and threshold: docs/adr/0003-derived-typology.md.
 */
import { formatDecimal, formatInteger, formatShare } from '../site/format';
import type { WrrTypeId } from './wrr-types';
import type { GroupId, GroupValues } from '../data/migration-groups';
import { hellingerDistance } from '../compare/similarity';

/** The four groups the WRR contrasts with expat origins: guest-worker and post-colonial migration. */
export const CLASSIC_GROUPS = [
  'turkish',
  'moroccan',
  'surinamese',
  'dutchCaribbean',
] as const satisfies readonly GroupId[];
/** Origins typical of knowledge migration and of "all parts of the world" (incl. the CBS rest group). */
export const EXPAT_GROUPS = [
  'british',
  'indian',
  'chinese',
  'italian',
  'spanish',
  'other',
] as const satisfies readonly GroupId[];

export interface ClassifierInput {
  /** Registered population. */
  population: number;
  /** Share of the population per migration-background group (0–1; they add up to about 1). */
  shares: GroupValues;
  /** The same shares for the Netherlands as a whole; over-representation is measured against them. */
  nationalShares: GroupValues;
  /** Does the gemeente share a border with one of the three largest gemeenten (and is not one itself)? */
  bordersBig3: boolean;
  /** Distance in km between centroids to the nearest of the three largest gemeenten (0 for those three). */
  distanceToBig3Km: number;
}

export type MeasureId =
  | 'population'
  | 'migrationShare'
  | 'germanBelgianShare'
  | 'germanBelgianOfMigration'
  | 'polishShare'
  | 'polishOfMigration'
  | 'expatOfMigration'
  | 'classicOfMigration'
  | 'bordersBig3'
  | 'topClassicRatio'
  | 'topClassicShare'
  | 'otherClassicRatio'
  | 'compositionDistance';

export type Unit = 'persons' | 'share' | 'ratio' | 'boolean' | 'km' | 'distance';

interface MeasureDef {
  label: string;
  unit: Unit;
}

/** Dutch labels of every measure a rule can use, for tables and rule texts. */
export const MEASURES: Record<MeasureId, MeasureDef> = {
  population: { label: 'inwoners', unit: 'persons' },
  migrationShare: { label: 'inwoners met een migratieachtergrond', unit: 'share' },
  germanBelgianShare: { label: 'Duitse plus Belgische achtergrond, van alle inwoners', unit: 'share' },
  germanBelgianOfMigration: {
    label: 'Duitse plus Belgische achtergrond, van de inwoners met een migratieachtergrond',
    unit: 'share',
  },
  polishShare: { label: 'Poolse achtergrond, van alle inwoners', unit: 'share' },
  polishOfMigration: { label: 'Poolse achtergrond, van de inwoners met een migratieachtergrond', unit: 'share' },
  expatOfMigration: {
    label:
      'Britse, Indiase, Chinese, Italiaanse, Spaanse en overige achtergrond, van de inwoners met een migratieachtergrond',
    unit: 'share',
  },
  classicOfMigration: {
    label:
      'Turkse, Marokkaanse, Surinaamse en Antilliaanse/Arubaanse achtergrond, van de inwoners met een migratieachtergrond',
    unit: 'share',
  },
  bordersBig3: { label: 'grenst aan Amsterdam, Rotterdam of Den Haag (de drie grootste gemeenten)', unit: 'boolean' },
  topClassicRatio: {
    label:
      'oververtegenwoordiging van de sterkste van de vier klassieke groepen onder de inwoners met een migratieachtergrond (keer het landelijk aandeel)',
    unit: 'ratio',
  },
  topClassicShare: { label: 'aandeel van die groep in alle inwoners', unit: 'share' },
  otherClassicRatio: {
    label: 'oververtegenwoordiging van de op één na sterkste klassieke groep (keer het landelijk aandeel)',
    unit: 'ratio',
  },
  compositionDistance: {
    label:
      'afstand tot de landelijke samenstelling naar herkomst (0 = precies als Nederland als geheel, 1 = niets gemeen)',
    unit: 'distance',
  },
};

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
  /** Short Dutch label for tables. */
  label: string;
  /** The rule in one plain Dutch sentence, with its thresholds. */
  text: string;
  /** Where the rule comes from in the WRR type description (seed 001), in plain Dutch. */
  basis: string;
  /** All conditions must hold. An empty list always holds (the fallback). */
  conditions: readonly Condition[];
}

/**
 * The rule table: ONE set of thresholds for every gemeente. Evaluated top to bottom; the first rule
 * whose conditions all hold decides. Thresholds are round numbers chosen from the WRR descriptions
 * and the national 2022 figures, not fitted per gemeente (see the ADR for each choice).
 */
export const RULES: readonly Rule[] = [
  {
    id: 'grote-stad-meerderheid-migratieachtergrond',
    order: 1,
    type: 'meerderheid-minderheden',
    label: 'Grote stad met een meerderheid met migratieachtergrond',
    text: 'Minstens 250.000 inwoners, van wie meer dan 50% een migratieachtergrond heeft.',
    basis: 'De WRR: superdiverse grote steden waar de meerderheid een migratieachtergrond heeft.',
    conditions: [
      { measure: 'population', op: '>=', threshold: 250_000 },
      { measure: 'migrationShare', op: '>', threshold: 0.5 },
    ],
  },
  {
    id: 'homogeen-nederlandse-achtergrond',
    order: 2,
    type: 'homogeen',
    label: 'Meer dan 90% Nederlandse achtergrond',
    text: 'Minder dan 10% van de inwoners heeft een migratieachtergrond (dus meer dan 90% een Nederlandse achtergrond).',
    basis: 'De WRR: de overgrote meerderheid, meer dan 90 procent, heeft een Nederlandse achtergrond.',
    conditions: [{ measure: 'migrationShare', op: '<', threshold: 0.1 }],
  },
  {
    id: 'grens-duitse-belgische-achtergrond',
    order: 3,
    type: 'grens',
    label: 'Verscheidenheid vooral door Duitse en Belgische achtergrond',
    text: 'Minstens 5% van de inwoners heeft een Duitse of Belgische achtergrond (bijna twee keer het landelijk aandeel), en zij vormen minstens 40% van de inwoners met een migratieachtergrond.',
    basis: 'De WRR: vooral inwoners met een Duitse of Belgische achtergrond zorgen voor de verscheidenheid.',
    conditions: [
      { measure: 'germanBelgianShare', op: '>=', threshold: 0.05 },
      { measure: 'germanBelgianOfMigration', op: '>=', threshold: 0.4 },
    ],
  },
  {
    id: 'tuinbouw-poolse-achtergrond',
    order: 4,
    type: 'tuinbouw',
    label: 'Veel inwoners met een Poolse achtergrond',
    text: 'Minstens 2,5% van de inwoners heeft een Poolse achtergrond (twee keer het landelijk aandeel), en zij vormen minstens 15% van de inwoners met een migratieachtergrond.',
    basis: 'De WRR: een groot aandeel met een Poolse (en Bulgaarse) achtergrond veroorzaakt de verscheidenheid.',
    conditions: [
      { measure: 'polishShare', op: '>=', threshold: 0.025 },
      { measure: 'polishOfMigration', op: '>=', threshold: 0.15 },
    ],
  },
  {
    id: 'grootstedelijk-grote-provinciestad',
    order: 5,
    type: 'grootstedelijk',
    label: 'Grote, diverse stad buiten de agglomeraties van de grote drie',
    text: 'Minstens 100.000 inwoners, minstens 20% met een migratieachtergrond, en geen buurgemeente van Amsterdam, Rotterdam of Den Haag.',
    basis:
      'De WRR: andere grote steden (in de provincie) met een hoge verscheidenheid, maar een duidelijk groter aandeel met Nederlandse achtergrond.',
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
    label: 'Brede mix van herkomsten, weinig klassieke migratiegroepen',
    text: 'Minstens 18% met een migratieachtergrond; daarvan heeft minstens 45% een Britse, Indiase, Chinese, Italiaanse, Spaanse of overige achtergrond, en hooguit 20% een Turkse, Marokkaanse, Surinaamse of Antilliaanse/Arubaanse.',
    basis:
      'De WRR: herkomsten uit alle delen van de wereld, relatief weinig inwoners met een Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond.',
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
    label: 'Diverse buurgemeente van de grote drie',
    text: 'Grenst aan Amsterdam, Rotterdam of Den Haag en minstens 30% van de inwoners heeft een migratieachtergrond.',
    basis:
      'De WRR: voorsteden van de drie superdiverse steden, zeer divers, maar de meerderheid heeft nog een Nederlandse achtergrond.',
    conditions: [
      { measure: 'bordersBig3', op: 'is', threshold: 1 },
      { measure: 'migrationShare', op: '>=', threshold: 0.3 },
    ],
  },
  {
    id: 'specifiek-een-klassieke-groep',
    order: 8,
    type: 'specifieke-minderheidsgroep',
    label: 'Eén klassieke migratiegroep springt eruit',
    text: 'Eén van de vier groepen (Turks, Marokkaans, Surinaams, Antilliaans/Arubaans) is onder de inwoners met een migratieachtergrond minstens 2,75 keer zo sterk vertegenwoordigd als landelijk en omvat minstens 2% van alle inwoners; geen van de andere drie is meer dan 1,5 keer zo sterk vertegenwoordigd als landelijk.',
    basis:
      'De WRR: één grote niet-Europese minderheidsgroep, vaak door werving van gastarbeiders of vestiging van Antillianen.',
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
    label: 'Samenstelling dicht bij het landelijk gemiddelde',
    text: 'Geen van de regels hierboven past; tussen 15% en 35% van de inwoners heeft een migratieachtergrond (landelijk 25%), en de verdeling over de herkomstgroepen lijkt op die van Nederland als geheel (afstand hooguit 0,15).',
    basis: 'De WRR: gemeenten waarvan de verscheidenheid naar herkomst rond het Nederlandse gemiddelde ligt.',
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
    label: 'Past bij geen type goed',
    text: 'Geen van de regels hierboven past. De atlas rekent de gemeente dan tot de gemiddelde gemeenten, de restgroep van de WRR, maar zegt erbij dat zij bij geen type goed past.',
    basis: 'De WRR heeft geen type voor gemeenten die nergens op lijken; de gemiddelde gemeente is de restgroep.',
    conditions: [],
  },
];

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

/**
 * A result is "krap" when a figure lies within this relative distance of a threshold that would
 * change the type (10% of the threshold value, e.g. 2,5% Polish ± 0,25 procentpunt).
 */
export const TIGHT_MARGIN = 0.1;

export type Confidence = 'ruim' | 'krap';

export interface Figure {
  measure: MeasureId;
  label: string;
  unit: Unit;
  value: number;
  /** Set for figures that a condition of the deciding rule compares with a threshold. */
  op?: Op;
  threshold?: number;
}

export interface Classification {
  type: WrrTypeId;
  rule: RuleId;
  /** Plain Dutch sentence naming the rule and the figures behind it. */
  ruleText: string;
  /** The figures of the deciding rule's conditions, then the general figures. */
  figures: Figure[];
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
  fit: Fit;
}

export interface Measures extends Record<MeasureId, number> {
  /** Which classic group `topClassicRatio` refers to. */
  topClassicGroup: (typeof CLASSIC_GROUPS)[number];
}

/**
 * Diversity index (the WRR's measure): 1 − Σ sᵢ² over the groups, the chance that two residents picked at random
 * have a different background (0 = everyone in one group). 1 minus the Herfindahl index.
 */
export function diversityIndex(shares: GroupValues): number {
  return 1 - Object.values(shares).reduce((sum, s) => sum + s * s, 0);
}

const sumOf = (shares: GroupValues, ids: readonly GroupId[]) => ids.reduce((a, id) => a + shares[id], 0);

export function computeMeasures(input: ClassifierInput): Measures {
  const { shares, nationalShares: nat } = input;
  const migration = 1 - shares.dutch;
  const natMigration = 1 - nat.dutch;
  const ofMigration = (x: number) => (migration > 0 ? x / migration : 0);
  // Over-representation among residents with a migration background: the group's share of them,
  // divided by the same share nationally. Measures what dominates the local mix, whatever its size.
  const ratios = CLASSIC_GROUPS.map((g) => ({
    group: g,
    ratio: migration > 0 && nat[g] > 0 ? shares[g] / migration / (nat[g] / natMigration) : 0,
  })).sort((a, b) => b.ratio - a.ratio || a.group.localeCompare(b.group));
  const top = ratios[0]!;
  return {
    population: input.population,
    migrationShare: migration,
    germanBelgianShare: shares.german + shares.belgian,
    germanBelgianOfMigration: ofMigration(shares.german + shares.belgian),
    polishShare: shares.polish,
    polishOfMigration: ofMigration(shares.polish),
    expatOfMigration: ofMigration(sumOf(shares, EXPAT_GROUPS)),
    classicOfMigration: ofMigration(sumOf(shares, CLASSIC_GROUPS)),
    bordersBig3: input.bordersBig3 ? 1 : 0,
    topClassicRatio: top.ratio,
    topClassicShare: shares[top.group],
    otherClassicRatio: ratios[1]!.ratio,
    compositionDistance: hellingerDistance(shares, nat),
    topClassicGroup: top.group,
  };
}

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
  return RULES.map((base, r) => {
    const rule = thresholds === DEFAULT_THRESHOLDS ? base : withThresholds(base, thresholds[r]!);
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

function withThresholds(rule: Rule, values: readonly number[]): Rule {
  return { ...rule, conditions: rule.conditions.map((c, i) => ({ ...c, threshold: values[i] ?? c.threshold })) };
}

/**
 * The deciding rule's index, fast: no texts, no margins. For the stability check and the validation,
 * which classify every gemeente thousands of times with other thresholds.
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

export function classify(input: ClassifierInput, thresholds: Thresholds = DEFAULT_THRESHOLDS): Classification {
  const m = computeMeasures(input);
  let margin = Infinity;
  let nearest: Classification['nearestThreshold'] = null;
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
      const figures = [
        ...rule.conditions.map((c) => figureOf(m, c.measure, c)),
        ...(['migrationShare', 'population'] as const)
          .filter((id) => !rule.conditions.some((c) => c.measure === id))
          .map((id) => figureOf(m, id)),
      ];
      return {
        type: rule.type,
        rule: rule.id,
        ruleText: ruleSentence(rule, m),
        figures,
        margin,
        nearestThreshold: nearest,
        confidence: margin < TIGHT_MARGIN ? 'krap' : 'ruim',
        fit: fitOf(rule.id),
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
export function typeDistances(input: ClassifierInput): Record<WrrTypeId, number> {
  const checks = checkRules(computeMeasures(input));
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

function figureOf(m: Measures, measure: MeasureId, condition?: Condition): Figure {
  const def = MEASURES[measure];
  const label =
    measure === 'topClassicRatio' || measure === 'topClassicShare'
      ? `${def.label} (${CLASSIC_LABEL[m.topClassicGroup]})`
      : def.label;
  return condition
    ? { measure, label, unit: def.unit, value: m[measure], op: condition.op, threshold: condition.threshold }
    : { measure, label, unit: def.unit, value: m[measure] };
}

const CLASSIC_LABEL: Record<(typeof CLASSIC_GROUPS)[number], string> = {
  turkish: 'Turkse achtergrond',
  moroccan: 'Marokkaanse achtergrond',
  surinamese: 'Surinaamse achtergrond',
  dutchCaribbean: 'Antilliaanse of Arubaanse achtergrond',
};

const OP_WORD: Record<Exclude<Op, 'is'>, string> = {
  '>': 'meer dan',
  '>=': 'minstens',
  '<': 'minder dan',
  '<=': 'hooguit',
};

/** Format a value in its unit, Dutch style. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'share':
      return formatShare(value);
    case 'persons':
      return formatInteger(value);
    case 'ratio':
      return `${formatDecimal(value, 2)} ×`;
    case 'km':
      return `${formatDecimal(value, 1)} km`;
    case 'distance':
      return formatDecimal(value, 2);
    case 'boolean':
      return value ? 'ja' : 'nee';
  }
}

/** Threshold wording for tables and rule texts, e.g. "minstens 2,5%" or "ja". */
export function formatThreshold(c: Condition): string {
  const unit = MEASURES[c.measure].unit;
  if (c.op === 'is') return c.threshold ? 'ja' : 'nee';
  const digits = unit === 'share' && Math.round(c.threshold * 1000) % 10 !== 0 ? 1 : 0;
  const value = unit === 'share' ? formatShare(c.threshold, digits) : formatValue(c.threshold, unit);
  return `${OP_WORD[c.op]} ${value}`;
}

const SHORT: Record<MeasureId, (m: Measures) => string> = {
  population: () => 'inwoners',
  migrationShare: () => 'migratieachtergrond',
  germanBelgianShare: () => 'Duitse plus Belgische achtergrond',
  germanBelgianOfMigration: () => 'daarvan onder inwoners met migratieachtergrond',
  polishShare: () => 'Poolse achtergrond',
  polishOfMigration: () => 'onder inwoners met migratieachtergrond',
  expatOfMigration: () =>
    'Britse, Indiase, Chinese, Italiaanse, Spaanse of overige achtergrond onder inwoners met migratieachtergrond',
  classicOfMigration: () =>
    'Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond onder inwoners met migratieachtergrond',
  bordersBig3: () => 'buurgemeente van Amsterdam, Rotterdam of Den Haag',
  topClassicRatio: (m) =>
    `${CLASSIC_LABEL[m.topClassicGroup]}, oververtegenwoordiging onder inwoners met migratieachtergrond`,
  topClassicShare: () => 'van alle inwoners',
  otherClassicRatio: () => 'sterkste andere klassieke groep',
  compositionDistance: () => 'afstand tot de landelijke samenstelling',
};

/** e.g. "Regel ‘Veel inwoners met een Poolse achtergrond’: Poolse achtergrond 3,6% (drempel minstens 2,5%); onder inwoners met migratieachtergrond 21,6% (drempel minstens 15%)." */
export function ruleSentence(rule: Rule, m: Measures): string {
  if (rule.conditions.length === 0) {
    return `Geen enkele regel past: migratieachtergrond ${formatShare(m.migrationShare)}, afstand tot de landelijke samenstelling ${formatDecimal(m.compositionDistance, 2)}.`;
  }
  const parts = rule.conditions.map((c) => {
    const unit = MEASURES[c.measure].unit;
    if (c.op === 'is') {
      return c.threshold ? SHORT[c.measure](m) : `geen ${SHORT[c.measure](m)}`;
    }
    return `${SHORT[c.measure](m)} ${formatValue(m[c.measure], unit)} (drempel ${formatThreshold(c)})`;
  });
  return `Regel ‘${rule.label}’: ${parts.join('; ')}.`;
}

export interface RuleTableRow {
  id: RuleId;
  order: number;
  type: WrrTypeId;
  label: string;
  text: string;
  basis: string;
  thresholds: { measure: MeasureId; label: string; op: Op; value: number; display: string }[];
}

/** The rules and thresholds as a table, for the /methode/ page and the docs. */
export const RULE_TABLE: readonly RuleTableRow[] = RULES.map((r) => ({
  id: r.id,
  order: r.order,
  type: r.type,
  label: r.label,
  text: r.text,
  basis: r.basis,
  thresholds: r.conditions.map((c) => ({
    measure: c.measure,
    label: MEASURES[c.measure].label,
    op: c.op,
    value: c.threshold,
    display: formatThreshold(c),
  })),
}));

/**
 * The words for the rule table (rule-table.ts), in Dutch: the label of every measure and rule, the
 * rule texts on /methode/ and the sentence on a gemeente's page. Every threshold a reader sees is
 * formatted from the table's conditions, so a changed threshold changes the text. The handwritten
 * parts (labels, the WRR basis, a lead-in) hold no threshold of their own; tests/unit/rule-wording.test.ts
 * checks that every number in them follows from the table.
 */
import { formatDecimal, formatInteger, formatShare } from '../site/format';
import { CLASSIC_GROUPS, MEASURE_UNIT, type MeasureId, type Measures, type Unit } from './measures';
import { RULES, type Condition, type Op, type Rule, type RuleId } from './rule-table';
import type { WrrTypeId } from './wrr-types';

/** Dutch labels of every measure a rule can use, for tables and reasons. */
export const MEASURE_LABEL: Record<MeasureId, string> = {
  population: 'inwoners',
  migrationShare: 'inwoners met een migratieachtergrond',
  germanBelgianShare: 'Duitse plus Belgische achtergrond, van alle inwoners',
  germanBelgianOfMigration: 'Duitse plus Belgische achtergrond, van de inwoners met een migratieachtergrond',
  polishShare: 'Poolse achtergrond, van alle inwoners',
  polishOfMigration: 'Poolse achtergrond, van de inwoners met een migratieachtergrond',
  expatOfMigration:
    'Britse, Indiase, Chinese, Italiaanse, Spaanse en overige achtergrond, van de inwoners met een migratieachtergrond',
  classicOfMigration:
    'Turkse, Marokkaanse, Surinaamse en Antilliaanse/Arubaanse achtergrond, van de inwoners met een migratieachtergrond',
  bordersBig3: 'grenst aan Amsterdam, Rotterdam of Den Haag (de drie grootste gemeenten)',
  topClassicRatio:
    'oververtegenwoordiging van de sterkste van de vier klassieke groepen onder de inwoners met een migratieachtergrond (keer het landelijk aandeel)',
  topClassicShare: 'aandeel van die groep in alle inwoners',
  otherClassicRatio: 'oververtegenwoordiging van de op één na sterkste klassieke groep (keer het landelijk aandeel)',
  compositionDistance:
    'afstand tot de landelijke samenstelling naar herkomst (0 = precies als Nederland als geheel, 1 = niets gemeen)',
};

/**
 * Each measure as a clause of a rule text; `bound` is the operator and formatted threshold, e.g.
 * "minstens 5%". Yes/no measures get `yes` instead.
 */
const CLAUSE: Record<MeasureId, (bound: string, yes: boolean) => string> = {
  population: (b) => `de gemeente heeft ${b} inwoners`,
  migrationShare: (b) => `${b} van de inwoners heeft een migratieachtergrond`,
  germanBelgianShare: (b) => `${b} van de inwoners heeft een Duitse of Belgische achtergrond`,
  germanBelgianOfMigration: (b) =>
    `${b} van de inwoners met een migratieachtergrond heeft een Duitse of Belgische achtergrond`,
  polishShare: (b) => `${b} van de inwoners heeft een Poolse achtergrond`,
  polishOfMigration: (b) => `${b} van de inwoners met een migratieachtergrond heeft een Poolse achtergrond`,
  expatOfMigration: (b) =>
    `${b} van de inwoners met een migratieachtergrond heeft een Britse, Indiase, Chinese, Italiaanse, Spaanse of overige achtergrond`,
  classicOfMigration: (b) =>
    `${b} van de inwoners met een migratieachtergrond heeft een Turkse, Marokkaanse, Surinaamse of Antilliaanse/Arubaanse achtergrond`,
  bordersBig3: (_, yes) => `de gemeente is ${yes ? 'een' : 'geen'} buurgemeente van Amsterdam, Rotterdam of Den Haag`,
  topClassicRatio: (b) =>
    `één van de vier klassieke groepen (Turks, Marokkaans, Surinaams, Antilliaans/Arubaans) is onder de inwoners met een migratieachtergrond ${b} keer zo sterk vertegenwoordigd als landelijk`,
  topClassicShare: (b) => `die groep omvat ${b} van alle inwoners`,
  otherClassicRatio: (b) => `elk van de andere drie is ${b} keer zo sterk vertegenwoordigd als landelijk`,
  compositionDistance: (b) =>
    `de verdeling over de herkomstgroepen lijkt op die van Nederland als geheel: de afstand tot de landelijke samenstelling is ${b}`,
};

interface RuleWords {
  /** Short Dutch label for tables and the sentence on a gemeente's page. */
  label: (rule: Rule) => string;
  /** Where the rule comes from in the WRR type description (seed 001), in plain Dutch. */
  basis: string;
  /** Opens the rule text, before the conditions. */
  lead?: string;
  /** Closes the rule text, after the conditions. */
  close?: string;
  /** Measures whose national value the text adds in brackets when the national figures are given. */
  national?: readonly MeasureId[];
  /** Restate an upper bound on the migration background as a lower bound on the Dutch background. */
  dutchComplement?: boolean;
}

const fixed = (label: string) => () => label;

const RULE_WORDS: Record<RuleId, RuleWords> = {
  'grote-stad-meerderheid-migratieachtergrond': {
    label: fixed('Grote stad met een meerderheid met migratieachtergrond'),
    basis: 'De WRR: superdiverse grote steden waar de meerderheid een migratieachtergrond heeft.',
  },
  'homogeen-nederlandse-achtergrond': {
    label: (rule) => `${capitalise(dutchComplementOf(rule))} Nederlandse achtergrond`,
    basis: 'De WRR: de overgrote meerderheid, meer dan 90 procent, heeft een Nederlandse achtergrond.',
    dutchComplement: true,
  },
  'grens-duitse-belgische-achtergrond': {
    label: fixed('Verscheidenheid vooral door Duitse en Belgische achtergrond'),
    basis: 'De WRR: vooral inwoners met een Duitse of Belgische achtergrond zorgen voor de verscheidenheid.',
    national: ['germanBelgianShare'],
  },
  'tuinbouw-poolse-achtergrond': {
    label: fixed('Veel inwoners met een Poolse achtergrond'),
    basis: 'De WRR: een groot aandeel met een Poolse (en Bulgaarse) achtergrond veroorzaakt de verscheidenheid.',
    national: ['polishShare'],
  },
  'grootstedelijk-grote-provinciestad': {
    label: fixed('Grote, diverse stad buiten de agglomeraties van de grote drie'),
    basis:
      'De WRR: andere grote steden (in de provincie) met een hoge verscheidenheid, maar een duidelijk groter aandeel met Nederlandse achtergrond.',
  },
  'expat-brede-herkomstmix': {
    label: fixed('Brede mix van herkomsten, weinig klassieke migratiegroepen'),
    basis:
      'De WRR: herkomsten uit alle delen van de wereld, relatief weinig inwoners met een Turkse, Marokkaanse, Surinaamse of Antilliaanse achtergrond.',
  },
  'voorstad-buurgemeente-grote-drie': {
    label: fixed('Diverse buurgemeente van de grote drie'),
    basis:
      'De WRR: voorsteden van de drie superdiverse steden, zeer divers, maar de meerderheid heeft nog een Nederlandse achtergrond.',
  },
  'specifiek-een-klassieke-groep': {
    label: fixed('Eén klassieke migratiegroep springt eruit'),
    basis:
      'De WRR: één grote niet-Europese minderheidsgroep, vaak door werving van gastarbeiders of vestiging van Antillianen.',
  },
  'gemiddeld-dicht-bij-landelijk': {
    label: fixed('Samenstelling dicht bij het landelijk gemiddelde'),
    basis: 'De WRR: gemeenten waarvan de verscheidenheid naar herkomst rond het Nederlandse gemiddelde ligt.',
    lead: 'Geen van de regels hierboven past',
    national: ['migrationShare'],
  },
  'geen-type-past-goed': {
    label: fixed('Past bij geen type goed'),
    basis: 'De WRR heeft geen type voor gemeenten die nergens op lijken; de gemiddelde gemeente is de restgroep.',
    lead: 'Geen van de regels hierboven past',
    close:
      'De atlas rekent de gemeente dan tot de gemiddelde gemeenten, de restgroep van de WRR, maar zegt erbij dat zij bij geen type goed past.',
  },
};

// Dutch capitalises "één" as "Eén": only the first letter, without its accent.
const capitalise = (s: string) => (s.startsWith('één') ? `Eén${s.slice(3)}` : s.charAt(0).toUpperCase() + s.slice(1));

export function ruleLabel(rule: Rule): string {
  return RULE_WORDS[rule.id].label(rule);
}

export function ruleBasis(id: RuleId): string {
  return RULE_WORDS[id].basis;
}

/** The handwritten parts of a rule's text (lead-in and close), which must hold no number. */
export function handwrittenWords(id: RuleId): string[] {
  const w = RULE_WORDS[id];
  return [w.lead ?? '', w.close ?? ''];
}

const OP_WORD: Record<Exclude<Op, 'is'>, string> = {
  '>': 'meer dan',
  '>=': 'minstens',
  '<': 'minder dan',
  '<=': 'hooguit',
};
const OPPOSITE: Record<Exclude<Op, 'is'>, Exclude<Op, 'is'>> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=' };

/** Format a value in its unit, Dutch style. */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'share':
      return formatShare(value);
    case 'persons':
      return formatInteger(value);
    case 'ratio':
      // A threshold such as 1.5 reads "1,5 ×", not "1,50 ×".
      return `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(value)} ×`;
    case 'km':
      return `${formatDecimal(value, 1)} km`;
    case 'distance':
      return formatDecimal(value, 2);
    case 'boolean':
      return value ? 'ja' : 'nee';
  }
}

/** A share threshold as a whole percentage, or with one decimal when it has one (2,5%). */
const formatShareThreshold = (share: number) => formatShare(share, Math.round(share * 1000) % 10 !== 0 ? 1 : 0);

/** Threshold wording for tables, e.g. "minstens 2,5%" or "ja". */
export function formatThreshold(c: Condition): string {
  const unit = MEASURE_UNIT[c.measure];
  if (c.op === 'is') return c.threshold ? 'ja' : 'nee';
  const value = unit === 'share' ? formatShareThreshold(c.threshold) : formatValue(c.threshold, unit);
  return `${OP_WORD[c.op]} ${value}`;
}

/** A threshold as it reads inside a sentence: "minstens 2,5%", "minstens 2,75" (the clause says "keer"). */
function bound(c: Condition): string {
  const unit = MEASURE_UNIT[c.measure];
  if (c.op === 'is') return '';
  const value =
    unit === 'share'
      ? formatShareThreshold(c.threshold)
      : unit === 'persons'
        ? formatInteger(c.threshold)
        : new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(c.threshold);
  return `${OP_WORD[c.op]} ${value}`;
}

/** "meer dan 90%" for the condition "migration background below 10%". */
function dutchComplementOf(rule: Rule): string {
  const c = rule.conditions.find((x) => x.measure === 'migrationShare' && (x.op === '<' || x.op === '<='));
  if (!c || c.op === 'is') throw new Error(`${rule.id} has no upper bound on the migration background`);
  return `${OP_WORD[OPPOSITE[c.op]]} ${formatShareThreshold(1 - c.threshold)}`;
}

/**
 * The conditions of a rule as clauses, one per measure: consecutive conditions on the same measure
 * share a clause ("minstens 15% en minder dan 35% van de inwoners …").
 */
function conditionClauses(rule: Rule, national?: Measures): string[] {
  const words = RULE_WORDS[rule.id];
  const clauses: string[] = [];
  for (let i = 0; i < rule.conditions.length;) {
    const measure = rule.conditions[i]!.measure;
    const group: Condition[] = [];
    while (i < rule.conditions.length && rule.conditions[i]!.measure === measure) group.push(rule.conditions[i++]!);
    let clause = CLAUSE[measure](group.map(bound).join(' en '), group[0]!.threshold === 1);
    if (words.dutchComplement && measure === 'migrationShare') {
      clause += ` (dus ${dutchComplementOf(rule)} een Nederlandse achtergrond)`;
    }
    if (national && words.national?.includes(measure)) {
      clause += ` (landelijk ${formatValue(national[measure], MEASURE_UNIT[measure])})`;
    }
    clauses.push(clause);
  }
  return clauses;
}

/**
 * The rule in plain Dutch with its thresholds, generated from its conditions, e.g. "Minstens 2,5% van
 * de inwoners heeft een Poolse achtergrond en minstens 15% …". With the national figures, the
 * national value is added where it explains the threshold ("(landelijk 1,3%)").
 */
export function ruleText(rule: Rule, national?: Measures): string {
  const words = RULE_WORDS[rule.id];
  const clauses = conditionClauses(rule, national);
  const joined = clauses.length <= 2 ? clauses.join(' en ') : clauses.join('; ');
  const body = words.lead ? (joined ? `${words.lead}; ${joined}` : words.lead) : joined;
  return `${capitalise(body)}.${words.close ? ` ${words.close}` : ''}`;
}

/** A figure shown with a derived type: the measure, its label and value, and the threshold it met. */
export interface Figure {
  measure: MeasureId;
  label: string;
  unit: Unit;
  value: number;
  /** Set for figures that a condition of the deciding rule compares with a threshold. */
  op?: Op;
  threshold?: number;
}

const CLASSIC_LABEL: Record<(typeof CLASSIC_GROUPS)[number], string> = {
  turkish: 'Turkse achtergrond',
  moroccan: 'Marokkaanse achtergrond',
  surinamese: 'Surinaamse achtergrond',
  dutchCaribbean: 'Antilliaanse of Arubaanse achtergrond',
};

function figureOf(m: Measures, measure: MeasureId, condition?: Condition): Figure {
  const unit = MEASURE_UNIT[measure];
  const label =
    measure === 'topClassicRatio' || measure === 'topClassicShare'
      ? `${MEASURE_LABEL[measure]} (${CLASSIC_LABEL[m.topClassicGroup]})`
      : MEASURE_LABEL[measure];
  return condition
    ? { measure, label, unit, value: m[measure], op: condition.op, threshold: condition.threshold }
    : { measure, label, unit, value: m[measure] };
}

/** The figures of the deciding rule's conditions, then the migration share and population if not among them. */
export function ruleFigures(rule: Rule, m: Measures): Figure[] {
  return [
    ...rule.conditions.map((c) => figureOf(m, c.measure, c)),
    ...(['migrationShare', 'population'] as const)
      .filter((id) => !rule.conditions.some((c) => c.measure === id))
      .map((id) => figureOf(m, id)),
  ];
}

/** Short names of the measures in the sentence on a gemeente's page. */
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
    if (c.op === 'is') {
      return c.threshold ? SHORT[c.measure](m) : `geen ${SHORT[c.measure](m)}`;
    }
    return `${SHORT[c.measure](m)} ${formatValue(m[c.measure], MEASURE_UNIT[c.measure])} (drempel ${formatThreshold(c)})`;
  });
  return `Regel ‘${ruleLabel(rule)}’: ${parts.join('; ')}.`;
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

/** The rules and thresholds as a table, for /methode/, the open data and the docs. */
export function ruleTable(rules: readonly Rule[] = RULES, national?: Measures): RuleTableRow[] {
  return rules.map((r) => ({
    id: r.id,
    order: r.order,
    type: r.type,
    label: ruleLabel(r),
    text: ruleText(r, national),
    basis: ruleBasis(r.id),
    thresholds: r.conditions.map((c) => ({
      measure: c.measure,
      label: MEASURE_LABEL[c.measure],
      op: c.op,
      value: c.threshold,
      display: formatThreshold(c),
    })),
  }));
}

export const RULE_TABLE: readonly RuleTableRow[] = ruleTable();

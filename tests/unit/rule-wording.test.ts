/**
 * The words for the rule table are generated from its conditions: a changed threshold changes the
 * text, every condition shows in it, and the handwritten parts hold no threshold of their own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMeasures, MEASURE_UNIT, type MeasureId } from '../../src/lib/typology/measures';
import { RULES, ruleById, withThresholds, type Rule } from '../../src/lib/typology/rule-table';
import {
  formatThreshold,
  handwrittenWords,
  MEASURE_LABEL,
  RULE_TABLE,
  ruleBasis,
  ruleLabel,
  ruleTable,
  ruleText,
} from '../../src/lib/typology/rule-wording';
import { groupValues } from '../../src/lib/data/migration-groups';

/** A copy of the table with one threshold changed. */
function withThreshold(ruleIndex: number, conditionIndex: number, value: number): Rule[] {
  return withThresholds(
    RULES,
    RULES.map((r, i) => r.conditions.map((c, j) => (i === ruleIndex && j === conditionIndex ? value : c.threshold))),
  );
}

/** Every number written in a text, as a value (Dutch notation: "250.000", "2,75", "12,5%" → 0.125). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(\s*(?:%|procent))?/g)].map(([, n, pct]) => {
    const value = Number(n!.replaceAll('.', '').replace(',', '.'));
    return pct ? value / 100 : value;
  });
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const OP_WORD = { '>': 'meer dan', '>=': 'minstens', '<': 'minder dan', '<=': 'hooguit' } as const;
/** The number of a table threshold ("minstens 2,75 ×" → "2,75"; "minder dan 1,50 ×" → "1,5"). */
const numberOf = (display: string) =>
  display
    .match(/[\d.,]+%?/)![0]
    .replace(/(,\d*?)0+$/, '$1')
    .replace(/,$/, '');

describe('rule text generated from the table', () => {
  const numeric = RULES.flatMap((rule, r) =>
    rule.conditions.flatMap((c, i) => (c.op === 'is' ? [] : [{ rule, r, i, c }])),
  );

  it.each(numeric.map((x) => [`${x.rule.id} / ${x.c.measure} ${x.c.op} ${x.c.threshold}`, x] as const))(
    'changes when %s changes in a copy of the table',
    (_, { r, i, c }) => {
      const changed = MEASURE_UNIT[c.measure] === 'persons' ? c.threshold + 20_000 : c.threshold * 1.2;
      const copy = withThreshold(r, i, changed);
      const before = ruleText(RULES[r]!);
      const after = ruleText(copy[r]!);
      expect(after).not.toBe(before);
      const count = (text: string, value: number) => numbersIn(text).filter((n) => near(n, value)).length;
      expect(count(after, changed)).toBeGreaterThan(0);
      // Another condition may share the old value (0,15 and 15% in the average rule).
      expect(count(after, c.threshold)).toBe(count(before, c.threshold) - 1);
    },
  );

  it('changes a yes/no condition into its opposite', () => {
    const r = RULES.findIndex((x) => x.id === 'voorstad-buurgemeente-grote-drie');
    expect(ruleText(RULES[r]!)).toContain('is een buurgemeente van');
    expect(ruleText(withThreshold(r, 0, 0)[r]!)).toContain('is geen buurgemeente van');
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: every condition appears in the text', (_, rule) => {
    const text = ruleText(rule).toLowerCase();
    for (const c of rule.conditions) {
      if (c.op === 'is') continue;
      expect(text).toContain(`${OP_WORD[c.op]} ${numberOf(formatThreshold(c))}`);
      expect(numbersIn(text).some((n) => near(n, c.threshold))).toBe(true);
    }
    expect(text.endsWith('.')).toBe(true);
  });

  it('writes every number of a rule text from its conditions (and nothing else)', () => {
    for (const rule of RULES) {
      const allowed = rule.conditions.flatMap((c) => [c.threshold, 1 - c.threshold]);
      for (const n of numbersIn(ruleText(rule))) {
        expect(
          allowed.some((a) => near(a, n)),
          `${rule.id}: ${n}`,
        ).toBe(true);
      }
    }
  });

  it('keeps numbers out of the handwritten lead-in and close', () => {
    for (const rule of RULES) for (const words of handwrittenWords(rule.id)) expect(words).not.toMatch(/\d/);
  });

  it('numbers in labels and the WRR basis equal a threshold of the rule (or its complement)', () => {
    for (const rule of RULES) {
      const allowed = rule.conditions.flatMap((c) => [c.threshold, 1 - c.threshold]);
      for (const n of numbersIn(`${ruleLabel(rule)} ${ruleBasis(rule.id)}`)) {
        expect(
          allowed.some((a) => near(a, n)),
          `${rule.id}: ${n}`,
        ).toBe(true);
      }
    }
    const homogeen = RULES.findIndex((r) => r.id === 'homogeen-nederlandse-achtergrond');
    expect(ruleLabel(withThreshold(homogeen, 0, 0.12)[homogeen]!)).toBe('Meer dan 88% Nederlandse achtergrond');
  });

  it('reads as before for the published table', () => {
    expect(ruleText(ruleById('tuinbouw-poolse-achtergrond'))).toBe(
      'Minstens 2,5% van de inwoners heeft een Poolse achtergrond en minstens 15% van de inwoners met een migratieachtergrond heeft een Poolse achtergrond.',
    );
    expect(ruleText(ruleById('homogeen-nederlandse-achtergrond'))).toBe(
      'Minder dan 10% van de inwoners heeft een migratieachtergrond (dus meer dan 90% een Nederlandse achtergrond).',
    );
    expect(ruleText(ruleById('gemiddeld-dicht-bij-landelijk'))).toMatch(
      /^Geen van de regels hierboven past; minstens 15% en minder dan 35% van de inwoners heeft een migratieachtergrond /,
    );
    expect(ruleText(ruleById('specifiek-een-klassieke-groep'))).toMatch(/^Eén van de vier klassieke groepen/);
  });

  it('adds the national figure where it explains a threshold', () => {
    const national = computeMeasures({
      population: 17_000_000,
      shares: groupValues((id) => (id === 'dutch' ? 0.75 : id === 'polish' ? 0.0125 : 0.2375 / 16)),
      nationalShares: groupValues((id) => (id === 'dutch' ? 0.75 : 0.25 / 17)),
      bordersBig3: false,
      distanceToBig3Km: 0,
    });
    expect(ruleText(ruleById('tuinbouw-poolse-achtergrond'), national)).toContain(
      'Poolse achtergrond (landelijk 1,3%) en',
    );
    expect(ruleText(ruleById('gemiddeld-dicht-bij-landelijk'), national)).toContain(
      'migratieachtergrond (landelijk 25,0%)',
    );
  });
});

describe('rule table rows', () => {
  it('label every measure of every condition', () => {
    const used = new Set<MeasureId>(RULES.flatMap((r) => r.conditions.map((c) => c.measure)));
    for (const m of used) expect(MEASURE_LABEL[m].length).toBeGreaterThan(5);
    expect(RULE_TABLE.map((r) => r.thresholds.length)).toEqual(RULES.map((r) => r.conditions.length));
  });
  it('follow a copied table', () => {
    const r = RULES.findIndex((x) => x.id === 'tuinbouw-poolse-achtergrond');
    const row = ruleTable(withThreshold(r, 0, 0.03))[r]!;
    expect(row.thresholds[0]!.display).toBe('minstens 3%');
    expect(row.text).toMatch(/^Minstens 3% van de inwoners heeft een Poolse achtergrond/);
  });
});

describe('/methode/ prose', () => {
  // The rule texts and the threshold examples on /methode/ come from the table. A threshold typed
  // into the page's prose would not follow a change of the table, so none may be there.
  const source = readFileSync('src/pages/methode.astro', 'utf8');
  const markup = source
    .slice(source.indexOf('---', 3) + 3)
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]+>/g, ' ');

  it('has no percentage or inwoner count typed into the text', () => {
    // The CBS rest group ("onder 0,3% van de bevolking") is the CBS's definition, not a threshold of ours.
    const typed = [...markup.matchAll(/\d[\d.,]*\s*(%|procent|inwoners)/g)].map((m) => m[0]);
    expect(typed).toEqual(['0,3%']);
  });
  it('has no ratio, distance or population threshold typed into the text', () => {
    const thresholds = RULES.flatMap((r) => r.conditions.filter((c) => c.op !== 'is').map((c) => c.threshold));
    const typed = [...markup.matchAll(/(?:\d{1,3}(?:\.\d{3})+|\d+,\d+)(?!\s*%)/g)].map((m) =>
      Number(m[0].replaceAll('.', '').replace(',', '.')),
    );
    expect(typed.filter((n) => thresholds.some((t) => near(t, n)))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/typology/classify';
import { TIGHT_MARGIN, typeDistances } from '../../src/lib/typology/engine';
import { computeMeasures, diversityIndex, type ClassifierInput } from '../../src/lib/typology/measures';
import { RULES } from '../../src/lib/typology/rule-table';
import { RULE_TABLE } from '../../src/lib/typology/rule-wording';
import { groupValues, type GroupId, type GroupValues } from '../../src/lib/data/migration-groups';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';

/**
 * A made-up national composition with round numbers: 25% migration background; Turkish 2.5%
 * (10% of migrants), Dutch Caribbean 1% (4% of migrants).
 */
const NATIONAL = shares({
  turkish: 0.025,
  moroccan: 0.025,
  surinamese: 0.02,
  dutchCaribbean: 0.01,
  german: 0.02,
  belgian: 0.007,
  polish: 0.013,
  british: 0.006,
  indian: 0.004,
  chinese: 0.005,
  italian: 0.004,
  spanish: 0.003,
  indonesian: 0.02,
  afghan: 0.003,
  iraqi: 0.004,
  syrian: 0.007,
  other: 0.074,
});

/** Shares with the given non-Dutch groups; Dutch background is the rest. */
function shares(partial: Partial<Record<Exclude<GroupId, 'dutch'>, number>>): GroupValues {
  const nonDutch = Object.values(partial).reduce((a, b) => a + (b ?? 0), 0);
  return groupValues((id) => (id === 'dutch' ? 1 - nonDutch : (partial[id] ?? 0)));
}

function input(over: Partial<ClassifierInput> & { shares: GroupValues }): ClassifierInput {
  return { population: 40_000, nationalShares: NATIONAL, bordersBig3: false, distanceToBig3Km: 50, ...over };
}

/** A balanced mix that triggers no special rule: migration background `mig`, spread like the nation. */
function balanced(mig: number): GroupValues {
  const f = mig / 0.25;
  return groupValues((id) => (id === 'dutch' ? 1 - mig : NATIONAL[id] * f));
}

describe('diversityIndex (WRR diversity index)', () => {
  it('is 0 when everyone has one background', () => {
    expect(diversityIndex(shares({}))).toBe(0);
  });
  it('is 0.5 for two equal groups', () => {
    expect(diversityIndex(shares({ turkish: 0.5 }))).toBeCloseTo(0.5, 12);
  });
  it('is 1 − 1/18 for 18 equal groups', () => {
    expect(diversityIndex(groupValues(() => 1 / 18))).toBeCloseTo(1 - 1 / 18, 12);
  });
});

describe('rule table', () => {
  it('has a rule for every type, in evaluation order, ending with the "fits no type" fallback', () => {
    expect(RULES.map((r) => r.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect([...new Set(RULES.map((r) => r.type))].sort()).toEqual([...WRR_TYPE_IDS].sort());
    expect(RULES.at(-1)!.conditions).toEqual([]);
    expect(RULES.at(-1)!.id).toBe('geen-type-past-goed');
    // Only the fallback has no conditions: "gemiddeld" itself is a tested rule, not a rest group.
    expect(RULES.filter((r) => r.conditions.length === 0)).toHaveLength(1);
  });
  it('exports every threshold with a Dutch label and display text', () => {
    for (const row of RULE_TABLE) {
      for (const t of row.thresholds) {
        expect(t.label.length).toBeGreaterThan(5);
        expect(t.display).toMatch(/^(minstens|meer dan|minder dan|hooguit) |^(ja|nee)$/);
      }
    }
    const tuinbouw = RULE_TABLE.find((r) => r.type === 'tuinbouw')!;
    expect(tuinbouw.thresholds.map((t) => t.display)).toEqual(['minstens 2,5%', 'minstens 15%']);
  });
  it('never refers to a gemeente code', () => {
    for (const module of ['classify', 'engine', 'measures', 'rule-table', 'rule-wording']) {
      expect(readFileSync(`src/lib/typology/${module}.ts`, 'utf8')).not.toMatch(/GM\d{4}/);
    }
  });
});

describe('rule 1: meerderheid-minderheden', () => {
  const big = (population: number, mig: number) => classify(input({ population, shares: balanced(mig) })).type;
  it.each([
    [250_000, 0.5001, 'meerderheid-minderheden'],
    [900_000, 0.57, 'meerderheid-minderheden'],
    [250_000, 0.5, 'grootstedelijk'], // exactly 50% is not a majority
    [249_999, 0.6, 'grootstedelijk'], // too small for rule 1: a large provincial city
  ])('population %i, migration %f → %s', (population, mig, type) => {
    expect(big(population, mig)).toBe(type);
  });
});

describe('rule 2: homogeen (> 90% Dutch background)', () => {
  it.each([
    [0.0999, 'homogeen'],
    [0.05, 'homogeen'],
    [0.1, 'gemiddeld'], // exactly 90% Dutch is not "more than 90%"
    [0.1001, 'gemiddeld'],
  ])('migration background %f → %s', (mig, type) => {
    expect(classify(input({ shares: balanced(mig) })).type).toBe(type);
  });
  it('counts exactly 10% in persons as not homogeneous despite floating-point rounding', () => {
    // 1 − 0.9 = 0.09999999999999998 in floating point
    const s = groupValues((id) => (id === 'dutch' ? 0.9 : id === 'other' ? 0.1 : 0));
    expect(classify(input({ shares: s })).type).toBe('gemiddeld');
  });
});

describe('rule 3: grens (German + Belgian)', () => {
  // migration 12.5%: German 3% + Belgian 2% = 5% of residents = 40% of migrants
  const atThreshold = { german: 0.03, belgian: 0.02, other: 0.045, turkish: 0.03 };
  it('holds exactly at both thresholds', () => {
    const r = classify(input({ shares: shares(atThreshold) }));
    expect(r.type).toBe('grens');
    expect(r.rule).toBe('grens-duitse-belgische-achtergrond');
    expect(r.margin).toBeCloseTo(0, 9);
    expect(r.confidence).toBe('krap');
  });
  it('fails just below 5% of residents', () => {
    expect(classify(input({ shares: shares({ ...atThreshold, german: 0.0299, other: 0.0451 }) })).type).not.toBe(
      'grens',
    );
  });
  it('fails when German + Belgian are under 40% of migrants', () => {
    expect(classify(input({ shares: shares({ ...atThreshold, other: 0.046 }) })).type).not.toBe('grens');
  });
  it('is ruim for a strong border profile', () => {
    const r = classify(
      input({ shares: shares({ german: 0.35, belgian: 0.03, other: 0.08, polish: 0.02, turkish: 0.01 }) }),
    );
    expect(r.type).toBe('grens');
    expect(r.confidence).toBe('ruim');
    expect(r.ruleText).toContain('Duitse plus Belgische achtergrond 38,0%');
  });
});

describe('rule 4: tuinbouw (Polish)', () => {
  // migration 1/6: Polish 2.5% of residents = 15% of migrants
  const mig = 1 / 6;
  const at = { polish: 0.025, turkish: 0.02, moroccan: 0.02, other: mig - 0.065 };
  it('holds exactly at both thresholds', () => {
    expect(classify(input({ shares: shares(at) })).type).toBe('tuinbouw');
  });
  it('fails at 2.49% Polish', () => {
    expect(classify(input({ shares: shares({ ...at, polish: 0.0249, other: at.other + 0.0001 }) })).type).not.toBe(
      'tuinbouw',
    );
  });
  it('fails when Polish is under 15% of migrants (a big diverse city)', () => {
    const r = classify(
      input({ population: 220_000, shares: shares({ polish: 0.034, turkish: 0.04, moroccan: 0.03, other: 0.2 }) }),
    );
    expect(r.type).toBe('grootstedelijk');
  });
  it('writes the figures into the rule text', () => {
    const r = classify(input({ shares: shares({ polish: 0.036, moroccan: 0.017, other: 0.116 }) }));
    expect(r.type).toBe('tuinbouw');
    expect(r.ruleText).toBe(
      'Regel ‘Veel inwoners met een Poolse achtergrond’: Poolse achtergrond 3,6% (drempel minstens 2,5%); onder inwoners met migratieachtergrond 21,3% (drempel minstens 15%).',
    );
  });
});

describe('rule 5: grootstedelijk', () => {
  const mix = shares({ turkish: 0.05, moroccan: 0.05, other: 0.1 }); // 20% migration, classic-heavy
  it.each([
    [100_000, false, 'grootstedelijk'],
    [99_999, false, 'gemiddeld'],
    [100_000, true, 'gemiddeld'], // a neighbour of the big three is no provinciegemeente; 20% is too little for voorstad
  ])('population %i, borders big three %s → %s', (population, bordersBig3, type) => {
    expect(classify(input({ population, bordersBig3, shares: mix })).type).toBe(type);
  });
  it('needs at least 20% migration background', () => {
    expect(classify(input({ population: 150_000, shares: balanced(0.199) })).type).toBe('gemiddeld');
    expect(classify(input({ population: 150_000, shares: balanced(0.2) })).type).toBe('grootstedelijk');
  });
});

describe('rule 6: expat', () => {
  // migration 18%: British/Indian/other 8.1% = 45% of migrants; Turkish+Moroccan 3.6% = 20% of migrants
  const at = {
    british: 0.01,
    indian: 0.01,
    other: 0.061,
    turkish: 0.018,
    moroccan: 0.018,
    german: 0.02,
    indonesian: 0.043,
  };
  it('holds exactly at all three thresholds', () => {
    expect(classify(input({ shares: shares(at) })).type).toBe('expat');
  });
  it('fails with slightly more classic groups (20.1% of migrants)', () => {
    expect(classify(input({ shares: shares({ ...at, turkish: 0.01818, indonesian: 0.04282 }) })).type).not.toBe(
      'expat',
    );
  });
  it('fails with a narrower mix (44.9% expat origins)', () => {
    expect(classify(input({ shares: shares({ ...at, other: 0.06082, indonesian: 0.04318 }) })).type).not.toBe('expat');
  });
  it('fails below 18% migration background', () => {
    const scaled = Object.fromEntries(Object.entries(at).map(([k, v]) => [k, v * 0.99]));
    expect(classify(input({ shares: shares(scaled) })).type).not.toBe('expat');
  });
  it('comes before voorstad: a diverse neighbour of the big three with an expat mix is expat', () => {
    const r = classify(
      input({
        bordersBig3: true,
        population: 92_000,
        shares: shares({
          indian: 0.066,
          chinese: 0.018,
          other: 0.21,
          surinamese: 0.032,
          moroccan: 0.02,
          turkish: 0.015,
          indonesian: 0.038,
          german: 0.015,
          british: 0.015,
          polish: 0.009,
        }),
      }),
    );
    expect(r.type).toBe('expat');
  });
});

describe('rule 7: voorstad', () => {
  const mix = (mig: number) =>
    shares({
      surinamese: mig * 0.2,
      moroccan: mig * 0.15,
      turkish: mig * 0.15,
      other: mig * 0.3,
      indonesian: mig * 0.2,
    });
  it.each([
    [true, 0.3, 'voorstad'],
    [true, 0.5, 'voorstad'], // also when half or more has a migration background (not a big city)
    [true, 0.2999, 'gemiddeld'],
    [false, 0.45, 'gemiddeld'],
  ])('borders big three %s, migration %f → %s', (bordersBig3, mig, type) => {
    expect(classify(input({ bordersBig3, population: 60_000, shares: mix(mig) })).type).toBe(type);
  });
});

describe('rule 8: specifieke-minderheidsgroep', () => {
  // migration 20%; national Turkish share among migrants is 10%, so 2.75× means 5.5% of residents
  const at = { turkish: 0.055, moroccan: 0.01, other: 0.08, indonesian: 0.055 };
  it('holds exactly at 2.75× over-representation', () => {
    const r = classify(input({ shares: shares(at) }));
    expect(r.type).toBe('specifieke-minderheidsgroep');
    expect(r.ruleText).toContain('Turkse achtergrond');
    expect(computeMeasures(input({ shares: shares(at) })).topClassicGroup).toBe('turkish');
  });
  it('fails just below 2.75×', () => {
    expect(classify(input({ shares: shares({ ...at, turkish: 0.0549, indonesian: 0.0551 }) })).type).toBe('gemiddeld');
  });
  it('fails when a second classic group reaches 1.5× (two groups, not one)', () => {
    // Moroccan 3% of residents = 15% of migrants = 1.5× the national 10%
    expect(classify(input({ shares: shares({ ...at, moroccan: 0.03, indonesian: 0.035 }) })).type).toBe('gemiddeld');
  });
  it('fails when the group is under 2% of all residents, however over-represented', () => {
    // migration 12%, Dutch Caribbean 1.5% = 12.5% of migrants = 3.1× the national 4%
    const small = shares({ dutchCaribbean: 0.015, other: 0.06, indonesian: 0.045 });
    expect(computeMeasures(input({ shares: small })).topClassicRatio).toBeGreaterThan(2.75);
    expect(classify(input({ shares: small })).type).toBe('gemiddeld');
  });
  it('recognises a Dutch Caribbean group at a lower level than a Turkish one', () => {
    // migration 21%, Dutch Caribbean 2.6% = 12.4% of migrants = 3.1× the national 4%
    const r = classify(
      input({
        shares: shares({
          dutchCaribbean: 0.026,
          indonesian: 0.037,
          surinamese: 0.013,
          other: 0.071,
          german: 0.021,
          turkish: 0.005,
          moroccan: 0.004,
          british: 0.008,
        }),
      }),
    );
    expect(r.type).toBe('specifieke-minderheidsgroep');
    expect(r.ruleText).toContain('Antilliaanse of Arubaanse achtergrond');
  });
});

describe('rule 9: gemiddeld, margin and confidence', () => {
  it('is gemiddeld by its own rule near the national composition, with the figures', () => {
    const r = classify(input({ shares: balanced(0.22) }));
    expect(r.type).toBe('gemiddeld');
    expect(r.rule).toBe('gemiddeld-dicht-bij-landelijk');
    expect(r.fit).toBe('average');
    expect(r.ruleText).toContain('migratieachtergrond 22,0%');
    expect(r.ruleText).toContain('afstand tot de landelijke samenstelling');
  });
  it.each([
    [0.12, 'geen-type-past-goed', 'none'],
    [0.149, 'geen-type-past-goed', 'none'],
    [0.15, 'gemiddeld-dicht-bij-landelijk', 'average'],
    [0.349, 'gemiddeld-dicht-bij-landelijk', 'average'],
    [0.352, 'geen-type-past-goed', 'none'],
  ])('migration background %f, balanced mix → rule %s (fit %s)', (mig, rule, fit) => {
    const r = classify(input({ shares: balanced(mig) }));
    expect(r.type).toBe('gemiddeld');
    expect(r.rule).toBe(rule);
    expect(r.fit).toBe(fit);
  });
  it('a mix far from the national one fits no type, even at an average migration share', () => {
    // 22% migration background, all Indonesian, Afghan or Iraqi: no rule holds, and the mix is unlike the nation's.
    const r = classify(input({ shares: shares({ indonesian: 0.14, afghan: 0.04, iraqi: 0.04 }) }));
    expect(r.rule).toBe('geen-type-past-goed');
    expect(r.ruleText).toMatch(/^Geen enkele regel past/);
  });
  it('reports the nearest threshold of an earlier rule that would take over', () => {
    const r = classify(input({ shares: balanced(0.105) }));
    expect(r.type).toBe('gemiddeld');
    expect(r.nearestThreshold).toEqual({ rule: 'homogeen-nederlandse-achtergrond', measure: 'migrationShare' });
    expect(r.margin).toBeCloseTo(0.05, 9);
    expect(r.confidence).toBe('krap');
  });
  it('measures the margin of the deciding rule itself', () => {
    const r = classify(input({ shares: balanced(0.05) }));
    expect(r.type).toBe('homogeen');
    expect(r.margin).toBeCloseTo(0.5, 9);
    expect(r.confidence).toBe('ruim');
  });
  it(`labels a margin just under ${TIGHT_MARGIN * 100}% as krap and at it as ruim`, () => {
    expect(classify(input({ shares: balanced(0.0901) })).confidence).toBe('krap');
    expect(classify(input({ shares: balanced(0.09) })).confidence).toBe('ruim');
  });
  it('lists the compared figures with their thresholds', () => {
    const r = classify(input({ shares: balanced(0.05) }));
    expect(r.figures[0]).toMatchObject({ measure: 'migrationShare', op: '<', threshold: 0.1 });
    expect(r.figures.map((f) => f.measure)).toContain('population');
  });
});

describe('typeDistances', () => {
  it('is 0 for the deciding type and positive for others', () => {
    const d = typeDistances(computeMeasures(input({ shares: balanced(0.105) })));
    expect(d.gemiddeld).toBe(0);
    expect(d.homogeen).toBeCloseTo(0.05, 9);
    expect(d.voorstad).toBe(Infinity); // needs a border with the big three
  });
});

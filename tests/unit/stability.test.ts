import { describe, expect, it } from 'vitest';
import { computeMeasures, type ClassifierInput } from '../../src/lib/typology/measures';
import { RULES } from '../../src/lib/typology/rule-table';
import { groupValues } from '../../src/lib/data/migration-groups';
import {
  certaintyOf,
  DEFINITION_SPREAD,
  drawThresholds,
  mulberry32,
  SPREAD,
  stabilityOf,
  type StabilityInput,
} from '../../src/lib/typology/stability';

const NATIONAL = groupValues((id) => (id === 'dutch' ? 0.75 : 0.25 / 17));
/** Nation-like mix with migration share `mig`. */
const balanced = (mig: number) => groupValues((id) => (id === 'dutch' ? 1 - mig : NATIONAL[id] * (mig / 0.25)));
const input = (over: Partial<ClassifierInput>): StabilityInput => {
  const i: ClassifierInput = {
    population: 40_000,
    shares: balanced(0.2),
    nationalShares: NATIONAL,
    bordersBig3: false,
    distanceToBig3Km: 50,
    ...over,
  };
  return {
    measures: computeMeasures(i),
    contact: { borderKm: 0, waterGapKm: null },
    isBig3: false,
    shownType: 'gemiddeld',
  };
};

describe('mulberry32', () => {
  it('is reproducible for a seed and uniform-ish in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });
});

describe('drawThresholds', () => {
  const draws = drawThresholds(500, 1);
  it('keeps every numeric threshold within its stated range, and yes/no conditions fixed', () => {
    for (const d of draws) {
      RULES.forEach((rule, r) =>
        rule.conditions.forEach((c, i) => {
          const v = d.thresholds[r]![i]!;
          if (c.op === 'is') return expect(v).toBe(c.threshold);
          const spread =
            rule.id === 'grote-stad-meerderheid-migratieachtergrond' && c.measure === 'migrationShare'
              ? DEFINITION_SPREAD
              : SPREAD;
          expect(v).toBeGreaterThanOrEqual(c.threshold / spread - 1e-12);
          expect(v).toBeLessThanOrEqual(c.threshold * spread + 1e-12);
        }),
      );
    }
  });
  it('is the same for the same seed and differs for another', () => {
    expect(drawThresholds(3, 1)).toEqual(drawThresholds(3, 1));
    expect(drawThresholds(3, 2)).not.toEqual(drawThresholds(3, 1));
  });
});

describe('stabilityOf', () => {
  const draws = drawThresholds(400, 3);
  it.each([
    [
      'a gemeente far from every threshold keeps its type in every draw',
      input({ shares: balanced(0.25) }),
      'gemiddeld',
      1,
      null,
    ],
    [
      '9,8% against the 10% threshold is unsure, with homogeen as alternative',
      input({ shares: balanced(0.098) }),
      'homogeen',
      [0.3, 0.75],
      'gemiddeld',
    ],
    [
      '101.000 inhabitants against the 100.000 threshold is unsure',
      input({ population: 101_000, shares: balanced(0.25) }),
      'grootstedelijk',
      [0.3, 0.75],
      'gemiddeld',
    ],
  ] as const)('%s', (_, i, shown, expected, alternative) => {
    const [r] = stabilityOf([{ ...i, shownType: shown }], draws);
    if (typeof expected === 'number') expect(r!.stability).toBe(expected);
    else {
      expect(r!.stability).toBeGreaterThan(expected[0]);
      expect(r!.stability).toBeLessThan(expected[1]);
    }
    expect(r!.alternativeType).toBe(alternative);
  });
  it('recomputes adjacency per draw: a 0,9 km border is sometimes enough for voorstad', () => {
    const base = input({ shares: balanced(0.32) });
    const [r] = stabilityOf([{ ...base, contact: { borderKm: 0.9, waterGapKm: null }, shownType: 'voorstad' }], draws);
    expect(r!.stability).toBeGreaterThan(0.1);
    expect(r!.stability).toBeLessThan(0.9);
  });
  it('never makes one of the big three its own neighbour', () => {
    const base = input({ shares: balanced(0.32) });
    const [r] = stabilityOf(
      [{ ...base, isBig3: true, contact: { borderKm: 50, waterGapKm: 0 }, shownType: 'voorstad' }],
      draws,
    );
    expect(r!.stability).toBe(0);
  });
});

describe('certaintyOf', () => {
  it.each([
    [1, false, 'zeker'],
    [0.9, false, 'zeker'],
    [0.899, false, 'waarschijnlijk'],
    [0.6, false, 'waarschijnlijk'],
    [0.599, false, 'onzeker'],
    [1, true, 'onzeker'],
  ] as const)('stability %f, fits no type %s → %s', (s, none, level) => {
    expect(certaintyOf(s, none)).toBe(level);
  });
});

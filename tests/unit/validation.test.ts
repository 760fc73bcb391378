import { describe, expect, it } from 'vitest';
import { computeMeasures, type ClassifierInput } from '../../src/lib/typology/measures';
import { DEFAULT_THRESHOLDS, RULES } from '../../src/lib/typology/rule-table';
import { groupValues } from '../../src/lib/data/migration-groups';
import {
  inSample,
  leaveOneOut,
  nearestCentroid,
  plateauMiddle,
  standardise,
  tune,
  validateCentroid,
  type Example,
} from '../../src/lib/typology/validation';

const NATIONAL = groupValues((id) => (id === 'dutch' ? 0.75 : 0.25 / 17));
const balanced = (mig: number) => groupValues((id) => (id === 'dutch' ? 1 - mig : NATIONAL[id] * (mig / 0.25)));
const example = (code: string, mig: number, named: Example['namedTypes']): Example => {
  const i: ClassifierInput = {
    population: 40_000,
    shares: balanced(mig),
    nationalShares: NATIONAL,
    bordersBig3: false,
    distanceToBig3Km: 50,
  };
  return { code, name: code, namedTypes: named, measures: computeMeasures(i) };
};
const homogeenRule = RULES.findIndex((r) => r.id === 'homogeen-nederlandse-achtergrond');

describe('plateauMiddle', () => {
  it.each([
    [[1, 2, 3, 4, 5], [0, 1, 1, 1, 0], 3],
    [[1, 2, 3, 4, 5], [2, 0, 1, 1, 0], 1],
    [[1, 2, 3, 4, 5], [1, 1, 0, 1, 1], 1],
    [[1, 2, 3, 4], [0, 1, 1, 0], 2],
  ])('values %o, scores %o → %d', (values, scores, expected) => {
    expect(plateauMiddle(values, scores)).toBe(expected);
  });
});

describe('tune and leave-one-out', () => {
  // Named homogeen at 11% and 11,5% migration background: the published 10% threshold misses them; tuning moves it up.
  const examples = [
    example('A', 0.11, ['homogeen']),
    example('B', 0.115, ['homogeen']),
    example('C', 0.22, ['gemiddeld']),
    example('D', 0.25, ['gemiddeld']),
  ];
  it('moves a threshold when the training examples ask for it', () => {
    const t = tune(examples);
    expect(t[homogeenRule]![0]!).toBeGreaterThan(0.115);
    expect(t[homogeenRule]![0]!).toBeLessThanOrEqual(0.16);
  });
  it('in-sample uses the published thresholds; leave-one-out refits without the held-out gemeente', () => {
    expect(inSample(examples).overall).toMatchObject({ agree: 2, total: 4 });
    // Held out, A or B is still found by the threshold the other one moved; C and D stay gemiddeld.
    const loo = leaveOneOut(examples);
    expect(loo.overall).toMatchObject({ agree: 4, total: 4 });
    expect(loo.perType.find((p) => p.type === 'homogeen')).toMatchObject({ agree: 2, total: 2 });
  });
  it('cannot learn what no training example shows: a lone example held out is missed', () => {
    const lone = [
      example('A', 0.11, ['homogeen']),
      example('C', 0.22, ['gemiddeld']),
      example('D', 0.25, ['gemiddeld']),
    ];
    expect(leaveOneOut(lone).predicted.find((p) => p.code === 'A')!.predicted).toBe('gemiddeld');
  });
  it('does not change the published thresholds', () => {
    tune(examples);
    expect(DEFAULT_THRESHOLDS[homogeenRule]![0]).toBe(0.1);
  });
});

describe('nearest centroid', () => {
  it('standardises columns to mean 0 and sd 1, a constant column to 0', () => {
    const z = standardise([
      [1, 5],
      [3, 5],
    ]);
    expect(z).toEqual([
      [-1, 0],
      [1, 0],
    ]);
  });
  it('picks the type with the nearest mean, and null without training data', () => {
    const training = [
      { x: [0, 0], type: 'homogeen' as const },
      { x: [0, 2], type: 'homogeen' as const },
      { x: [5, 5], type: 'expat' as const },
    ];
    expect(nearestCentroid(training, [0.5, 1])).toBe('homogeen');
    expect(nearestCentroid(training, [4, 4])).toBe('expat');
    expect(nearestCentroid([], [4, 4])).toBeNull();
  });
  it('compares with the rules over all gemeenten and leaves conflicting examples out of training', () => {
    const examples = [
      example('A', 0.05, ['homogeen']),
      example('B', 0.3, ['gemiddeld']),
      example('V', 0.2, ['homogeen', 'gemiddeld']),
    ];
    const all = [
      { code: 'A', x: [0], derivedType: 'homogeen' as const, named: true },
      { code: 'B', x: [10], derivedType: 'gemiddeld' as const, named: true },
      { code: 'V', x: [4], derivedType: 'gemiddeld' as const, named: true },
      { code: 'X', x: [9], derivedType: 'homogeen' as const, named: false },
    ];
    const v = validateCentroid(all, examples);
    // V (4) is nearer A's mean (0) than B's (10): homogeen, against the rules' gemiddeld; X likewise the other way.
    expect(v.withRules.overall).toMatchObject({ agree: 2, total: 4 });
    expect(v.withRulesDerivedOnly).toMatchObject({ agree: 0, total: 1 });
    // Held out, A and B have no training example of their own type left.
    expect(v.leaveOneOut.overall).toMatchObject({ agree: 1, total: 3 });
  });
});

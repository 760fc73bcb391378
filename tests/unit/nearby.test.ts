import { describe, expect, it } from 'vitest';
import { distanceKm, nearestSameType } from '../../src/lib/compare/nearby';

describe('distanceKm', () => {
  it('measures Amsterdam–Rotterdam at about 57 km', () => {
    expect(distanceKm([4.9, 52.37], [4.48, 51.92])).toBeGreaterThan(55);
    expect(distanceKm([4.9, 52.37], [4.48, 51.92])).toBeLessThan(60);
  });
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm([5, 52], [5, 52])).toBe(0);
    expect(distanceKm([5, 52], [6, 53])).toBeCloseTo(distanceKm([6, 53], [5, 52]), 9);
  });
});

describe('nearestSameType', () => {
  const all = [
    { code: 'A', type: 'tuinbouw', centroid: [4.2, 52.0] as [number, number] },
    { code: 'B', type: 'tuinbouw', centroid: [4.3, 52.0] as [number, number] },
    { code: 'C', type: 'homogeen', centroid: [4.21, 52.0] as [number, number] },
    { code: 'D', type: 'tuinbouw', centroid: [6.0, 53.0] as [number, number] },
  ];
  it('keeps only other gemeenten of the same type, nearest first', () => {
    expect(nearestSameType(all[0]!, all, 5).map((n) => n.gemeente.code)).toEqual(['B', 'D']);
  });
  it('respects the limit', () => {
    expect(nearestSameType(all[0]!, all, 1)).toHaveLength(1);
  });
});

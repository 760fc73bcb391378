import { describe, expect, it } from 'vitest';
import {
  isNeighbour,
  lineKm,
  MAX_WATER_GAP_KM,
  MIN_BORDER_KM,
  sharedBorderKm,
  waterGapKm,
  type Contact,
} from '../../src/lib/data/adjacency';
import { toShape } from '../../src/lib/data/geo';

/** A square of `size` degrees with its south-west corner at (x, y). */
const square = (x: number, y: number, size = 0.1) =>
  toShape({
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  });

describe('isNeighbour', () => {
  it.each([
    [{ borderKm: 0.59, waterGapKm: null }, false, 'a 0,6 km strip (Hilversum–Amsterdam) is not enough'],
    [{ borderKm: MIN_BORDER_KM, waterGapKm: null }, true, 'exactly the minimum border length counts'],
    [{ borderKm: 7, waterGapKm: null }, true, 'a long land border counts'],
    [{ borderKm: 0, waterGapKm: 5.6 }, true, 'across open water within reach (Almere–Amsterdam)'],
    [{ borderKm: 0, waterGapKm: MAX_WATER_GAP_KM + 0.01 }, false, 'too far across water'],
    [{ borderKm: 0, waterGapKm: null }, false, 'no contact at all'],
  ] as [Contact, boolean, string][])('%o → %s (%s)', (contact, expected) => {
    expect(isNeighbour(contact)).toBe(expected);
  });
  it('takes other thresholds (the stability check varies them)', () => {
    expect(isNeighbour({ borderKm: 0.59, waterGapKm: null }, { minBorderKm: 0.5, maxWaterGapKm: 1 })).toBe(true);
  });
});

describe('sharedBorderKm', () => {
  it('sums arcs owned by exactly two geometries, per pair', () => {
    // Geometry 0 uses arcs 0, 1; geometry 1 uses ~0 (reversed) and 2; geometry 2 uses 1 and 2.
    const km = sharedBorderKm(
      [
        [0, 1],
        [~0, 2],
        [1, 2, 3],
      ],
      [1.5, 2, 0.25, 9],
    );
    expect(Object.fromEntries(km)).toEqual({ '0|1': 1.5, '0|2': 2, '1|2': 0.25 });
  });
  it('measures a line in km (0.1° of latitude ≈ 11,1 km)', () => {
    expect(
      lineKm([
        [5, 52],
        [5, 52.1],
      ]),
    ).toBeCloseTo(11.12, 1);
  });
});

describe('waterGapKm', () => {
  const a = square(5, 52);
  const b = square(5.15, 52); // 0.05° east: about 3,4 km of open water in between
  it('finds the gap across open water', () => {
    const gap = waterGapKm(a, b, [], 6);
    expect(gap).not.toBeNull();
    expect(gap!).toBeGreaterThan(3);
    expect(gap!).toBeLessThan(3.6);
  });
  it('is null when a third gemeente lies in between (no open water)', () => {
    const between = square(5.1, 51.95, 0.05 + 0.2);
    expect(waterGapKm(a, b, [between], 6)).toBeNull();
  });
  it('is null beyond the search distance', () => {
    expect(waterGapKm(a, b, [], 2)).toBeNull();
  });
  it('does not count two shapes that touch in a point as a gap across water', () => {
    const c = square(5.1, 52.1);
    expect(waterGapKm(a, c, [], 6)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { haversineKm, overlapFractions, samplePoints, shapeContains, toShape } from '../../src/lib/data/geo';
import { MIN_SUCCESSOR_FRACTION, predecessorsOf, successorsByGeometry } from '../../src/lib/data/divisions';

const square = (x0: number, y0: number, x1: number, y1: number) =>
  toShape({
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0, y1],
        [x1, y1],
        [x1, y0],
        [x0, y0],
      ],
    ],
  });

describe('geo', () => {
  it('tests points against polygons with holes (even-odd)', () => {
    const ring = toShape({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [0, 4],
          [4, 4],
          [4, 0],
          [0, 0],
        ],
        [
          [1, 1],
          [3, 1],
          [3, 3],
          [1, 3],
          [1, 1],
        ],
      ],
    });
    expect(shapeContains(ring, 0.5, 0.5)).toBe(true);
    expect(shapeContains(ring, 2, 2)).toBe(false);
    expect(shapeContains(ring, 5, 2)).toBe(false);
  });
  it('samples a deterministic grid inside the shape', () => {
    const pts = samplePoints(square(0, 0, 1, 1), 10);
    expect(pts).toHaveLength(100);
    expect(samplePoints(square(0, 0, 1, 1), 10)).toEqual(pts);
  });
  it('measures overlap fractions between two divisions', () => {
    const old = [{ code: 'A', shape: square(0, 0, 2, 1) }];
    const now = [
      { code: 'X', shape: square(0, 0, 1.5, 1) },
      { code: 'Y', shape: square(1.5, 0, 3, 1) },
    ];
    const f = overlapFractions(old, now, 40).get('A')!;
    expect(f[0]!.code).toBe('X');
    expect(f[0]!.fraction).toBeCloseTo(0.75, 2);
    expect(f[1]!.fraction).toBeCloseTo(0.25, 2);
  });
  it('computes great-circle distances', () => {
    // Amsterdam Dam to Rotterdam Coolsingel, about 57 km
    expect(haversineKm([4.8932, 52.3731], [4.4777, 51.9225])).toBeCloseTo(57.4, 0);
  });
});

describe('successorsByGeometry', () => {
  const old = [
    { code: 'GM0001', shape: square(0, 0, 1, 1) }, // continues, with a sliver in GM0003
    { code: 'GM0002', shape: square(1, 0, 2, 1) }, // dissolved, split 60/40
    { code: 'GM0004', shape: square(2, 0, 3, 1) }, // dissolved, merged whole; 2% sliver elsewhere
  ];
  const now = [
    { code: 'GM0001', shape: square(0, 0, 0.9, 1) },
    { code: 'GM0003', shape: square(0.9, 0, 1.6, 1) },
    { code: 'GM0005', shape: square(1.6, 0, 2.98, 1) },
    { code: 'GM0006', shape: square(2.98, 0, 4, 1) },
  ];
  const s = successorsByGeometry(old, now);

  it('keeps a gemeente whose code still exists as its own successor only', () => {
    expect(s.get('GM0001')!.map((x) => x.code)).toEqual(['GM0001']);
  });
  it('lists every successor of a split gemeente', () => {
    expect(s.get('GM0002')!.map((x) => x.code)).toEqual(['GM0003', 'GM0005']);
  });
  it(`ignores slivers under ${MIN_SUCCESSOR_FRACTION * 100}%`, () => {
    expect(s.get('GM0004')!.map((x) => x.code)).toEqual(['GM0005']);
  });
  it('inverts to predecessors per new gemeente', () => {
    const p = predecessorsOf(s);
    expect(p.get('GM0005')).toEqual(['GM0002', 'GM0004']);
    expect(p.get('GM0003')).toEqual(['GM0002']);
    expect(p.get('GM0006')).toBeUndefined();
  });
});

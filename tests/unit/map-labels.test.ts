import { describe, expect, it } from 'vitest';
import { LABEL_LEVELS, labelBox, levelAt, placeLabels } from '../../src/lib/map/map-labels';
import { MAP } from '../../src/generated/map';
import { GEMEENTEN } from '../../src/generated/gemeenten';

const overlap = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('placeLabels', () => {
  const close = [
    { code: 'A', name: 'Grootstad', population: 500_000, centroid: [100, 100] as const },
    { code: 'B', name: 'Kleindorp', population: 10_000, centroid: [115, 101] as const },
    { code: 'C', name: 'Verweg', population: 5_000, centroid: [400, 400] as const },
  ];

  it('gives the larger of two close gemeenten the lower level', () => {
    const labels = placeLabels(close);
    const level = Object.fromEntries(labels.map((l) => [l.code, l.level]));
    expect(level.A).toBe(0);
    expect(level.C).toBe(0);
    expect(level.B).toBeGreaterThan(level.A!);
  });

  it('never places two overlapping labels on the real map, at any level', () => {
    const population = new Map(GEMEENTEN.map((g) => [g.code, g.population]));
    const labels = placeLabels(
      MAP.shapes.map((s) => ({
        code: s.code,
        name: s.name,
        population: population.get(s.code) ?? 0,
        centroid: s.centroid,
      })),
    );
    expect(labels.length).toBeGreaterThan(MAP.shapes.length * 0.9);
    // The biggest city is labelled first.
    expect(labels.find((l) => l.name === 'Amsterdam')?.level).toBe(0);
    LABEL_LEVELS.forEach((px, level) => {
      const shown = labels.filter((l) => l.level <= level).map((l) => labelBox(l.name, [l.x, l.y], px));
      const clashes: string[] = [];
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++)
          if (overlap(shown[i]!, shown[j]!)) clashes.push(`${level}: ${i}/${j}`);
      expect(clashes).toEqual([]);
    });
  });

  it('levelAt picks the highest level reached', () => {
    expect(levelAt(0.9)).toBe(-1);
    expect(levelAt(1)).toBe(0);
    expect(levelAt(2.5)).toBe(2);
    expect(levelAt(100)).toBe(LABEL_LEVELS.length - 1);
  });
});

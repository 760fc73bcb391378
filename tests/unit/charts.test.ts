import { describe, expect, it } from 'vitest';
import { describeBars, layoutBarChart } from '../../src/lib/compare/charts';

const data = [
  { id: 'a', label: 'Poolse achtergrond', value: 0.04, valueLabel: '4,0%' },
  { id: 'b', label: 'Duitse achtergrond', value: 0.02, valueLabel: '2,0%' },
  { id: 'c', label: 'Britse achtergrond', value: 0, valueLabel: '0,0%' },
];

describe('layoutBarChart', () => {
  it('scales bars linearly to the largest value, leaving room for value labels', () => {
    const l = layoutBarChart(data, { width: 300, valueRoom: 50, rowHeight: 30 });
    expect(l.bars.map((b) => b.barWidth)).toEqual([250, 125, 0]);
    expect(l.height).toBe(90);
    expect(l.bars.map((b) => b.barY)).toEqual([15, 45, 75]);
    expect(l.bars[1]!.valueX).toBe(129);
  });

  it('uses a shared maximum so charts side by side compare, clamping larger values', () => {
    const l = layoutBarChart(data, { width: 300, valueRoom: 50, max: 0.08 });
    expect(l.bars[0]!.barWidth).toBe(125);
    const clamped = layoutBarChart([{ ...data[0]!, value: 0.2 }], { width: 300, valueRoom: 50, max: 0.08 });
    expect(clamped.bars[0]!.barWidth).toBe(250);
  });

  it('gives tiny values a visible sliver and survives all-zero data', () => {
    expect(layoutBarChart([{ ...data[0]!, value: 0.0001 }], { max: 1 }).bars[0]!.barWidth).toBe(1);
    expect(layoutBarChart([data[2]!]).bars[0]!.barWidth).toBe(0);
    expect(layoutBarChart([]).height).toBe(0);
  });
});

describe('describeBars', () => {
  it('reads the values as one sentence', () => {
    expect(describeBars('Herkomst', data.slice(0, 2))).toBe(
      'Herkomst: Poolse achtergrond 4,0%; Duitse achtergrond 2,0%.',
    );
  });
});

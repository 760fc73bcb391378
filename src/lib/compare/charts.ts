/**
 * Layout of the small horizontal bar charts (composition per WRR type), computed at build time with
 * d3-scale. Pure numbers in, rounded coordinates out: the .astro component only draws them, and unit
 * tests check the geometry without a DOM.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarDatum {
  id: string;
  /** Text above the bar. */
  label: string;
  value: number;
  /** Formatted value shown at the end of the bar, e.g. "3,1%". */
  valueLabel: string;
}

export interface BarMark extends BarDatum {
  /** Baseline of the label text. */
  labelY: number;
  barY: number;
  barWidth: number;
  /** Where the value label starts (just right of the bar). */
  valueX: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  barHeight: number;
  bars: BarMark[];
}

export interface BarChartOptions {
  /** viewBox width. */
  width?: number;
  /** Upper end of the value axis; pass the same value to charts that are shown side by side. */
  max?: number;
  /** Height of one row (label line + bar). */
  rowHeight?: number;
  /** Room kept right of the longest bar for its value label. */
  valueRoom?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutBarChart(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 320, rowHeight = 36, valueRoom = 48 } = options;
  const max = options.max ?? Math.max(0, ...data.map((d) => d.value));
  const x = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .range([0, width - valueRoom])
    .clamp(true);
  const y = scaleBand<string>()
    .domain(data.map((d) => d.id))
    .range([0, data.length * rowHeight]);
  const barHeight = round(rowHeight * 0.4);
  const bars = data.map((d): BarMark => {
    const top = y(d.id) ?? 0;
    // A value above zero always gets a visible sliver, so "small" and "none" differ.
    const barWidth = d.value > 0 ? Math.max(1, round(x(d.value))) : 0;
    return {
      ...d,
      labelY: round(top + rowHeight * 0.38),
      barY: round(top + rowHeight * 0.5),
      barWidth,
      valueX: round(barWidth + 4),
    };
  });
  return { width, height: data.length * rowHeight, barHeight, bars };
}

/** "Poolse achtergrond 3,1%; Turkse achtergrond 2,0%" — the values as one sentence for aria-label. */
export function describeBars(title: string, data: readonly { label: string; valueLabel: string }[]): string {
  return `${title}: ${data.map((d) => `${d.label} ${d.valueLabel}`).join('; ')}.`;
}

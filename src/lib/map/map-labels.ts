/**
 * Place names on the zoomed map, placed at build time: largest gemeenten first, never two labels
 * overlapping. A label gets the lowest "zoom level" at which it fits; the client shows the labels
 * of the current level and every level below it, at a constant size on screen.
 *
 * Levels are in screen pixels per map unit (the map's rendered width divided by the width of its
 * current view), so the same placement works on a phone and on a desktop. A label placed at level p
 * never overlaps one placed at a level ≤ p at any scale ≥ p: on screen all boxes keep their size
 * while their centres move apart.
 */

/** Screen pixels per map unit at which more labels may appear. */
export const LABEL_LEVELS = [1, 1.5, 2, 3, 4, 6, 8, 12] as const;
/** Label font size on screen, in CSS pixels. */
export const LABEL_FONT_PX = 12;
/** Estimated width of one character, as a share of the font size (bold sans-serif, Dutch names). */
const CHAR_WIDTH = 0.6;
/** Empty space kept around every label, in screen pixels. */
const PADDING_PX = 2;

export interface LabelInput {
  code: string;
  name: string;
  population: number;
  centroid: readonly [number, number];
}

export interface MapLabel {
  code: string;
  name: string;
  x: number;
  y: number;
  /** Index into LABEL_LEVELS of the lowest level at which the label is shown. */
  level: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a label covers at `pxPerUnit`, in map units. */
export function labelBox(name: string, [x, y]: readonly [number, number], pxPerUnit: number): Box {
  const w = (name.length * CHAR_WIDTH * LABEL_FONT_PX + 2 * PADDING_PX) / pxPerUnit;
  const h = (LABEL_FONT_PX * 1.2 + 2 * PADDING_PX) / pxPerUnit;
  return { x0: x - w / 2, x1: x + w / 2, y0: y - h / 2, y1: y + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Labels for the gemeenten that get one, largest population first, each with its lowest level. */
export function placeLabels(items: readonly LabelInput[]): MapLabel[] {
  const order = [...items].sort((a, b) => b.population - a.population || a.code.localeCompare(b.code));
  const placed: MapLabel[] = [];
  const levelOf = new Map<string, number>();
  LABEL_LEVELS.forEach((px, level) => {
    const boxes = placed.map((l) => labelBox(l.name, [l.x, l.y], px));
    for (const item of order) {
      if (levelOf.has(item.code)) continue;
      const box = labelBox(item.name, item.centroid, px);
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      levelOf.set(item.code, level);
      placed.push({ code: item.code, name: item.name, x: item.centroid[0], y: item.centroid[1], level });
    }
  });
  return placed;
}

/** Index of the highest level reached at `pxPerUnit`, or -1 below the first level. */
export function levelAt(pxPerUnit: number): number {
  let level = -1;
  LABEL_LEVELS.forEach((px, i) => {
    if (pxPerUnit >= px) level = i;
  });
  return level;
}

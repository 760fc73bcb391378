/**
 * Pure geometry helpers for joining gemeente divisions of different years.
 *
 * The boundary files of different years are independent generalisations, so they share no arcs and
 * their borders differ by slivers. We therefore compare areas by sampling: a regular grid of points
 * inside one polygon, each looked up in the polygons of another division. At the scale of one
 * gemeente a lon/lat grid is close enough to equal-area for the fractions we need (the shares are
 * compared with thresholds far above the sliver noise), and the result is fully deterministic.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Ring = readonly Position[];
/** A polygon or multipolygon flattened to its rings; point-in-polygon uses the even-odd rule. */
export interface Shape {
  rings: readonly Ring[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: readonly [number, number, number, number];
}

export function toShape(geometry: Polygon | MultiPolygon): Shape {
  const rings: Ring[] = geometry.type === 'Polygon' ? [...geometry.coordinates] : geometry.coordinates.flat();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (const p of ring) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return { rings, bbox: [minX, minY, maxX, maxY] };
}

/** Even-odd point-in-polygon test over all rings (holes and islands handled alike). */
export function shapeContains(shape: Shape, x: number, y: number): boolean {
  const [minX, minY, maxX, maxY] = shape.bbox;
  if (x < minX || x > maxX || y < minY || y > maxY) return false;
  let inside = false;
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const xi = ring[i]![0]!;
      const yi = ring[i]![1]!;
      const xj = ring[j]![0]!;
      const yj = ring[j]![1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * Points of a regular grid (cell centres) over the shape's bounding box that lie inside the shape.
 * `cells` is the number of grid cells along each side of the bounding box.
 */
export function samplePoints(shape: Shape, cells = 40): [number, number][] {
  const [minX, minY, maxX, maxY] = shape.bbox;
  const dx = (maxX - minX) / cells;
  const dy = (maxY - minY) / cells;
  const points: [number, number][] = [];
  for (let i = 0; i < cells; i++) {
    for (let j = 0; j < cells; j++) {
      const x = minX + (i + 0.5) * dx;
      const y = minY + (j + 0.5) * dy;
      if (shapeContains(shape, x, y)) points.push([x, y]);
    }
  }
  return points;
}

export interface Region {
  code: string;
  shape: Shape;
}

/**
 * For each region of `from`: the fraction of its sampled area that lies in each region of `to`,
 * largest first. Points that fall in no `to` region (sea, slivers) are left out of the fractions'
 * numerator but counted in the denominator, so fractions may sum to slightly less than 1.
 */
export function overlapFractions(
  from: readonly Region[],
  to: readonly Region[],
  cells = 40,
): Map<string, { code: string; fraction: number }[]> {
  const result = new Map<string, { code: string; fraction: number }[]>();
  for (const region of from) {
    const points = samplePoints(region.shape, cells);
    const candidates = to.filter((t) => bboxesOverlap(t.shape.bbox, region.shape.bbox));
    const counts = new Map<string, number>();
    for (const [x, y] of points) {
      const hit = candidates.find((c) => shapeContains(c.shape, x, y));
      if (hit) counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
    }
    const total = points.length || 1;
    result.set(
      region.code,
      [...counts.entries()]
        .map(([code, n]) => ({ code, fraction: n / total }))
        .sort((a, b) => b.fraction - a.fraction || a.code.localeCompare(b.code)),
    );
  }
  return result;
}

function bboxesOverlap(a: Shape['bbox'], b: Shape['bbox']): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two [lon, lat] points. */
export function haversineKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

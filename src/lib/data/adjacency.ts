/**
 * When does a gemeente count as a neighbour of one of the three largest gemeenten?
 *
 * Sharing any border at all is too loose and too strict at once: Hilversum touches Amsterdam along a
 * strip of 0.6 km, while Almere faces Amsterdam across the IJmeer and shares no border, because the
 * boundary files only hold land. So a gemeente counts as a neighbour when it
 * - shares at least MIN_BORDER_KM of border with it, or
 * - lies at most MAX_WATER_GAP_KM from it across open water: the straight line between their
 *   nearest boundary points crosses no third gemeente.
 * Pure: works on decoded arcs and shapes (src/lib/data/geo.ts), in kilometres.
 */
import { haversineKm, shapeContains, type Shape } from './geo';

/** Minimum length of shared land border, in km. */
export const MIN_BORDER_KM = 1;
/** Maximum distance across open water, in km, between vertices of the generalised boundaries (Almere–Amsterdam across the IJmeer: 5,6 km). */
export const MAX_WATER_GAP_KM = 6;

export interface Contact {
  /** Length of the land border shared with the nearest-bordering of the big three, km (0 if none). */
  borderKm: number;
  /** Shortest gap across open water to one of the big three, km; null when there is none within reach. */
  waterGapKm: number | null;
}

export interface AdjacencyThresholds {
  minBorderKm: number;
  maxWaterGapKm: number;
}

export const ADJACENCY: AdjacencyThresholds = { minBorderKm: MIN_BORDER_KM, maxWaterGapKm: MAX_WATER_GAP_KM };

export function isNeighbour(contact: Contact, t: AdjacencyThresholds = ADJACENCY): boolean {
  return contact.borderKm >= t.minBorderKm || (contact.waterGapKm !== null && contact.waterGapKm <= t.maxWaterGapKm);
}

/** Length in km of a polyline of [lon, lat] points. */
export function lineKm(points: readonly (readonly number[])[]): number {
  let km = 0;
  for (let i = 1; i < points.length; i++) {
    km += haversineKm([points[i - 1]![0]!, points[i - 1]![1]!], [points[i]![0]!, points[i]![1]!]);
  }
  return km;
}

/**
 * Shared border length per pair of geometries, from TopoJSON arc ownership: an arc used by exactly
 * two geometries is border between them. `arcsOf[i]` lists the arc indices of geometry i (negative
 * indices as in TopoJSON, ~i), `arcKm[a]` the length of arc a. Key "i|j" with i < j.
 */
export function sharedBorderKm(arcsOf: readonly (readonly number[])[], arcKm: readonly number[]): Map<string, number> {
  const owners = new Map<number, Set<number>>();
  arcsOf.forEach((arcs, g) => {
    for (const a of arcs) {
      const i = a < 0 ? ~a : a;
      const set = owners.get(i) ?? new Set<number>();
      set.add(g);
      owners.set(i, set);
    }
  });
  const result = new Map<string, number>();
  for (const [arc, set] of owners) {
    if (set.size !== 2) continue;
    const [a, b] = [...set].sort((x, y) => x - y) as [number, number];
    const key = `${a}|${b}`;
    result.set(key, (result.get(key) ?? 0) + (arcKm[arc] ?? 0));
  }
  return result;
}

function vertices(shape: Shape): [number, number][] {
  return shape.rings.flatMap((ring) => ring.map((p) => [p[0]!, p[1]!] as [number, number]));
}

/**
 * Shortest distance in km between the boundaries of `a` and `b` (vertex to vertex) along a straight
 * line that crosses open water and none of `others` (sampled at every 100 m), or null when no such line is at most
 * `maxKm` long. Vertex spacing of generalised boundaries makes this an upper bound within ~0.5 km.
 */
export function waterGapKm(a: Shape, b: Shape, others: readonly Shape[], maxKm: number): number | null {
  const pairs: { km: number; p: [number, number]; q: [number, number] }[] = [];
  const vb = vertices(b);
  for (const p of vertices(a)) {
    for (const q of vb) {
      // Cheap reject: 0.1° latitude is 11 km, 0.1° longitude at 52° N about 6.9 km.
      if (Math.abs(p[1] - q[1]) * 111 > maxKm || Math.abs(p[0] - q[0]) * 68 > maxKm) continue;
      const km = haversineKm(p, q);
      if (km <= maxKm) pairs.push({ km, p, q });
    }
  }
  pairs.sort((x, y) => x.km - y.km);
  for (const { km, p, q } of pairs) {
    const steps = Math.max(2, Math.ceil(km / 0.1));
    let clear = true;
    let wet = false;
    for (let s = 1; s < steps && clear; s++) {
      const x = p[0] + ((q[0] - p[0]) * s) / steps;
      const y = p[1] + ((q[1] - p[1]) * s) / steps;
      if (others.some((o) => shapeContains(o, x, y))) clear = false;
      else if (!shapeContains(a, x, y) && !shapeContains(b, x, y)) wet = true;
    }
    // A line that never leaves a and b (a point where the two touch) is not a gap across water.
    if (clear && wet) return km;
  }
  return null;
}

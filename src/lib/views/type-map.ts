/**
 * The small map of one WRR type (TypeMap.astro): every shape's path, split into the type's gemeenten
 * and the rest, each joined into one path so the page stays small. Pure.
 */
import type { MapGeometry } from '../map/map-geometry';

export interface TypeMapView {
  width: number;
  height: number;
  /** Path of the gemeenten not of the type. */
  rest: string;
  /** Path of the gemeenten of the type. */
  ofType: string;
  provinceBorders: string;
}

export function typeMapView(map: MapGeometry, codes: readonly string[]): TypeMapView {
  const chosen = new Set(codes);
  return {
    width: map.width,
    height: map.height,
    rest: map.shapes
      .filter((s) => !chosen.has(s.code))
      .map((s) => s.d)
      .join(''),
    ofType: map.shapes
      .filter((s) => chosen.has(s.code))
      .map((s) => s.d)
      .join(''),
    provinceBorders: map.provinceBorders,
  };
}

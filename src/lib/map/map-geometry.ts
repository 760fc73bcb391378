/**
 * Project a gemeente topology to screen coordinates once, at build time, and return SVG path data.
 * Pure: the same input always gives the same output (tested with a fixture topology).
 */
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapShape {
  code: string;
  name: string;
  /** SVG path data in viewBox coordinates. */
  d: string;
  /** Visual centre in viewBox coordinates (for labels, zoom targets). */
  centroid: [number, number];
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Borders between provinces (a mesh, drawn once), empty when no province topology was given. */
  provinceBorders: string;
}

interface CodeProps {
  statcode: string;
  statnaam: string;
}

type AreaFeature = Feature<Polygon | MultiPolygon, CodeProps>;

/**
 * d3-geo works on the sphere, where a ring's winding decides which side is inside. A polygon wound
 * the "wrong" way covers the rest of the globe (area > half the sphere); reverse its rings then.
 */
export function rewindIfInverted<T extends Feature<Polygon | MultiPolygon>>(f: T): T {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const reversed: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((ring) => [...ring].reverse()) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map((ring) => [...ring].reverse())) };
  return { ...f, geometry: reversed };
}

export function gemeenteFeatures(topology: Topology, objectName: string): AreaFeature[] {
  const object = topology.objects[objectName];
  if (!object || object.type !== 'GeometryCollection') {
    throw new Error(
      `Topology has no GeometryCollection "${objectName}". Fix: check the object name in the TopoJSON file.`,
    );
  }
  const collection = feature(topology, object as GeometryCollection<CodeProps>) as FeatureCollection<
    Polygon | MultiPolygon,
    CodeProps
  >;
  return collection.features.map(rewindIfInverted);
}

/** A Mercator projection fitted to the features at the given width; height follows the shape. */
export function fitProjection(
  features: AreaFeature[],
  width: number,
  padding = 4,
): { projection: GeoProjection; height: number } {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const projection = geoMercator().fitWidth(width - 2 * padding, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(y1 - y0 + 2 * padding);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - y0 + padding]);
  return { projection, height };
}

export function projectMap(
  topology: Topology,
  objectName: string,
  options: { width: number; digits: number; provinces?: { topology: Topology; objectName: string } },
): MapGeometry {
  const features = gemeenteFeatures(topology, objectName);
  const { projection, height } = fitProjection(features, options.width);
  const path = geoPath(projection).digits(options.digits);
  const round = (n: number) => Number(n.toFixed(options.digits));
  const shapes = features
    .map((f) => {
      const [cx, cy] = path.centroid(f);
      return {
        code: f.properties.statcode,
        name: f.properties.statnaam,
        d: path(f) ?? '',
        centroid: [round(cx), round(cy)] as [number, number],
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  let provinceBorders = '';
  if (options.provinces) {
    const object = options.provinces.topology.objects[options.provinces.objectName];
    if (!object) throw new Error(`Province topology has no object "${options.provinces.objectName}".`);
    provinceBorders = path(mesh(options.provinces.topology, object as GeometryCollection, (a, b) => a !== b)) ?? '';
  }
  return { width: options.width, height, shapes, provinceBorders };
}

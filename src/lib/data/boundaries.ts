/**
 * Validation and decoding of the CBS/Kadaster boundary files (TopoJSON, see ../shared/data/geo/README.md).
 * Pure: takes the file text, returns regions (code, name, shape, centroid) or readable problems.
 */
import { z } from 'astro/zod';
import { geoCentroid } from 'd3-geo';
import { feature, neighbors } from 'topojson-client';
import { lineKm, sharedBorderKm } from './adjacency';
import { toShape, type Shape } from './geo';
import { GEMEENTE_CODE } from './gemeente-code';

const position = z.array(z.number()).min(2);
const props = (codePattern: RegExp, example: string) =>
  z.looseObject({
    /** CBS code, e.g. GM0599 or PV28. */
    statcode: z.string().regex(codePattern, `statcode must look like ${example}`),
    /** Official name in that year's division. */
    statnaam: z.string().min(1, 'statnaam is empty'),
  });

const topologySchema = (codePattern: RegExp, example: string) => {
  const properties = props(codePattern, example);
  const polygon = z.object({
    type: z.literal('Polygon'),
    arcs: z.array(z.array(z.number().int())),
    id: z.union([z.string(), z.number()]).optional(),
    properties,
  });
  const multiPolygon = z.object({
    type: z.literal('MultiPolygon'),
    arcs: z.array(z.array(z.array(z.number().int()))),
    id: z.union([z.string(), z.number()]).optional(),
    properties,
  });
  return z.object({
    type: z.literal('Topology'),
    arcs: z.array(z.array(position)),
    transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
    objects: z.record(
      z.string(),
      z.object({
        type: z.literal('GeometryCollection'),
        geometries: z.array(z.discriminatedUnion('type', [polygon, multiPolygon])),
      }),
    ),
  });
};

export interface BoundaryRegion {
  code: string;
  name: string;
  shape: Shape;
  /** Spherical centroid [lon, lat] of the area. */
  centroid: [number, number];
}

export interface BoundaryFile {
  regions: BoundaryRegion[];
  /** Indices into `regions` of the regions sharing a border (topojson-client `neighbors`). */
  neighbours: number[][];
  /** Length in km of the border shared by two regions, key "i|j" (indices into `regions`, i < j). */
  borderKm: Map<string, number>;
}

export { GEMEENTE_CODE };
export const PROVINCE_CODE = /^PV\d{2}$/;

export type ValidTopology = z.infer<ReturnType<typeof topologySchema>>;
export type ValidObject = ValidTopology['objects'][string];

/**
 * Read and validate one boundary file: JSON, TopoJSON shape, codes and names, the object present.
 * Every reader of a boundary file goes through here (the dataset, the map, the gemeente list).
 * Problems name the file, the place in it and the fix.
 */
export function parseTopology(
  text: string,
  file: string,
  objectName: string,
  codePattern: RegExp = GEMEENTE_CODE,
): { topology: ValidTopology; object: ValidObject; problems: [] } | { problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      problems: [
        `${file}: is not valid JSON (${(error as Error).message}). Fix: restore the file from the source named in geo/README.md.`,
      ],
    };
  }
  const example = codePattern === PROVINCE_CODE ? 'PV28' : 'GM0599';
  const parsed = topologySchema(codePattern, example).safeParse(json);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.slice(0, 20).map((issue) => {
        const path = issue.path.join('.');
        return `${file}: at ${path || '(top level)'}: ${issue.message}. Fix: the file must be TopoJSON with ${objectName} polygons carrying statcode/statnaam (see geo/README.md).`;
      }),
    };
  }
  const topology = parsed.data;
  const object = topology.objects[objectName];
  if (!object) {
    return {
      problems: [
        `${file}: has no object "${objectName}" (found: ${Object.keys(topology.objects).join(', ') || 'none'}). Fix: use the file from geo/README.md or update the object name in scripts/prepare-data.ts.`,
      ],
    };
  }
  return { topology, object, problems: [] };
}

/**
 * Parse one boundary file into regions, neighbours and shared border lengths. `objectName` is the
 * TopoJSON object, e.g. "gemeente_2025". Problems name the file, the geometry and the fix.
 */
export function parseBoundaries(
  text: string,
  file: string,
  objectName: string,
  codePattern: RegExp = GEMEENTE_CODE,
): { file?: BoundaryFile; problems: string[] } {
  const read = parseTopology(text, file, objectName, codePattern);
  if (!('topology' in read)) return { problems: read.problems };
  const { topology, object } = read;
  const problems: string[] = [];
  const seen = new Set<string>();
  const regions: BoundaryRegion[] = [];
  for (const [i, geometry] of object.geometries.entries()) {
    const code = geometry.properties.statcode;
    if (seen.has(code)) {
      problems.push(`${file}: geometry ${i} (${code} ${geometry.properties.statnaam}) repeats code ${code}. Fix: one geometry per code.`);
      continue;
    }
    seen.add(code);
    const f = feature(topology, geometry);
    const g = f.type === 'Feature' ? f.geometry : null;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      problems.push(`${file}: geometry ${i} (${code}) is not a polygon. Fix: restore the file (see geo/README.md).`);
      continue;
    }
    const centroid = geoCentroid(g);
    regions.push({ code, name: geometry.properties.statnaam, shape: toShape(g), centroid: [centroid[0], centroid[1]] });
  }
  if (problems.length) return { problems };
  const t = topology.transform;
  const arcKm = topology.arcs.map((arc) => {
    if (!t) return lineKm(arc);
    let x = 0;
    let y = 0;
    return lineKm(
      arc.map((p) => {
        x += p[0]!;
        y += p[1]!;
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      }),
    );
  });
  const arcsOf = object.geometries.map((g) => (g.type === 'Polygon' ? g.arcs.flat() : g.arcs.flat(2)));
  return { file: { regions, neighbours: neighbors(object.geometries), borderKm: sharedBorderKm(arcsOf, arcKm) }, problems };
}

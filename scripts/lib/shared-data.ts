import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Root of the shared data folder; set SHARED_DATA_DIR to read it from elsewhere. */
export function sharedDataDir(): string {
  return resolve(process.env.SHARED_DATA_DIR ?? '../shared/data');
}

export function readSharedFile(relative: string): string {
  const path = resolve(sharedDataDir(), relative);
  if (!existsSync(path)) {
    throw new Error(
      `Missing data file ${path}. Fix: put the shared data folder next to this repository (../shared/data) or set SHARED_DATA_DIR to its location; see README "Data".`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** Code and name of every gemeente in the 2025 division, straight from the boundary file. */
export function loadGemeenten2025(): { code: string; name: string }[] {
  const topo = JSON.parse(readSharedFile('geo/gemeente_2025.topojson')) as {
    objects: Record<string, { geometries: { properties: { statcode: string; statnaam: string } }[] }>;
  };
  const object = topo.objects['gemeente_2025'];
  if (!object) throw new Error('geo/gemeente_2025.topojson has no object "gemeente_2025". Fix: check the file against geo/README.md.');
  return object.geometries.map((g) => ({ code: g.properties.statcode, name: g.properties.statnaam }));
}

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Folder with the open data the build needs (geo/, cbs/). It ships in the repository (data/, see its
 * README); set SHARED_DATA_DIR to build from another copy, e.g. newer files.
 */
export function sharedDataDir(): string {
  return resolve(process.env.SHARED_DATA_DIR ?? 'data');
}

/** The source documents (seeds); their texts are not in the repository. Override: SHARED_SEEDS_DIR. */
export function sharedSeedsDir(): string {
  return resolve(process.env.SHARED_SEEDS_DIR ?? '../shared/seeds');
}

/** The stored public web pages; their texts are not in the repository. Override: SHARED_SOURCES_DIR. */
export function sharedSourcesDir(): string {
  return resolve(process.env.SHARED_SOURCES_DIR ?? '../shared/sources');
}

export function missingDataMessage(path: string): string {
  return `Missing data file ${path}. Fix: restore it from the repository (git checkout -- data/) or, with SHARED_DATA_DIR set, put it in that folder; data/README.md lists every file and its source.`;
}

export function readSharedFile(relative: string): string {
  const path = resolve(sharedDataDir(), relative);
  if (!existsSync(path)) throw new Error(missingDataMessage(path));
  return readFileSync(path, 'utf8');
}

/** Code and name of every gemeente in the 2025 division, straight from the boundary file. */
export function loadGemeenten2025(): { code: string; name: string }[] {
  const topo = JSON.parse(readSharedFile('geo/gemeente_2025.topojson')) as {
    objects: Record<string, { geometries: { properties: { statcode: string; statnaam: string } }[] }>;
  };
  const object = topo.objects['gemeente_2025'];
  if (!object)
    throw new Error(
      'geo/gemeente_2025.topojson has no object "gemeente_2025". Fix: check the file against data/README.md.',
    );
  return object.geometries.map((g) => ({ code: g.properties.statcode, name: g.properties.statnaam }));
}

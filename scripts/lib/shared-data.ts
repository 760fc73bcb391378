import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTopology, type ValidObject, type ValidTopology } from '../../src/lib/data/boundaries';
import { GEMEENTE_CODE } from '../../src/lib/data/gemeente-code';

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

/** A boundary file of data/geo/, read and validated once by parseTopology; throws its problems. */
export function readTopology(
  relative: string,
  objectName: string,
  codePattern: RegExp = GEMEENTE_CODE,
): { topology: ValidTopology; object: ValidObject } {
  const read = parseTopology(readSharedFile(relative), relative, objectName, codePattern);
  if (!('topology' in read)) throw new Error(read.problems.join('\n'));
  return read;
}

/** Code and name of every gemeente in the 2025 division, straight from the boundary file. */
export function loadGemeenten2025(): { code: string; name: string }[] {
  return readTopology('geo/gemeente_2025.topojson', 'gemeente_2025').object.geometries.map((g) => ({
    code: g.properties.statcode,
    name: g.properties.statnaam,
  }));
}

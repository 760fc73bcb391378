/**
 * The typology fixture (tests/fixtures/typology, see its README) as a data folder the pipeline can read.
 * The committed files carry neutral ".fixture" names so nobody mistakes them for copies of the shared
 * data; this helper copies the fixture to a temporary folder under the file names the pipeline expects.
 */
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIXTURE = 'tests/fixtures/typology';
const EXPECTED_NAMES: Record<string, string> = {
  'data/geo/gemeente_2017.fixture.json': 'data/geo/gemeente_2017.topojson',
  'data/geo/gemeente_2018.fixture.json': 'data/geo/gemeente_2018.topojson',
  'data/geo/gemeente_2025.fixture.json': 'data/geo/gemeente_2025.topojson',
  'data/geo/provincie_2025.fixture.json': 'data/geo/provincie_2025.topojson',
  'data/cbs/cbs-2022.fixture.csv': 'data/cbs/migratieachtergrond_gemeente_2022.csv',
};

const temps: string[] = [];

/** A fresh copy of the fixture; returns its root with `data/` and `content/` inside. */
export function typologyFixtureCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'typology-'));
  temps.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  for (const [from, to] of Object.entries(EXPECTED_NAMES)) renameSync(join(root, from), join(root, to));
  return root;
}

export function removeFixtureCopies(): void {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
}

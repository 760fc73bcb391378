/**
 * Merged and split gemeenten map to their 2025 successors through the 2017 and 2025 geometries.
 * Runs on the real boundary files; skipped, with a message, when they are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBoundaries } from '../../src/lib/data/boundaries';
import { successorsByGeometry } from '../../src/lib/data/divisions';
import { sharedDataDir } from '../../scripts/lib/shared-data';

const dir = sharedDataDir();
const present =
  existsSync(join(dir, 'geo/gemeente_2017.topojson')) && existsSync(join(dir, 'geo/gemeente_2025.topojson'));
if (!present) console.warn(`herindelingen: skipped, no shared data at ${dir} (set SHARED_DATA_DIR).`);

function load(year: number) {
  const file = `geo/gemeente_${year}.topojson`;
  const parsed = parseBoundaries(readFileSync(join(dir, file), 'utf8'), file, `gemeente_${year}`);
  if (!parsed.file) throw new Error(parsed.problems.join('\n'));
  return parsed.file.regions;
}

describe.skipIf(!present)('herindelingen 2017 → 2025 from the geometries', () => {
  const old = present ? load(2017) : [];
  const now = present ? load(2025) : [];
  const successors = present ? successorsByGeometry(old, now) : new Map<string, { code: string }[]>();
  const nameOf = new Map(now.map((r) => [r.code, r.name]));
  const successorNames = (name2017: string) => {
    const region = old.find((r) => r.name === name2017);
    if (!region) throw new Error(`${name2017} not in the 2017 file`);
    return (successors.get(region.code) ?? []).map((s) => nameOf.get(s.code)).sort();
  };

  it.each([
    ['Hoogezand-Sappemeer', ['Midden-Groningen']],
    ['Zederik', ['Vijfheerenlanden']],
    ['Leerdam', ['Vijfheerenlanden']],
    ['Delfzijl', ['Eemsdelta']],
    ['Loppersum', ['Eemsdelta']],
    ['Kollumerland en Nieuwkruisland', ['Noardeast-Fryslân']],
    ['Grootegast', ['Westerkwartier']],
    ['Heerhugowaard', ['Dijk en Waard']],
    ['Brielle', ['Voorne aan Zee']],
    ['Utrecht', ['Utrecht']],
  ])('%s → %j', (name, expected) => {
    expect(successorNames(name)).toEqual(expected);
  });

  it.each([
    ['Haaren', ['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']],
    ['Littenseradiel', ['Leeuwarden', 'Súdwest-Fryslân', 'Waadhoeke']],
    ['Winsum', ['Het Hogeland', 'Westerkwartier']],
  ])('split %s → every successor %j', (name, expected) => {
    expect(successorNames(name)).toEqual(expected);
  });

  it('maps every 2017 gemeente to at least one 2025 gemeente', () => {
    for (const r of old) expect((successors.get(r.code) ?? []).length, r.name).toBeGreaterThan(0);
  });
});

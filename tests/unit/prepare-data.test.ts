/**
 * The data pipeline on a tiny made-up fixture (tests/fixtures/typology, see its README), and its
 * error messages for bad input. Each bad-input test copies the fixture and breaks one thing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset';
import { removeFixtureCopies, typologyFixtureCopy } from '../helpers/typology-fixture';

const FIXTURE = typologyFixtureCopy();
afterAll(removeFixtureCopies);

/** A copy of the fixture with one change applied. */
function brokenCopy(change: (root: string) => void): { dataDir: string; contentDir: string } {
  const root = typologyFixtureCopy();
  change(root);
  return { dataDir: join(root, 'data'), contentDir: join(root, 'content') };
}

function problemsOf(options: { dataDir: string; contentDir: string }): string[] {
  const result = buildDataset(options);
  if (result.ok) throw new Error('expected problems, got a dataset');
  return result.problems;
}

const csvPath = (root: string) => join(root, 'data/cbs/migratieachtergrond_gemeente_2022.csv');
const editCsv = (root: string, f: (text: string) => string) =>
  writeFileSync(csvPath(root), f(readFileSync(csvPath(root), 'utf8')));

describe('buildDataset on the fixture', () => {
  const result = buildDataset({ dataDir: `${FIXTURE}/data`, contentDir: `${FIXTURE}/content` });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { records, stats, notes } = result.dataset;
  const byCode = new Map(records.map((r) => [r.code, r]));

  it('makes one record per 2025 gemeente with the 2025 name and a unique slug', () => {
    expect(records.map((r) => `${r.code} ${r.name} ${r.slug}`)).toEqual([
      'GM0001 Een een',
      'GM0002 Twee twee',
      'GM0003 Drie aan Zee drie-aan-zee',
    ]);
  });

  it('sums the 2022 rows of a gemeente merged since, derived from the geometries', () => {
    const drie = byCode.get('GM0003')!;
    expect(drie.population).toBe(700);
    expect(drie.counts.belgian).toBe(200);
    expect(drie.shares.belgian).toBeCloseTo(200 / 700, 6);
    expect(drie.cbsRows2022.map((r) => r.code)).toEqual(['GM0004', 'GM0005']);
    expect(notes[0]).toBe('GM0003 (Drie aan Zee) = sum of 2022 rows GM0004 Oud Vier, GM0005 Oud Vijf');
  });

  it('finds predecessors, neighbours and the province from the geometries', () => {
    expect(byCode.get('GM0003')!.predecessors2017).toEqual([
      { code: 'GM0004', name: 'Oud Vier' },
      { code: 'GM0005', name: 'Oud Vijf' },
    ]);
    expect(byCode.get('GM0002')!.neighbours).toEqual(['GM0001', 'GM0003']);
    expect(byCode.get('GM0001')!.province).toEqual({ code: 'PV99', name: 'Proefland' });
  });

  it('shows the named type with provenance, and the historical name of the mention', () => {
    const drie = byCode.get('GM0003')!;
    expect(drie).toMatchObject({ type: 'grens', typeProvenance: 'named', derivedType: 'grens' });
    expect(drie.namedTypes).toEqual([
      { type: 'grens', kind: 'voorbeeld', where: 'fixture, regel 1', historicalName: 'Oud Vier' },
    ]);
    expect(byCode.get('GM0001')!.typeProvenance).toBe('derived');
    expect(stats.agreement).toEqual({ agree: 1, total: 1, share: 1 });
  });
});

describe('buildDataset: bad input stops with a readable list', () => {
  it('names a missing data file and the fix', () => {
    const problems = problemsOf(brokenCopy((root) => rmSync(csvPath(root))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Missing data file .*cbs\/migratieachtergrond_gemeente_2022\.csv\. Fix: /);
  });

  it('names a changed column', () => {
    const problems = problemsOf(brokenCopy((root) => editCsv(root, (t) => t.replace(',German,', ',Germany,'))));
    expect(problems[0]).toMatch(
      /migratieachtergrond_gemeente_2022\.csv line 1 \(header\): missing column\(s\) "German"; unexpected column\(s\) "Germany"\. Fix: /,
    );
  });

  it('names a share outside 0–1 with its row', () => {
    const problems = problemsOf(
      brokenCopy((root) => editCsv(root, (t) => t.replace('GM0001,Een,1000,900', 'GM0001,Een,1000,1900'))),
    );
    expect(
      problems.some((p) =>
        /line 2 \(GM0001 Een\): share "Dutch" = 1900 \/ 1000 = 1\.900 lies outside 0–1\. Fix: /.test(p),
      ),
    ).toBe(true);
  });

  it('names a CBS code without geometry', () => {
    const problems = problemsOf(
      brokenCopy((root) => editCsv(root, (t) => `${t}GM0009,Negen,100,100,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0\n`)),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^cbs\/migratieachtergrond_gemeente_2022\.csv line 6 \(GM0009 Negen\): code is not in geo\/gemeente_2025\.topojson and has no geometry in .*Fix: /,
      ),
    ]);
  });

  it('names a 2025 gemeente without a CBS row', () => {
    const problems = problemsOf(brokenCopy((root) => editCsv(root, (t) => t.replace(/^GM0002.*\n/m, ''))));
    expect(problems).toEqual([
      expect.stringMatching(
        /^GM0002 \(Twee\) in geo\/gemeente_2025\.topojson has no CBS row in cbs\/migratieachtergrond_gemeente_2022\.csv\. Fix: /,
      ),
    ]);
  });

  it('names a boundary file without the expected object', () => {
    const problems = problemsOf(
      brokenCopy((root) => {
        const p = join(root, 'data/geo/gemeente_2025.topojson');
        writeFileSync(p, readFileSync(p, 'utf8').replace('"gemeente_2025"', '"gemeenten"'));
      }),
    );
    expect(problems[0]).toMatch(
      /^geo\/gemeente_2025\.topojson: has no object "gemeente_2025" \(found: gemeenten\)\. Fix: /,
    );
  });

  it('names an example whose historical gemeente did not merge into the given code', () => {
    const problems = problemsOf(
      brokenCopy((root) => {
        const p = join(root, 'content/typen/grens.md');
        writeFileSync(p, readFileSync(p, 'utf8').replace('code: GM0003', 'code: GM0002'));
      }),
    );
    expect(problems).toEqual([
      'content/typen/grens.md example "Oud Vier": Oud Vier (GM0004) lies in GM0003 Drie aan Zee in 2025, not in GM0002. Fix: use the successor\'s code.',
    ]);
  });
});

/**
 * The steps of the data pipeline (scripts/lib/dataset.ts) one by one, on the tiny made-up fixture
 * (tests/fixtures/typology). tests/unit/prepare-data.test.ts covers the pipeline as a whole and its
 * messages for bad input.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addCertainty,
  aggregateTo2025,
  buildDataset,
  checkCoverage,
  checkMentions,
  classifyGemeenten,
  contactWithBig3,
  generatedModules,
  geographyOf,
  joinDivisions,
  readContent,
  readInputs,
  validationOf,
  type Inputs,
} from '../../scripts/lib/dataset';
import type { NamedMention } from '../../src/lib/typology/named-set';
import { removeFixtureCopies, typologyFixtureCopy } from '../helpers/typology-fixture';

const ROOT = typologyFixtureCopy();
afterAll(removeFixtureCopies);

const read = readInputs(join(ROOT, 'data'));
if (!read.ok) throw new Error(read.problems.join('\n'));
const inputs: Inputs = read.value;
const joined = joinDivisions(inputs);
const rows = aggregateTo2025(inputs, joined.targetOf);
const geography = geographyOf(inputs, rows.aggregated);
const content = readContent(join(ROOT, 'content'), inputs.g25.regions);
const classified = classifyGemeenten(inputs.g25, rows.aggregated, geography, content.mentions);

describe('readInputs', () => {
  it('reads the three divisions, the provinces and the 2022 rows', () => {
    expect(inputs.g25.regions.map((r) => r.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect(inputs.provinces.regions.map((r) => r.code)).toEqual(['PV99']);
    expect(inputs.cbs.map((r) => r.code)).toEqual(['GM0001', 'GM0002', 'GM0004', 'GM0005']);
  });
  it('stops with the problems when a folder has no data', () => {
    const result = readInputs(join(ROOT, 'content'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBe(5);
  });
});

describe('joinDivisions and aggregateTo2025', () => {
  it('maps a 2022 gemeente merged since onto its 2025 successor, from the geometries', () => {
    expect(joined.problems).toEqual([]);
    expect([...joined.targetOf]).toEqual([
      ['GM0004', 'GM0003'],
      ['GM0005', 'GM0003'],
    ]);
  });
  it('sums the counts of the merged rows and says so in a note', () => {
    expect(rows.aggregated.map((a) => [a.code, a.population])).toEqual([
      ['GM0001', 1000],
      ['GM0002', 980],
      ['GM0003', 700],
    ]);
    expect(rows.notes).toEqual(['GM0003 (Drie aan Zee) = sum of 2022 rows GM0004 Oud Vier, GM0005 Oud Vijf']);
  });
});

describe('checkCoverage', () => {
  it('passes when every 2025 gemeente has exactly one row', () => {
    expect(checkCoverage(inputs.g25, rows.aggregated, [])).toEqual([]);
  });
  it('names a 2025 gemeente without a row and a row without a 2025 gemeente', () => {
    const stray = { ...rows.aggregated[0]!, code: 'GM0009' };
    const problems = checkCoverage(inputs.g25, [stray, ...rows.aggregated.slice(1)], []);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^GM0001 \(Een\) in geo\/gemeente_2025\.topojson has no CBS row/);
    expect(problems[1]).toMatch(/^GM0009 in cbs\/.* has no geometry in geo\/gemeente_2025\.topojson/);
  });
  it('keeps the problems of the join and does not name their codes twice', () => {
    const stray = { ...rows.aggregated[0]!, code: 'GM0009' };
    const earlier = ['cbs line 6 (GM0009 Negen): code is not in …'];
    expect(checkCoverage(inputs.g25, [...rows.aggregated, stray], earlier)).toEqual(earlier);
  });
});

describe('geographyOf', () => {
  it('finds the three largest gemeenten in the data, the province and the 2017 predecessors', () => {
    expect(geography.big3.map((b) => b.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect(geography.provinceOf.get('GM0002')?.[0]?.code).toBe('PV99');
    expect(geography.predecessors2017.get('GM0003')).toEqual(['GM0004', 'GM0005']);
    expect(geography.problems).toEqual([]);
  });
});

describe('readContent and checkMentions', () => {
  const mention = (over: Partial<NamedMention>): NamedMention => ({
    type: 'grens',
    kind: 'voorbeeld',
    where: 'test',
    code: 'GM0003',
    sourceName: 'Oud Vier',
    historicalName: 'Oud Vier',
    ...over,
  });
  const check = (m: NamedMention) => checkMentions([m], inputs, geography.successors2017);

  it('reads the named examples from content/typen', () => {
    expect(content.problems).toEqual([]);
    expect(content.mentions.map((m) => [m.code, m.type, m.historicalName])).toEqual([['GM0003', 'grens', 'Oud Vier']]);
  });
  it('accepts a historical name that lies in the named 2025 gemeente', () => {
    expect(check(mention({}))).toEqual({ problems: [], notes: [] });
  });
  it('accepts a near miss in spelling with a note, and nothing further off', () => {
    expect(check(mention({ historicalName: 'Oud Vierr' })).notes).toEqual([
      'content/typen/grens.md example "Oud Vier": historicalName "Oud Vierr" matched to GM0004 "Oud Vier" (2017 spelling).',
    ]);
    expect(check(mention({ historicalName: 'Elders' })).problems[0]).toMatch(/is not a gemeente in geo\/gemeente_2017/);
  });
  it('names a code that is no 2025 gemeente, and a merged gemeente named without its old name', () => {
    expect(check(mention({ code: 'GM0004' })).problems[0]).toMatch(/code GM0004 is not a 2025 gemeente/);
    expect(check(mention({ historicalName: undefined })).problems[0]).toMatch(/"Oud Vier" merged after 2017/);
  });
});

describe('classifyGemeenten', () => {
  it('makes one record per 2025 gemeente, sorted by code, with the measures the rules saw', () => {
    expect(classified.problems).toEqual([]);
    expect(classified.records.map((r) => r.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect([...classified.measures.keys()].sort()).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect(classified.nationalPopulation).toBe(2680);
    expect(classified.national.dutch).toBeCloseTo(1700 / 2680, 12);
  });
  it('gives one of the three largest no contact with the three largest', () => {
    expect(contactWithBig3(inputs.g25, 0, [0, 1, 2])).toEqual({ borderKm: 0, waterGapKm: null });
    expect(classified.records.every((r) => !r.bordersBig3)).toBe(true);
  });
});

describe('addCertainty and validationOf', () => {
  const records = addCertainty(classified.records, classified.measures, geography.big3Codes);
  it('fills in stability, alternative and certainty without changing the classified records', () => {
    expect(classified.records.every((r) => r.stability === 1 && r.certainty === 'zeker')).toBe(true);
    for (const r of records) {
      expect(r.stability).toBeGreaterThanOrEqual(0);
      expect(r.stability).toBeLessThanOrEqual(1);
      if (r.fit === 'none' && r.typeProvenance === 'derived') expect(r.certainty).toBe('onzeker');
    }
    const unchanged = (r: (typeof records)[number]) => ({ ...r, stability: 0, alternativeType: null, certainty: 0 });
    expect(records.map(unchanged)).toEqual(classified.records.map(unchanged));
  });
  it('validates against the named examples, leave-one-out only when asked', () => {
    const skipped = validationOf(records, classified.measures, true);
    expect(skipped.inSample.total).toBe(1);
    expect(skipped.outOfSample).toBeNull();
    expect(validationOf(records, classified.measures, false).outOfSample?.total).toBe(1);
  });
});

describe('generatedModules', () => {
  it('writes the records as one JSON line each, and the other modules', () => {
    const result = buildDataset({
      dataDir: join(ROOT, 'data'),
      contentDir: join(ROOT, 'content'),
      skipValidation: true,
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const modules = generatedModules(result.dataset);
    expect(modules.map((m) => m.path)).toEqual([
      'src/generated/gemeenten.ts',
      'src/generated/typology-stats.ts',
      'src/generated/typology-validation.ts',
      'docs/typology-disagreements.md',
    ]);
    const lines = modules[0]!.text.split('\n').filter((l) => l.startsWith('  {'));
    expect(lines.map((l): unknown => JSON.parse(l.slice(2, -1)))).toEqual(result.dataset.records);
    expect(modules[1]!.text).toContain(
      `export const TYPOLOGY_STATS: TypologyStats = ${JSON.stringify(result.dataset.stats, null, 2)};`,
    );
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset';
import { parseCsv } from '../../src/lib/open-data/csv';
import { OPEN_DATA_CSV_COLUMNS, openDataCsv, openDataJson, toOpenDataRecords } from '../../src/lib/open-data/open-data';

import { removeFixtureCopies, typologyFixtureCopy } from '../helpers/typology-fixture';

const fixture = typologyFixtureCopy();
afterAll(removeFixtureCopies);
const result = buildDataset({ dataDir: `${fixture}/data`, contentDir: `${fixture}/content` });
if (!result.ok) throw new Error(result.problems.join('\n'));
const records = result.dataset.records.map((r) => (r.code === 'GM0002' ? { ...r, name: 'Twee, "de" Tweede' } : r));
const rows = toOpenDataRecords(records);

describe('open data', () => {
  it('has one record per gemeente with the required fields', () => {
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({
      code: 'GM0003',
      name: 'Drie aan Zee',
      province: { code: 'PV99', name: 'Proefland' },
      population: 700,
      type: 'grens',
      typeProvenance: 'named',
      derivedType: 'grens',
      rule: 'grens-duitse-belgische-achtergrond',
      fit: 'rule',
      certainty: expect.stringMatching(/^(zeker|waarschijnlijk|onzeker)$/),
      stability: expect.any(Number),
      alternativeType: expect.toSatisfy((t: unknown) => t === null || typeof t === 'string'),
      diversityIndex: expect.any(Number),
      shareDutch: 0.5714,
      namedTypes: ['grens'],
      url: '/gemeenten/drie-aan-zee/',
      predecessors2017: [
        { code: 'GM0004', name: 'Oud Vier' },
        { code: 'GM0005', name: 'Oud Vijf' },
      ],
    });
  });

  it('serialises JSON that parses back to the records', () => {
    expect(JSON.parse(openDataJson(rows))).toEqual(rows);
  });

  it('serialises CSV with proper quoting and flattened lists', () => {
    const csv = openDataCsv(rows);
    expect(csv.startsWith('\uFEFFcode,name,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parseCsv(csv);
    expect(table[0]).toEqual([...OPEN_DATA_CSV_COLUMNS]);
    expect(table).toHaveLength(4);
    expect(csv).toContain('"Twee, ""de"" Tweede"');
    const drie = table[3]!;
    const col = (name: (typeof OPEN_DATA_CSV_COLUMNS)[number]) => drie[OPEN_DATA_CSV_COLUMNS.indexOf(name)];
    expect(col('predecessors2017')).toBe('GM0004 Oud Vier; GM0005 Oud Vijf');
    expect(col('province')).toBe('Proefland');
    expect(col('url')).toBe('/gemeenten/drie-aan-zee/');
    expect(table[2]![1]).toBe('Twee, "de" Tweede');
  });

  it('neutralises names that a spreadsheet would run as a formula; numbers stay numbers', () => {
    const hostile = rows.map((r, i) => (i === 0 ? { ...r, name: '=1+1', population: -5, diversityIndex: -0.5 } : r));
    const row = parseCsv(openDataCsv(hostile))[1]!;
    const col = (name: (typeof OPEN_DATA_CSV_COLUMNS)[number]) => row[OPEN_DATA_CSV_COLUMNS.indexOf(name)];
    expect(col('name')).toBe("'=1+1");
    expect(col('population')).toBe('-5');
    expect(col('diversityIndex')).toBe('-0.5');
  });
});

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportRecords, recordsToCsv } from '../../src/lib/cases/case-export';
import { joinCases } from '../../src/lib/cases/case-join';
import type { CaseData } from '../../src/lib/cases/case-schema';
import { parseCsv } from '../../src/lib/open-data/csv';

const data: CaseData = {
  title: 'Tiel regelt "huisvesting", met komma\'s',
  gemeenten: [{ code: 'GM0281' }, { code: 'GM1783' }],
  typeInSource: 'specifieke-minderheidsgroep',
  themes: ['arbeidsmigratie-en-huisvesting', 'dialoog-en-ontmoeting'],
  domains: ['huisvesting'],
  instrument: 'regelgeving',
  year: 2019,
  people: [],
  summary: 'x'.repeat(40),
  lessons: ['a'.repeat(15), 'b'.repeat(15)],
  sources: [
    { id: '001_68f2031519a2468a', section: 'Tiel, regel 1\nregel 2', urls: ['https://a.nl/x?y=1,2', 'https://b.nl/'] },
  ],
  participants: [],
  added: '2026-01-01',
};
const cases = joinCases(
  [
    { slug: 'b-tiel', data, body: '' },
    {
      slug: 'a-ander',
      data: { ...data, title: 'Ander', typeInSource: undefined, gemeenten: [{ code: 'GM0281' }] },
      body: '',
    },
  ],
  [
    { code: 'GM0281', name: 'Tiel', slug: 'tiel', type: 'specifieke-minderheidsgroep' },
    { code: 'GM1783', name: 'Westland', slug: 'westland', type: 'tuinbouw' },
  ],
);

describe('open-data export', () => {
  const records = exportRecords(cases, 'https://atlas.example');

  it('has one record per case, sorted by slug, with ids and an absolute url', () => {
    expect(records.map((r) => r.slug)).toEqual(['a-ander', 'b-tiel']);
    expect(records[1]).toEqual({
      slug: 'b-tiel',
      title: data.title,
      gemeenten: ['GM0281', 'GM1783'],
      participants: [],
      types: ['specifieke-minderheidsgroep', 'tuinbouw'],
      typeInSource: 'specifieke-minderheidsgroep',
      themes: ['arbeidsmigratie-en-huisvesting', 'dialoog-en-ontmoeting'],
      domains: ['huisvesting'],
      instrument: 'regelgeving',
      year: 2019,
      sources: [
        {
          id: '001_68f2031519a2468a',
          kind: 'seed',
          title: 'Portfolio De Nieuwe Verscheidenheid: handelingsperspectieven voor lokale bestuurders',
          url: null,
          section: 'Tiel, regel 1\nregel 2',
          urls: ['https://a.nl/x?y=1,2', 'https://b.nl/'],
        },
      ],
      status: null,
      statusAsOf: null,
      url: 'https://atlas.example/praktijkvoorbeelden/b-tiel/',
    });
    expect(records[0]!.typeInSource).toBeNull();
  });

  it('writes CSV that parses back to the same fields (quotes, commas, newlines)', () => {
    const csv = recordsToCsv(records);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('\uFEFFslug,title,')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual([
      'b-tiel',
      'Tiel regelt "huisvesting", met komma\'s',
      'GM0281; GM1783',
      '',
      'specifieke-minderheidsgroep; tuinbouw',
      'specifieke-minderheidsgroep',
      'arbeidsmigratie-en-huisvesting; dialoog-en-ontmoeting',
      'huisvesting',
      'regelgeving',
      '2019',
      '001_68f2031519a2468a',
      'Tiel, regel 1\nregel 2',
      'https://a.nl/x?y=1,2; https://b.nl/',
      '',
      '',
      'https://atlas.example/praktijkvoorbeelden/b-tiel/',
    ]);
    expect(csv).toContain('"Tiel regelt ""huisvesting"", met komma\'s"');
    expect(rows[1]![5]).toBe('');
  });

  it('neutralises content that a spreadsheet would run as a formula; the year stays a number', () => {
    const hostile = joinCases(
      [
        {
          slug: 'c-formule',
          data: {
            ...data,
            title: '=HYPERLINK("https://evil.example","klik")',
            sources: [{ id: '001_68f2031519a2468a', section: '@SUM(1+1)', urls: [] }],
          },
          body: '',
        },
      ],
      [
        { code: 'GM0281', name: 'Tiel', slug: 'tiel', type: 'specifieke-minderheidsgroep' },
        { code: 'GM1783', name: 'Westland', slug: 'westland', type: 'tuinbouw' },
      ],
    );
    const row = parseCsv(recordsToCsv(exportRecords(hostile, 'https://atlas.example')))[1]!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    expect(col('title')).toBe(`'=HYPERLINK("https://evil.example","klik")`);
    expect(col('source_sections')).toBe(`'@SUM(1+1)`);
    expect(col('year')).toBe('2019');
  });
});

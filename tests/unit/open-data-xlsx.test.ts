/**
 * The spreadsheets /data/gemeenten.xlsx and /data/praktijkvoorbeelden.xlsx: written to bytes and read back
 * with exceljs, as a spreadsheet program would read them.
 */
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset';
import { exportRecords } from '../../src/lib/cases/case-export';
import { joinCases } from '../../src/lib/cases/case-join';
import type { CaseData } from '../../src/lib/cases/case-schema';
import { toOpenDataRecords } from '../../src/lib/open-data/open-data';
import {
  CASE_SOURCES,
  GEMEENTE_SOURCES,
  buildWorkbook,
  caseColumns,
  gemeenteColumns,
  neutraliseFormula,
  workbookBytes,
} from '../../src/lib/open-data/open-data-xlsx';
import { removeFixtureCopies, typologyFixtureCopy } from '../helpers/typology-fixture';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const headers = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const created = new Date('2026-01-02T03:04:05Z');

describe('neutraliseFormula', () => {
  it('puts an apostrophe before text that a spreadsheet would run as a formula, and leaves other text alone', () => {
    for (const s of ['=HYPERLINK("https://evil.example","klik")', '+31 6', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutraliseFormula(s)).toBe(`'${s}`);
    }
    for (const s of ['Tiel', ' =niet aan het begin', '2019', '’s-Hertogenbosch', "'s-Gravenhage"])
      expect(neutraliseFormula(s)).toBe(s);
  });
});

describe('gemeenten.xlsx', () => {
  const fixture = typologyFixtureCopy();
  afterAll(removeFixtureCopies);
  const result = buildDataset({ dataDir: `${fixture}/data`, contentDir: `${fixture}/content` });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  // A gemeente name that would be a formula in a spreadsheet.
  const records = result.dataset.records.map((r) => (r.code === 'GM0002' ? { ...r, name: '=1+1' } : r));
  const columns = gemeenteColumns('https://atlas.example');

  it('has Dutch headers, labels, numeric percentages, a neutralised formula and a Toelichting describing every column', async () => {
    const wb = await readBack(
      await workbookBytes(
        buildWorkbook(toOpenDataRecords(records), columns, {
          sheet: 'Gemeenten',
          about: ['Over dit bestand.'],
          sources: GEMEENTE_SOURCES,
          created,
        }),
      ),
    );
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Gemeenten', 'Toelichting']);
    const sheet = wb.getWorksheet('Gemeenten')!;
    expect(headers(sheet)).toEqual([
      'Gemeentecode',
      'Gemeente',
      'Provincie',
      'Inwoners 1-1-2022',
      'WRR-type',
      'Herkomst van het type',
      'Afgeleid type',
      'Beslissende regel',
      'Zekerheid',
      'Stabiliteit',
      'Ook mogelijk',
      'Diversiteitsindex',
      'Aandeel Nederlandse achtergrond',
      'In de bron voorbeeld van',
      'Gemeenten in 2017',
      'Webpagina',
    ]);
    expect(sheet.rowCount).toBe(1 + 3);
    const col = (header: string) => headers(sheet).indexOf(header) + 1;

    const drie = sheet.getRow(4);
    expect(drie.getCell(col('Gemeentecode')).value).toBe('GM0003');
    expect(drie.getCell(col('WRR-type')).value).toBe('Grensgemeente');
    expect(drie.getCell(col('Herkomst van het type')).value).toBe('Genoemd in bron');
    expect(drie.getCell(col('Beslissende regel')).value).toMatch(/^Regel \d+: /);
    expect(drie.getCell(col('Gemeenten in 2017')).value).toBe('Oud Vier (GM0004); Oud Vijf (GM0005)');
    expect(drie.getCell(col('Webpagina')).value).toBe('https://atlas.example/gemeenten/drie-aan-zee/');

    // The percentage is a number with a % format, not text.
    const share = drie.getCell(col('Aandeel Nederlandse achtergrond'));
    expect(share.type).toBe(ExcelJS.ValueType.Number);
    expect(share.value).toBe(0.5714);
    expect(share.numFmt).toBe('0.0%');
    const population = drie.getCell(col('Inwoners 1-1-2022'));
    expect(population.value).toBe(700);
    expect(population.numFmt).toBe('#,##0');

    // The formula-like name is text with an apostrophe, never a formula.
    const name = sheet.getRow(3).getCell(col('Gemeente'));
    expect(sheet.getRow(3).getCell(1).value).toBe('GM0002');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe("'=1+1");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));

    const notes = wb.getWorksheet('Toelichting')!;
    const lines: string[] = [];
    notes.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map(String).join(' | ')));
    expect(lines.join('\n')).toContain('CC BY 4.0');
    expect(lines.join('\n')).toContain('84910NED');
    for (const c of columns) expect(lines).toContain(`${c.header} | ${c.description}`);
    expect(wb.created.toISOString()).toBe(created.toISOString());
  });
});

describe('praktijkvoorbeelden.xlsx', () => {
  const data: CaseData = {
    title: '-Tiel regelt huisvesting',
    gemeenten: [{ code: 'GM0281' }, { code: 'GM1783' }],
    typeInSource: 'tuinbouw',
    themes: ['arbeidsmigratie-en-huisvesting', 'dialoog-en-ontmoeting'],
    domains: ['huisvesting'],
    instrument: 'regelgeving',
    year: 2019,
    people: [],
    summary: 'x'.repeat(40),
    lessons: ['a'.repeat(15), 'b'.repeat(15)],
    sources: [{ id: '001_68f2031519a2468a', section: '@Tiel', urls: ['https://a.nl/x'] }],
    participants: [],
    status: 'loopt',
    statusAsOf: '2024-05',
    added: '2026-01-01',
  };
  const cases = joinCases(
    [{ slug: 'tiel-huisvesting', data, body: '' }],
    [
      { code: 'GM0281', name: 'Tiel', slug: 'tiel', type: 'specifieke-minderheidsgroep' },
      { code: 'GM1783', name: 'Westland', slug: 'westland', type: 'tuinbouw' },
    ],
  );
  const names = new Map([
    ['GM0281', 'Tiel'],
    ['GM1783', 'Westland'],
  ]);

  it('uses labels instead of ids, a numeric year, neutralised formulas and describes every column', async () => {
    const columns = caseColumns((code) => names.get(code) ?? code);
    const wb = await readBack(
      await workbookBytes(
        buildWorkbook(exportRecords(cases, 'https://atlas.example'), columns, {
          sheet: 'Praktijkvoorbeelden',
          about: ['x'],
          sources: CASE_SOURCES,
          created,
        }),
      ),
    );
    const sheet = wb.getWorksheet('Praktijkvoorbeelden')!;
    const row = Object.fromEntries(headers(sheet).map((h, i) => [h, sheet.getRow(2).getCell(i + 1).value]));
    expect(row).toEqual({
      Titel: "'-Tiel regelt huisvesting",
      Gemeenten: 'Tiel; Westland',
      'Deelnemende gemeenten': null,
      'WRR-type van de gemeenten': 'Middelgrote gemeente met één specifieke grote minderheidsgroep; Tuinbouwgemeente',
      'Type in de bron': 'Tuinbouwgemeente',
      'Thema’s': 'Arbeidsmigratie en huisvesting; Dialoog en ontmoeting',
      Integratiedomeinen: 'Huisvesting',
      'Soort voorbeeld': 'Regelgeving',
      Jaar: 2019,
      Bronnen: 'Portfolio De Nieuwe Verscheidenheid: handelingsperspectieven voor lokale bestuurders',
      'Vindplaats in de bron': "'@Tiel",
      'Links naar de bronnen': 'https://a.nl/x',
      'Stand van zaken': 'loopt',
      'Stand volgens bron van': '2024-05',
      Webpagina: 'https://atlas.example/praktijkvoorbeelden/tiel-huisvesting/',
      Id: 'tiel-huisvesting',
    });
    expect(sheet.getRow(2).getCell(headers(sheet).indexOf('Jaar') + 1).type).toBe(ExcelJS.ValueType.Number);
    const notes: string[] = [];
    wb.getWorksheet('Toelichting')!.eachRow((r) =>
      notes.push((r.values as unknown[]).slice(1).map(String).join(' | ')),
    );
    for (const c of columns) expect(notes).toContain(`${c.header} | ${c.description}`);
    expect(notes.join('\n')).toContain('CC BY 4.0');
  });
});

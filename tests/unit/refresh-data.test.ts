/**
 * The data refresh (scripts/lib/refresh-data.ts) on hand-made recordings of the CBS OData and cartomap/nl
 * answers (tests/fixtures/refresh/, see its README): parsing, conversion to the layout of data/, the
 * checksums, and refusing to write anything when a download is wrong.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCbsCsv } from '../../src/lib/data/cbs-input';
import {
  CARTOMAP_WGS84,
  CBS_COLUMNS,
  CBS_ODATA,
  checkTopology,
  dimensionRows,
  parseODataPage,
  refreshData,
  totalKey,
  typedDataSetUrl,
  type CbsMeta,
} from '../../scripts/lib/refresh-data';

const FIX = 'tests/fixtures/refresh';
const read = (path: string) => readFileSync(join(FIX, path), 'utf8');

/** A downloader that answers from the recordings and remembers what was asked. */
function recordedGet(overrides: Record<string, string> = {}) {
  const asked: string[] = [];
  const answer = (url: string): string => {
    asked.push(url);
    if (url.startsWith(CARTOMAP_WGS84)) {
      const name = url.slice(CARTOMAP_WGS84.length + 1);
      return overrides[name] ?? read(`cartomap/${name}`);
    }
    if (url.startsWith(CBS_ODATA)) {
      const u = new URL(url);
      const name = u.pathname.split('/').pop()!;
      if (name === 'TypedDataSet')
        return read(
          u.searchParams.get('$skip') === 'page2' ? 'odata/TypedDataSet-page2.json' : 'odata/TypedDataSet.json',
        );
      return overrides[name] ?? read(`odata/${name}.json`);
    }
    throw new Error(`unexpected URL ${url}`);
  };
  // Asynchronous like a real download: an unexpected URL rejects, it does not throw.
  const get = (url: string): Promise<string> => Promise.resolve(url).then(answer);
  return { get, asked };
}

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'refresh-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('refreshData on recorded answers', () => {
  it('writes the CBS table in the layout of data/cbs/, the boundaries unchanged, and SHA256SUMS', async () => {
    const out = tempDir();
    const { get, asked } = recordedGet();
    const { files, notes } = await refreshData({ get, out });
    expect(files).toEqual([
      'geo/gemeente_2017.topojson',
      'geo/gemeente_2018.topojson',
      'geo/gemeente_2025.topojson',
      'geo/provincie_2025.topojson',
      'cbs/migratieachtergrond_gemeente_2022.csv',
      'SHA256SUMS',
    ]);

    const csv = readFileSync(join(out, 'cbs/migratieachtergrond_gemeente_2022.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(CBS_COLUMNS.join(','));
    expect(csv.split('\n')[0]).toBe(
      readFileSync('data/cbs/migratieachtergrond_gemeente_2022.csv', 'utf8').split('\n')[0],
    );
    expect(csv).not.toContain('\r');
    expect(csv.split('\n').slice(1, 3)).toEqual([
      'GM0001,Eendorp,1200,900,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,164',
      'GM0002,Tweestad,7000,5000,0,20,30,40,50,60,70,80,90,100,110,120,130,140,150,160,650',
    ]);
    // The build's own reader accepts it: every row adds up to inwoners.
    const parsed = parseCbsCsv(csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => r.code)).toEqual(['GM0001', 'GM0002']);
    expect(notes).toEqual(['GM0002 Tweestad: no value for Afghan; written as 0.']);

    expect(readFileSync(join(out, 'geo/gemeente_2025.topojson'), 'utf8')).toBe(read('cartomap/gemeente_2025.topojson'));
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(5);
    for (const line of sums) {
      const [hash, file] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(join(out, file!)))
          .digest('hex'),
      ).toBe(hash);
    }
    // Both pages of the data set were fetched, with a filter on the needed categories only.
    const dataUrls = asked.filter((u) => u.includes('/TypedDataSet'));
    expect(dataUrls).toHaveLength(2);
    const filter = new URL(dataUrls[0]!).searchParams.get('$filter')!;
    expect(filter).toContain(
      "Geslacht eq 'T001038' and Leeftijd eq '10000' and Generatie eq 'T001040' and Perioden eq '2022JJ00'",
    );
    expect(filter).toContain("Migratieachtergrond eq '1012600'");
    expect(filter).not.toContain("'1017'"); // Japan is not a column
  });

  it('writes nothing when a boundary file is broken, and names the problem', async () => {
    const out = tempDir();
    const broken = read('cartomap/gemeente_2025.topojson').replace('"statcode": "GM0002"', '"statcode": "GM0001"');
    await expect(refreshData({ get: recordedGet({ 'gemeente_2025.topojson': broken }).get, out })).rejects.toThrow(
      /Nothing written[\s\S]*gemeente_2025: GM0001 appears twice/,
    );
    expect(existsSync(join(out, 'SHA256SUMS'))).toBe(false);
    expect(existsSync(join(out, 'geo'))).toBe(false);
  });

  it('stops with the list of titles when CBS renames a category', async () => {
    const renamed = read('odata/Migratieachtergrond.json').replace('"Marokko"', '"Marokko (incl. Westelijke Sahara)"');
    await expect(
      refreshData({ get: recordedGet({ Migratieachtergrond: renamed }).get, out: tempDir() }),
    ).rejects.toThrow(
      /no category for Moroccan \("Marokko"\)\. The table has: .*Marokko \(incl\. Westelijke Sahara\).*Fix: add the new title to GROUP_TITLES/,
    );
  });

  it('stops when the year is not in the table', async () => {
    await expect(refreshData({ get: recordedGet().get, out: tempDir(), cbsYear: 2030 })).rejects.toThrow(
      /Perioden: no 2030JJ00 .*2021JJ00, 2022JJ00/,
    );
  });
});

describe('parsing pieces', () => {
  it('reads an OData page with its next link and trims padded keys', () => {
    const page = parseODataPage(read('odata/RegioS.json'), 'RegioS');
    expect(page.nextLink).toBeUndefined();
    expect(dimensionRows(page.value, 'RegioS')[0]).toEqual({ Key: 'NL01', Title: 'Nederland' });
    expect(parseODataPage(read('odata/TypedDataSet.json'), 'x').nextLink).toMatch(/\$skip=page2$/);
    expect(() => parseODataPage('<html>Service unavailable</html>', 'RegioS')).toThrow(
      /RegioS: the answer is not JSON/,
    );
    expect(() => parseODataPage('{"error": {}}', 'RegioS')).toThrow(/no "value" list/);
  });

  it('picks the overall total, also when other titles start with Totaal', () => {
    const rows = dimensionRows(parseODataPage(read('odata/Migratieachtergrond.json'), 'm').value, 'm');
    expect(totalKey(rows, 'Migratieachtergrond')).toBe('T001040');
    expect(() => totalKey([{ Key: 'a', Title: 'Mannen' }], 'Geslacht')).toThrow(/expected one total category/);
  });

  it('checks a topology: type, object, codes and names', () => {
    expect(checkTopology(read('cartomap/provincie_2025.topojson'), 'provincie_2025', 'PV')).toEqual({
      count: 1,
      problems: [],
    });
    expect(checkTopology(read('cartomap/provincie_2025.topojson'), 'provincie_2026', 'PV').problems).toEqual([
      'provincie_2026: no object "provincie_2026" with geometries.',
    ]);
    expect(checkTopology(read('cartomap/gemeente_2025.topojson'), 'gemeente_2025', 'PV').problems[0]).toMatch(
      /statcode "GM0001" is not a PV code/,
    );
  });

  it('builds a query within the server’s limit: only the needed categories', () => {
    const meta: CbsMeta = {
      measure: 'M',
      totals: { Geslacht: 'T' },
      period: '2022JJ00',
      groups: { total: 'T0', columns: new Map([['Dutch', 'N']]) },
      regions: new Map(),
    };
    const filter = new URL(typedDataSetUrl(meta)).searchParams.get('$filter');
    expect(filter).toBe(
      "Geslacht eq 'T' and Perioden eq '2022JJ00' and substringof('GM',RegioS) and (Migratieachtergrond eq 'T0' or Migratieachtergrond eq 'N')",
    );
  });
});

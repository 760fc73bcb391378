/**
 * Refresh the open data in data/ from its sources: the CBS StatLine table 84910NED through its OData API
 * (v3, JSON) and the gemeente and province boundaries of CBS/Kadaster (PDOK) as TopoJSON from the open
 * project cartomap/nl. Everything here is pure or takes its downloader and folder as arguments, so the
 * tests run it on hand-made recordings (tests/fixtures/refresh/). The command is scripts/refresh-data.ts.
 *
 * What it writes has exactly the layout of data/ (see data/README.md): geo/<kind>_<year>.topojson copied
 * unchanged after a structural check, cbs/migratieachtergrond_gemeente_<year>.csv converted from the OData
 * rows, and SHA256SUMS. Nothing is written unless every download and check succeeded.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/lib/open-data/csv';
import { GEMEENTE_CODE } from '../../src/lib/data/gemeente-code';

export const CBS_TABLE = '84910NED';
export const CBS_ODATA = `https://opendata.cbs.nl/ODataApi/odata/${CBS_TABLE}`;
/** cartomap/nl keeps the PDOK boundaries, converted to TopoJSON in WGS84, in its folder wgs84/. */
export const CARTOMAP_WGS84 = 'https://raw.githubusercontent.com/cartomap/nl/HEAD/wgs84';

/** Our CSV columns after gemeentecode, gemeentenaam, inwoners: the CBS titles of Migratieachtergrond each one takes. */
export const GROUP_TITLES: readonly (readonly [column: string, titles: readonly string[]])[] = [
  ['Dutch', ['Nederland', 'Nederlandse achtergrond']],
  ['Afghan', ['Afghanistan']],
  ['Belgian', ['België']],
  ['British', ['Verenigd Koninkrijk']],
  ['Chinese', ['China']],
  [
    'Dutch Caribbean',
    ['Voormalige Nederlandse Antillen en Aruba', 'Nederlandse Antillen (voormalig)', 'Caribisch Nederland'],
  ],
  ['German', ['Duitsland']],
  ['Indian', ['India']],
  ['Indonesian', ['Indonesië']],
  ['Iraqi', ['Irak']],
  ['Italian', ['Italië']],
  ['Moroccan', ['Marokko']],
  ['Polish', ['Polen']],
  ['Spanish', ['Spanje']],
  ['Surinamese', ['Suriname']],
  ['Syrian', ['Syrië']],
  ['Turkish', ['Turkije']],
];
export const OTHER_COLUMN = 'Other migration background';
export const CBS_COLUMNS = ['gemeentecode', 'gemeentenaam', 'inwoners', ...GROUP_TITLES.map(([c]) => c), OTHER_COLUMN];

export interface DimensionRow {
  Key: string;
  Title: string;
}

/** One OData v3 JSON answer: its rows and, when the server pages, the link to the next page. */
export function parseODataPage(text: string, what: string): { value: Record<string, unknown>[]; nextLink?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${what}: the answer is not JSON (starts with ${JSON.stringify(text.slice(0, 60))}).`);
  }
  const o = json as { value?: unknown; 'odata.nextLink'?: unknown };
  if (!o || !Array.isArray(o.value))
    throw new Error(`${what}: the answer has no "value" list; is this an OData v3 JSON answer?`);
  return {
    value: o.value as Record<string, unknown>[],
    ...(typeof o['odata.nextLink'] === 'string' ? { nextLink: o['odata.nextLink'] } : {}),
  };
}

/** Dimension rows with trimmed keys (CBS pads keys such as "GM0014  " with spaces). */
export function dimensionRows(rows: readonly Record<string, unknown>[], what: string): DimensionRow[] {
  return rows.map((r, i) => {
    if (typeof r.Key !== 'string' || typeof r.Title !== 'string')
      throw new Error(`${what} row ${i + 1}: needs Key and Title text.`);
    return { Key: r.Key.trim(), Title: r.Title.trim() };
  });
}

/** The key of a dimension's overall total (Title "Totaal…"); the plain "Totaal" when there are several. */
export function totalKey(rows: readonly DimensionRow[], what: string): string {
  const totals = rows.filter((r) => /^totaal\b/i.test(r.Title));
  const exact = totals.filter((r) => r.Title.toLowerCase() === 'totaal');
  const pick = exact.length === 1 ? exact : totals;
  if (pick.length !== 1) {
    throw new Error(
      `${what}: expected one total category (Title "Totaal…"), found ${pick.length}: ${pick.map((r) => `${r.Key} ${r.Title}`).join(', ') || 'none'}.`,
    );
  }
  return pick[0]!.Key;
}

/** The measure of the table (DataProperties of Type "Topic"); 84910NED has one: population on 1 January. */
export function measureKey(rows: readonly Record<string, unknown>[]): string {
  const topics = rows.filter((r) => r.Type === 'Topic' && typeof r.Key === 'string');
  if (topics.length !== 1)
    throw new Error(`DataProperties: expected one measure (Type "Topic"), found ${topics.length}.`);
  return topics[0]!.Key as string;
}

/** The Migratieachtergrond key for every CSV column, plus the total; throws naming what is missing. */
export function groupKeys(rows: readonly DimensionRow[]): { total: string; columns: Map<string, string> } {
  const byTitle = new Map(rows.map((r) => [r.Title.toLowerCase(), r.Key]));
  const columns = new Map<string, string>();
  const missing: string[] = [];
  for (const [column, titles] of GROUP_TITLES) {
    const key = titles.map((t) => byTitle.get(t.toLowerCase())).find((k) => k !== undefined);
    if (key === undefined) missing.push(`${column} (${titles.map((t) => `"${t}"`).join(' or ')})`);
    else columns.set(column, key);
  }
  if (missing.length) {
    throw new Error(
      `Migratieachtergrond: no category for ${missing.join(', ')}. The table has: ${rows.map((r) => r.Title).join(', ')}. Fix: add the new title to GROUP_TITLES in scripts/lib/refresh-data.ts.`,
    );
  }
  return { total: totalKey(rows, 'Migratieachtergrond'), columns };
}

export interface CbsMeta {
  measure: string;
  /** Keys that select the totals of the other dimensions, e.g. { Geslacht: 'T001038', Leeftijd: '10000' }. */
  totals: Record<string, string>;
  period: string;
  groups: { total: string; columns: Map<string, string> };
  /** RegioS key → name. */
  regions: Map<string, string>;
}

/** The OData query for exactly the rows we need (well under the server's 10,000-row limit). */
export function typedDataSetUrl(meta: CbsMeta): string {
  const keys = [meta.groups.total, ...meta.groups.columns.values()];
  const filter = [
    ...Object.entries(meta.totals).map(([dim, key]) => `${dim} eq '${key}'`),
    `Perioden eq '${meta.period}'`,
    `substringof('GM',RegioS)`,
    `(${keys.map((k) => `Migratieachtergrond eq '${k}'`).join(' or ')})`,
  ].join(' and ');
  return `${CBS_ODATA}/TypedDataSet?$format=json&$filter=${encodeURIComponent(filter)}`;
}

/** A dimension cell as trimmed text (CBS pads keys with spaces); anything but a string or number is empty. */
function cellText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/**
 * The CSV of data/cbs/ from the OData rows: one row per gemeente (RegioS GM…), sorted by code. `inwoners`
 * is the table's total; the other column is the total minus Dutch and the named groups. A missing or
 * suppressed value (null) counts as 0 and is reported in `notes`; anything that does not add up is a problem.
 */
export function cbsCsv(
  rows: readonly Record<string, unknown>[],
  meta: CbsMeta,
): { csv: string; problems: string[]; notes: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const wanted = new Map([
    [meta.groups.total, 'total'],
    ...[...meta.groups.columns].map(([c, k]) => [k, c] as [string, string]),
  ]);
  const byRegion = new Map<string, Map<string, number | null>>();
  for (const row of rows) {
    const region = cellText(row.RegioS);
    if (!GEMEENTE_CODE.test(region)) continue;
    if (cellText(row.Perioden) !== meta.period) continue;
    if (Object.entries(meta.totals).some(([dim, key]) => cellText(row[dim]) !== key)) continue;
    const column = wanted.get(cellText(row.Migratieachtergrond));
    if (!column) continue;
    const value = row[meta.measure];
    if (value !== null && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
      problems.push(`${region} ${column}: ${JSON.stringify(value)} is not a count.`);
      continue;
    }
    const values = byRegion.get(region) ?? new Map<string, number | null>();
    if (values.has(column)) problems.push(`${region} ${column}: the answer has this value twice.`);
    values.set(column, value);
    byRegion.set(region, values);
  }
  if (byRegion.size === 0)
    problems.push(`No gemeente rows for period ${meta.period}: check the period and the filter.`);
  const out: (string | number)[][] = [];
  for (const code of [...byRegion.keys()].sort()) {
    const values = byRegion.get(code)!;
    const name = meta.regions.get(code);
    if (!name) problems.push(`${code}: not in the RegioS list.`);
    const total = values.get('total');
    if (total === undefined || total === null) {
      problems.push(`${code} ${name ?? ''}: no total population.`);
      continue;
    }
    const groups = GROUP_TITLES.map(([column]) => {
      const v = values.get(column);
      if (v === undefined || v === null) notes.push(`${code} ${name}: no value for ${column}; written as 0.`);
      return v ?? 0;
    });
    const other = total - groups.reduce((a, b) => a + b, 0);
    if (other < 0)
      problems.push(`${code} ${name}: the named groups add up to ${total - other}, more than the total ${total}.`);
    out.push([code, name ?? '', total, ...groups, Math.max(0, other)]);
  }
  // data/ keeps LF line ends and no BOM (see data/README.md).
  return { csv: toCsv(CBS_COLUMNS, out).replace(/\r\n/g, '\n'), problems, notes };
}

/** Structural check of a boundary file: a Topology with one object of that name, unique codes and names. */
export function checkTopology(
  text: string,
  objectName: string,
  codePrefix: 'GM' | 'PV',
): { count: number; problems: string[] } {
  const problems: string[] = [];
  let topo: { type?: unknown; objects?: Record<string, { geometries?: { properties?: Record<string, unknown> }[] }> };
  try {
    topo = JSON.parse(text) as typeof topo;
  } catch {
    return { count: 0, problems: [`${objectName}: not JSON.`] };
  }
  if (topo.type !== 'Topology') problems.push(`${objectName}: type is ${JSON.stringify(topo.type)}, not "Topology".`);
  const geometries = topo.objects?.[objectName]?.geometries;
  if (!Array.isArray(geometries))
    return { count: 0, problems: [...problems, `${objectName}: no object "${objectName}" with geometries.`] };
  const seen = new Set<string>();
  const code = new RegExp(`^${codePrefix}\\d{2,4}$`);
  for (const [i, g] of geometries.entries()) {
    const statcode = g.properties?.statcode;
    if (typeof statcode !== 'string' || !code.test(statcode))
      problems.push(
        `${objectName} geometry ${i + 1}: statcode ${JSON.stringify(statcode)} is not a ${codePrefix} code.`,
      );
    else if (seen.has(statcode)) problems.push(`${objectName}: ${statcode} appears twice.`);
    else seen.add(statcode);
    if (typeof g.properties?.statnaam !== 'string' || !g.properties.statnaam.trim())
      problems.push(`${objectName} geometry ${i + 1}: no statnaam.`);
  }
  return { count: geometries.length, problems };
}

/** SHA256SUMS in the format of `sha256sum` (two spaces), in the given order. */
export function sha256sums(files: readonly { path: string; bytes: Uint8Array | string }[]): string {
  return files.map((f) => `${createHash('sha256').update(f.bytes).digest('hex')}  ${f.path}\n`).join('');
}

export interface RefreshOptions {
  /** Download one URL as text; throws on an HTTP error. */
  get: (url: string) => Promise<string>;
  /** Folder to write (the layout of data/). */
  out: string;
  /** Boundary files to fetch: [kind, year]. */
  boundaries?: readonly (readonly ['gemeente' | 'provincie', number])[];
  /** CBS reference year (1 January), e.g. 2022. */
  cbsYear?: number;
  log?: (line: string) => void;
}

export const DEFAULT_BOUNDARIES = [
  ['gemeente', 2017],
  ['gemeente', 2018],
  ['gemeente', 2025],
  ['provincie', 2025],
] as const;

/** Every dimension of 84910NED other than the ones we select on. */
const TOTAL_DIMENSIONS = ['Geslacht', 'Leeftijd', 'Generatie'] as const;

async function allPages(get: RefreshOptions['get'], url: string, what: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let next: string | undefined = url;
  for (let page = 0; next; page++) {
    if (page > 100) throw new Error(`${what}: more than 100 pages; stopping.`);
    const parsed = parseODataPage(await get(next), what);
    rows.push(...parsed.value);
    next = parsed.nextLink;
  }
  return rows;
}

/** Download, check and convert everything, then write it all (or nothing) to `out`. Returns the notes. */
export async function refreshData(options: RefreshOptions): Promise<{ files: string[]; notes: string[] }> {
  const log = options.log ?? (() => {});
  const cbsYear = options.cbsYear ?? 2022;
  const files: { path: string; bytes: string }[] = [];
  const problems: string[] = [];

  for (const [kind, year] of options.boundaries ?? DEFAULT_BOUNDARIES) {
    const name = `${kind}_${year}`;
    const text = await options.get(`${CARTOMAP_WGS84}/${name}.topojson`);
    const check = checkTopology(text, name, kind === 'gemeente' ? 'GM' : 'PV');
    problems.push(...check.problems);
    log(`geo/${name}.topojson: ${check.count} areas`);
    files.push({ path: `geo/${name}.topojson`, bytes: text });
  }

  const dim = async (name: string) =>
    dimensionRows(await allPages(options.get, `${CBS_ODATA}/${name}?$format=json`, name), name);
  const totals: Record<string, string> = {};
  for (const name of TOTAL_DIMENSIONS) totals[name] = totalKey(await dim(name), name);
  const periods = await dim('Perioden');
  const period = periods.find((p) => p.Key === `${cbsYear}JJ00`)?.Key;
  if (!period)
    throw new Error(
      `Perioden: no ${cbsYear}JJ00 in table ${CBS_TABLE} (it has ${periods.map((p) => p.Key).join(', ')}).`,
    );
  const meta: CbsMeta = {
    measure: measureKey(await allPages(options.get, `${CBS_ODATA}/DataProperties?$format=json`, 'DataProperties')),
    totals,
    period,
    groups: groupKeys(await dim('Migratieachtergrond')),
    regions: new Map((await dim('RegioS')).map((r) => [r.Key, r.Title])),
  };
  const rows = await allPages(options.get, typedDataSetUrl(meta), 'TypedDataSet');
  const cbs = cbsCsv(rows, meta);
  problems.push(...cbs.problems);
  const cbsPath = `cbs/migratieachtergrond_gemeente_${cbsYear}.csv`;
  log(`${cbsPath}: ${cbs.csv.trim().split('\n').length - 1} gemeenten`);
  files.push({ path: cbsPath, bytes: cbs.csv });

  if (problems.length)
    throw new Error(`Nothing written; the downloads have problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  for (const f of files) {
    mkdirSync(join(options.out, f.path, '..'), { recursive: true });
    writeFileSync(join(options.out, f.path), f.bytes);
  }
  writeFileSync(join(options.out, 'SHA256SUMS'), sha256sums(files));
  return { files: [...files.map((f) => f.path), 'SHA256SUMS'], notes: cbs.notes };
}

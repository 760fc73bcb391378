/**
 * Open-data exports /data/gemeenten.json and /data/gemeenten.csv: one record per 2025 gemeente.
 * Pure serialisers; the endpoints in src/pages/data/ only call them. The JSON is what other tools
 * and our tests read; the CSV has the same columns, flattened.
 */
import { routes } from '../site/routes';
import { CSV_BOM, toCsv } from './csv';
import type { GemeenteRecord, GemeenteRef, TypeProvenance } from '../data/gemeente-record';
import type { WrrTypeId } from '../typology/wrr-types';

export interface OpenDataRecord {
  code: string;
  name: string;
  province: GemeenteRef;
  /** Population on 1 January 2022. */
  population: number;
  /** The type the site shows. */
  type: WrrTypeId;
  typeProvenance: TypeProvenance;
  /** Type from the rules (src/lib/typology/rule-table.ts), whatever the source names. */
  derivedType: WrrTypeId;
  rule: string;
  /** 'rule', 'average' or 'none' (fits no type well). */
  fit: string;
  /** zeker / waarschijnlijk / onzeker. */
  certainty: string;
  /** Share (0–1) of threshold variants that give the shown type. */
  stability: number;
  /** The type the other variants give most often; null when none does. */
  alternativeType: WrrTypeId | null;
  /** Diversity index (chance that two residents differ in origin, 1 − HHI), 4 decimals. */
  diversityIndex: number;
  /** Share with a Dutch background (0–1), 4 decimals. */
  shareDutch: number;
  /** Types the source names this gemeente (or a predecessor) as an example of. */
  namedTypes: WrrTypeId[];
  /** Site path of the gemeente page. */
  url: string;
  predecessors2017: GemeenteRef[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function toOpenDataRecords(records: readonly GemeenteRecord[]): OpenDataRecord[] {
  return [...records]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({
      code: r.code,
      name: r.name,
      province: { code: r.province.code, name: r.province.name },
      population: r.population,
      type: r.type,
      typeProvenance: r.typeProvenance,
      derivedType: r.derivedType,
      rule: r.rule,
      fit: r.fit,
      certainty: r.certainty,
      stability: r.stability,
      alternativeType: r.alternativeType,
      diversityIndex: round4(r.diversityIndex),
      shareDutch: round4(r.shareDutch),
      namedTypes: [...new Set(r.namedTypes.filter((n) => n.kind === 'voorbeeld').map((n) => n.type))],
      url: routes.gemeente(r.slug),
      predecessors2017: r.predecessors2017.map((p) => ({ code: p.code, name: p.name })),
    }));
}

export const OPEN_DATA_CSV_COLUMNS = [
  'code',
  'name',
  'province_code',
  'province',
  'population',
  'type',
  'typeProvenance',
  'derivedType',
  'rule',
  'fit',
  'certainty',
  'stability',
  'alternativeType',
  'diversityIndex',
  'shareDutch',
  'namedTypes',
  'url',
  'predecessors2017',
] as const;

/**
 * CSV (RFC 4180, CRLF); lists are joined with "; ", predecessors as "GM0001 Name; GM0002 Name". Starts
 * with a UTF-8 byte-order mark so that Excel (also in Dutch) reads ë and ’ correctly; CSV readers skip it.
 */
export function openDataCsv(rows: readonly OpenDataRecord[]): string {
  return (
    CSV_BOM +
    toCsv(
      OPEN_DATA_CSV_COLUMNS,
      rows.map((r) => [
        r.code,
        r.name,
        r.province.code,
        r.province.name,
        r.population,
        r.type,
        r.typeProvenance,
        r.derivedType,
        r.rule,
        r.fit,
        r.certainty,
        r.stability,
        r.alternativeType ?? '',
        r.diversityIndex,
        r.shareDutch,
        r.namedTypes.join('; '),
        r.url,
        r.predecessors2017.map((p) => `${p.code} ${p.name}`).join('; '),
      ]),
    )
  );
}

export function openDataJson(rows: readonly OpenDataRecord[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

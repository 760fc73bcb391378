/**
 * Validation of the CBS migration-background CSV (../shared/data/cbs/migratieachtergrond_gemeente_2022.csv).
 * Pure: takes the file text, returns parsed rows and a list of readable problems, each naming the
 * file, the row and the fix. Nothing is dropped or defaulted: a bad row is a problem, not a zero.
 */
import { z } from 'astro/zod';
import { parseCsv } from '../open-data/csv';
import { CBS_CSV_COLUMNS, MIGRATION_GROUPS, groupValues, type GroupValues } from './migration-groups';
import { GEMEENTE_CODE } from './gemeente-code';

export const CBS_CSV_FILE = 'cbs/migratieachtergrond_gemeente_2022.csv';

/**
 * Largest accepted gap between the sum of the 18 group counts and `inwoners`, as a fraction of
 * `inwoners`. The two come from different CBS products; the source documents gaps of 8 persons
 * (Haarlem, Haarlemmermeer). Anything larger points at a broken or shifted column.
 */
export const MAX_SUM_GAP = 0.001;

export interface CbsRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  code: string;
  name: string;
  /** Registered population on 1 January 2022. */
  population: number;
  counts: GroupValues;
}

const count = z
  .string()
  .regex(/^\d+$/, 'must be a whole number of persons, 0 or more (no sign, decimals or blanks)')
  .transform(Number);

/** The fixed columns of one data row; the 18 group columns are checked one by one with `count`. */
const rowSchema = z.object({
  /** CBS gemeente code: GM + 4 digits. */
  gemeentecode: z.string().regex(GEMEENTE_CODE, 'must be a CBS gemeente code like GM0599 (GM + 4 digits)'),
  /** Name as written by the source; the site uses the 2025 boundary file's name instead. */
  gemeentenaam: z.string().trim().min(1, 'is empty'),
  /** Population on 1 January 2022; the denominator of every share. */
  inwoners: count.refine((n) => n > 0, 'must be more than 0'),
});

export function parseCbsCsv(text: string, file = CBS_CSV_FILE): { rows: CbsRow[]; problems: string[] } {
  const problems: string[] = [];
  const table = parseCsv(text).filter((r) => !(r.length === 1 && r[0] === ''));
  const header = table[0];
  if (!header) {
    return { rows: [], problems: [`${file}: the file is empty. Fix: restore it from the source named in cbs/README.md.`] };
  }
  const missing = CBS_CSV_COLUMNS.filter((c) => !header.includes(c));
  const unexpected = header.filter((c) => !CBS_CSV_COLUMNS.includes(c));
  if (missing.length || unexpected.length) {
    const parts = [
      missing.length ? `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}` : '',
      unexpected.length ? `unexpected column(s) ${unexpected.map((c) => `"${c}"`).join(', ')}` : '',
    ].filter(Boolean);
    return {
      rows: [],
      problems: [
        `${file} line 1 (header): ${parts.join('; ')}. Fix: the header must be exactly ${CBS_CSV_COLUMNS.join(',')} (see cbs/README.md); if CBS renamed a column, update MIGRATION_GROUPS in src/lib/data/migration-groups.ts.`,
      ],
    };
  }

  const rows: CbsRow[] = [];
  const seen = new Map<string, number>();
  table.slice(1).forEach((fields, i) => {
    const line = i + 2;
    const label = `${file} line ${line}${fields[0] ? ` (${fields[0]}${fields[1] ? ` ${fields[1]}` : ''})` : ''}`;
    if (fields.length !== header.length) {
      problems.push(
        `${label}: has ${fields.length} fields, the header has ${header.length}. Fix: check for a missing value or an unquoted comma in the name.`,
      );
      return;
    }
    const raw = new Map(header.map((h, j) => [h, fields[j] ?? '']));
    const issues: string[] = [];
    const base = rowSchema.safeParse(Object.fromEntries(raw));
    if (!base.success) {
      for (const issue of base.error.issues) {
        const column = String(issue.path[0] ?? '');
        issues.push(`column "${column}" (value "${raw.get(column) ?? ''}") ${issue.message}`);
      }
    }
    const counts = groupValues((id) => {
      const column = MIGRATION_GROUPS.find((g) => g.id === id)!.column;
      const parsed = count.safeParse(raw.get(column));
      if (parsed.success) return parsed.data;
      issues.push(`column "${column}" (value "${raw.get(column) ?? ''}") ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
      return Number.NaN;
    });
    if (!base.success || issues.length) {
      for (const issue of issues) problems.push(`${label}: ${issue}. Fix: correct the value from CBS 84910NED (see cbs/README.md).`);
      return;
    }
    const row: CbsRow = {
      line,
      code: base.data.gemeentecode,
      name: base.data.gemeentenaam,
      population: base.data.inwoners,
      counts,
    };
    const earlier = seen.get(row.code);
    if (earlier !== undefined) {
      problems.push(`${label}: code ${row.code} also appears on line ${earlier}. Fix: keep one row per gemeente.`);
      return;
    }
    seen.set(row.code, line);
    let ok = true;
    for (const g of MIGRATION_GROUPS) {
      const share = row.counts[g.id] / row.population;
      if (share < 0 || share > 1) {
        ok = false;
        problems.push(
          `${label}: share "${g.column}" = ${row.counts[g.id]} / ${row.population} = ${share.toFixed(3)} lies outside 0–1. Fix: a group count cannot exceed inwoners; check for a shifted column.`,
        );
      }
    }
    const sum = Object.values(row.counts).reduce((a, b) => a + b, 0);
    if (Math.abs(sum - row.population) > MAX_SUM_GAP * row.population) {
      ok = false;
      problems.push(
        `${label}: the 18 group counts add up to ${sum}, inwoners is ${row.population} (gap larger than ${MAX_SUM_GAP * 100} %). Fix: check for a missing or shifted group column.`,
      );
    }
    if (ok) rows.push(row);
  });
  if (table.length < 2) problems.push(`${file}: has a header but no data rows. Fix: restore the file (see cbs/README.md).`);
  return { rows, problems };
}

/**
 * Content test (reads the real cases): every cited source resolves, and the dates a case gives are
 * consistent with its sources. A case cannot report a year, or a status "as of" a date, later than the
 * newest of its sources, when every source it cites is dated (seeds by year, web pages by their date).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../../../src/lib/cases/case-validation';
import { caseSchema } from '../../../src/lib/cases/case-schema';
import { findSource } from '../../../src/lib/sources/sources';

const DIR = 'content/praktijkvoorbeelden';
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => {
    // Invalid files are reported by validate:content (which runs before the tests); checked here: valid ones.
    const read = readCaseFile(readFileSync(join(DIR, f), 'utf8'));
    const parsed = read.ok ? caseSchema.safeParse(read.data) : null;
    return parsed?.success ? [{ file: f, data: parsed.data }] : [];
  });

describe('dates and sources of the real cases', () => {
  it('reads the cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it('every cited source is in the registry', () => {
    const unknown = cases.flatMap((c) =>
      c.data.sources.filter((s) => !findSource(s.id)).map((s) => `${c.file}: ${s.id}`),
    );
    expect(unknown).toEqual([]);
  });

  it('year and statusAsOf are not later than the newest cited source, when all are dated', () => {
    const problems: string[] = [];
    for (const c of cases) {
      const dates = c.data.sources.map((s) => findSource(s.id)?.date ?? null);
      if (dates.some((d) => d === null)) continue;
      const newest = (dates as string[]).sort().at(-1)!;
      if (c.data.year !== undefined && c.data.year > Number(newest.slice(0, 4))) {
        problems.push(`${c.file}: year ${c.data.year} is after its newest source (${newest})`);
      }
      if (c.data.statusAsOf && c.data.statusAsOf.slice(0, newest.length) > newest.slice(0, c.data.statusAsOf.length)) {
        problems.push(`${c.file}: statusAsOf ${c.data.statusAsOf} is after its newest source (${newest})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a dated status is never later than the date the case was added', () => {
    const late = cases.filter((c) => c.data.statusAsOf && c.data.statusAsOf > c.data.added).map((c) => c.file);
    expect(late).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCbsCsv } from '../../src/lib/data/cbs-input';

const fixture = (name: string) => readFileSync(`tests/fixtures/cbs/${name}`, 'utf8');
const parse = (name: string) => parseCbsCsv(fixture(name), `cbs/${name}`);

describe('parseCbsCsv', () => {
  it('reads a valid file, including a quoted name with a comma', () => {
    const { rows, problems } = parse('valid.csv');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ line: 3, code: 'GM0002', name: 'Twee, de Tweede', population: 100 });
    expect(rows[0]!.counts.german).toBe(20);
    expect(rows[0]!.counts.other).toBe(20);
  });

  it('names the file, the header line, the missing and the unexpected column, and the fix', () => {
    const { rows, problems } = parse('renamed-column.csv');
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^cbs\/renamed-column\.csv line 1 \(header\): missing column\(s\) "Polish"; unexpected column\(s\) "Pools"\. Fix: /,
    );
  });

  it('reports a share outside 0–1 with file, line, gemeente and fix', () => {
    const { rows, problems } = parse('share-above-one.csv');
    expect(rows.map((r) => r.code)).toEqual(['GM0001']);
    expect(
      problems.some((p) =>
        /^cbs\/share-above-one\.csv line 3 \(GM0002 Twee\): share "Polish" = 120 \/ 100 = 1\.200 lies outside 0–1\. Fix: /.test(
          p,
        ),
      ),
    ).toBe(true);
  });

  it('rejects a malformed code and a negative count, naming the column and value', () => {
    const { rows, problems } = parse('bad-code-negative.csv');
    expect(rows).toEqual([]);
    expect(problems[0]).toMatch(
      /^cbs\/bad-code-negative\.csv line 2 \(G0001 Een\): column "gemeentecode" \(value "G0001"\) must be a CBS gemeente code like GM0599.*Fix: /,
    );
    expect(problems[1]).toMatch(/line 3 \(GM0002 Twee\): column "Polish" \(value "-5"\) must be a whole number.*Fix: /);
  });

  it('reports a row with a missing field', () => {
    const { problems } = parse('missing-field.csv');
    expect(problems).toEqual([
      'cbs/missing-field.csv line 2 (GM0001 Een): has 20 fields, the header has 21. Fix: check for a missing value or an unquoted comma in the name.',
    ]);
  });

  it('reports group counts that do not add up to inwoners', () => {
    const { problems } = parse('sum-gap.csv');
    expect(problems[0]).toMatch(/line 2 \(GM0001 Een\): the 18 group counts add up to 900, inwoners is 1000.*Fix: /);
  });

  it('reports an empty file', () => {
    expect(parseCbsCsv('', 'cbs/x.csv').problems[0]).toMatch(/^cbs\/x\.csv: the file is empty\. Fix: /);
  });
});

import { describe, expect, it } from 'vitest';
import { csvField, neutralizeFormula, parseCsv, toCsv } from '../../src/lib/open-data/csv';

describe('csv', () => {
  it('parses quoted fields, doubled quotes, CRLF and a trailing newline', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n1,\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', ''],
    ]);
  });
  it('parses a newline inside quotes', () => {
    expect(parseCsv('"a\nb",c')).toEqual([['a\nb', 'c']]);
  });
  it('quotes only what needs quoting', () => {
    expect(csvField('Utrecht')).toBe('Utrecht');
    expect(csvField('Nuenen, Gerwen en Nederwetten')).toBe('"Nuenen, Gerwen en Nederwetten"');
    expect(csvField("'s-Gravenhage")).toBe("'s-Gravenhage");
    expect(csvField('a "b"')).toBe('"a ""b"""');
    expect(csvField(12.5)).toBe('12.5');
  });
  it('round-trips through toCsv and parseCsv', () => {
    const rows = [
      ['GM0820', 'Nuenen, Gerwen en Nederwetten', 'GM0001 Een; GM0002 "Twee"'],
      ['GM0363', 'Amsterdam', ''],
    ];
    const text = toCsv(['code', 'name', 'list'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['code', 'name', 'list'], ...rows]);
  });
});

describe('csv: formula injection (OWASP)', () => {
  it.each(['=1+1', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("https://x.example","klik")'])(
    'text starting with %j gets a leading apostrophe',
    (text) => {
      expect(neutralizeFormula(text)).toBe(`'${text}`);
      expect(parseCsv(toCsv(['a'], [[text]]))[1]).toEqual([`'${text}`]);
    },
  );

  it('leaves other text alone, also with those characters later on', () => {
    for (const text of ['Tiel', "'s-Gravenhage", 'a=b', 'x-y', ' =1', '', '2019', 'https://a.nl/?x=1']) {
      expect(neutralizeFormula(text), text).toBe(text);
    }
  });

  it('writes numbers as numbers, negative ones too', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField('-3')).toBe("'-3");
  });

  it('neutralises before quoting', () => {
    expect(csvField('=SUM(A1,B1)')).toBe(`"'=SUM(A1,B1)"`);
    expect(csvField('\t@x')).toBe("'\t@x");
  });
});

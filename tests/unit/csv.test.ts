import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../src/lib/csv';

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
    expect(csvField('\'s-Gravenhage')).toBe("'s-Gravenhage");
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

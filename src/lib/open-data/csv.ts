/**
 * Minimal RFC 4180 CSV: parse (quoted fields, doubled quotes, CRLF or LF) and serialise.
 * Small and dependency-free because both the data preparation and the open-data export need it.
 * Every CSV the site writes (open data, the selection download) goes through toCsv, which
 * neutralises text cells that a spreadsheet would run as a formula.
 */

/** Parse CSV text into rows of fields. A trailing newline does not produce an empty row. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  while (i < input.length) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && input[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * =, +, - and @ start a formula; a tab or carriage return in front of them is skipped by some programs.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, so it is shown as text
 * ("=HYPERLINK(…)" → "'=HYPERLINK(…)"). Every text cell the site writes passes through here.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field. Text is neutralised against formulas (numbers are written as numbers, also negative
 * ones), then quoted when it contains a comma, quote, newline or leading/trailing space.
 */
export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * UTF-8 byte-order mark. Excel opens a CSV without it in the local code page and garbles ë, é and ’; RFC 4180
 * readers and parseCsv skip it.
 */
export const CSV_BOM = '\uFEFF';

/** Serialise a header and rows to CSV with CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

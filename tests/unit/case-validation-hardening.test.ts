/**
 * Bad and borderline case files (issue 12): each variant of the valid fixture fails with a message that
 * names the file, the field or line, and the fix; the valid controls pass. The variants are made from the
 * valid fixture with one change each, so a failure can only come from that change.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCaseFiles, type GemeenteRef } from '../../src/lib/cases/case-validation';
import { readCaseFolder } from '../../scripts/lib/case-files';

const GEMEENTEN = JSON.parse(readFileSync('tests/fixtures/gemeenten-small.json', 'utf8')) as GemeenteRef[];
const VALID = readFileSync('tests/fixtures/cases/valid-case.md', 'utf8');
const PATH = 'content/praktijkvoorbeelden/variant.md';
const problemsOf = (text: string) => validateCaseFiles([{ path: PATH, text }], GEMEENTEN).problems;
const replace = (from: string | RegExp, to: string) => {
  const out = VALID.replace(from, to);
  if (out === VALID) throw new Error(`fixture: ${String(from)} not found in the valid case`);
  return out;
};
const withBody = (extra: string) => `${VALID.trimEnd()}\n\n${extra}\n`;
const bodyStart = VALID.split('\n').indexOf('---', 1) + 2; // first line after the closing ---
const lineAfterBody = VALID.trimEnd().split('\n').length + 2;

describe('content that could inject HTML or a script link fails with file, line and fix', () => {
  // [name, Markdown appended to the body, expected text, line of the fault within the appended text]
  it.each([
    ['a tag split over two lines', '<img\nsrc=x onerror=alert(1)>', 'raw HTML is not allowed'],
    [
      'a meta refresh over two lines',
      '<meta http-equiv="refresh"\ncontent="0;url=https://example.org">',
      'raw HTML is not allowed',
    ],
    ['HTML after escaped backticks', '\\`<img src=x onerror=alert(1)>\\`', 'raw HTML is not allowed'],
    [
      'HTML after a line that only looks like a fence',
      '```js`\n<script>alert(1)</script>',
      'raw HTML is not allowed',
      1,
    ],
    ['an HTML comment', '<!-- verborgen -->', 'raw HTML is not allowed'],
    ['a javascript: link', '[klik](javascript:alert(1))', 'link or image address "javascript:alert(1)" is not allowed'],
    [
      'an entity-encoded javascript: link',
      '[klik](&#106;avascript:alert(1))',
      'link or image address "javascript:alert(1)" is not allowed',
    ],
    ['a mixed-case javascript: link', '[klik](JaVaScRiPt:alert(1))', 'is not allowed. Fix: link only to http(s)://'],
    ['a javascript: autolink', '<javascript:alert(1)>', 'is not allowed'],
    [
      'a data: image',
      '![x](data:image/svg+xml;base64,PHN2Zz4=)',
      'link or image address "data:image/svg+xml;base64,PHN2Zz4=" is not allowed',
    ],
    [
      'a reference definition with data:',
      '[x]\n\n[x]: data:text/html,hoi',
      'link or image address "data:text/html,hoi" is not allowed',
      2,
    ],
    ['a protocol-relative link', '[x](//evil.example/)', 'is not allowed'],
  ] as [string, string, string, number?][])('%s', (_name, markdown, expected, offset = 0) => {
    const problems = problemsOf(withBody(markdown));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain(`${PATH}: line ${lineAfterBody + offset}: `);
    expect(problems[0]).toContain(expected);
    expect(problems[0]).toContain('Fix:');
  });

  it('counts lines from the top of the file', () => {
    expect(problemsOf(withBody('<b>x</b>'))[0]).toMatch(new RegExp(`: line ${lineAfterBody}: `));
    expect(bodyStart).toBeLessThan(lineAfterBody);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hoi'],
    ['file:', 'file:///etc/passwd'],
  ])('a source URL with %s fails', (_name, url) => {
    const problems = problemsOf(replace('    urls: []', `    urls: ["${url}"]`));
    expect(problems).toEqual([
      `${PATH}: field sources[0].urls[0]: use a full http(s):// address. Fix: see docs/content-guide.md for the expected form.`,
    ]);
  });
});

describe('YAML is read as the build reads it, with a clear message', () => {
  it('an unquoted date in a text field says to quote it', () => {
    expect(problemsOf(replace('year: 2019\n', 'year: 2019\nperiod: 2021-03-15\n'))).toEqual([
      `${PATH}: field period: YAML reads the unquoted value 2021-03-15 as a date, but this field is text. Fix: put the value in quotes, e.g. period: "2021-03-15".`,
    ]);
    expect(problemsOf(replace(/^title: .*$/m, 'title: 2021-03-15'))[0]).toContain(
      'field title: YAML reads the unquoted value 2021-03-15 as a date',
    );
  });

  it('a number or yes/no in a text field says to quote it', () => {
    expect(problemsOf(replace('year: 2019\n', 'year: 2019\nperiod: 2020\n'))).toEqual([
      `${PATH}: field period: YAML reads the unquoted value 2020 as a number, but this field is text. Fix: put the value in quotes: "2020".`,
    ]);
  });

  it('a gemeente given by name asks for its code', () => {
    expect(problemsOf(replace('gemeenten:\n  - code: GM0281\n', 'gemeenten:\n  - Tiel\n'))).toEqual([
      `${PATH}: field gemeenten[0]: "Tiel" is a name; a gemeente is given by its CBS code. Fix: write "- code: GM…" with the 2025 code of Tiel (see /gemeenten/).`,
    ]);
  });

  it('a date that does not exist is named as such', () => {
    expect(problemsOf(replace('added: 2026-01-01', 'added: 2026-02-30'))).toEqual([
      `${PATH}: field added: 2026-02-30 is not a date that exists. Fix: give an existing date as YYYY-MM-DD.`,
    ]);
  });

  it('an unclosed frontmatter block is named as such', () => {
    const text = VALID.replace(/\n---\n\n/, '\n\n');
    expect(problemsOf(text)).toEqual([
      `${PATH}: the frontmatter block that opens with "---" is never closed. Fix: add a line with only "---" after the last field.`,
    ]);
  });

  it('a file without frontmatter says where to start', () => {
    expect(problemsOf('Alleen tekst.\n')).toEqual([
      `${PATH}: no frontmatter found. Fix: start the file with a YAML block between two lines "---" (see docs/content-guide.md).`,
    ]);
  });

  it('invalid YAML names the line', () => {
    expect(problemsOf(replace('instrument: dialoogvorm', 'instrument: [dialoogvorm'))[0]).toMatch(
      /frontmatter is not valid YAML at frontmatter line \d+/,
    );
  });
});

describe('limits', () => {
  it('a title over 160 characters', () => {
    expect(problemsOf(replace(/^title: .*$/m, `title: "${'Lang '.repeat(400)}"`))).toEqual([
      `${PATH}: field title: at most 160 characters; shorten it. Fix: see docs/content-guide.md for the expected form.`,
    ]);
  });

  it('a bidi override in the title', () => {
    expect(problemsOf(replace('title: "Testgemeente', 'title: "Testgemeente\u202E'))).toEqual([
      `${PATH}: field title: contains an invisible control or text-direction character; retype the text without it. Fix: see docs/content-guide.md for the expected form.`,
    ]);
  });

  it('a control character anywhere names its line', () => {
    expect(problemsOf(replace('title: "Testgemeente', 'title: "Testgemeente\u0007'))).toEqual([
      `${PATH}: line 2 contains an invisible control character (U+0007). Fix: retype that line without it.`,
    ]);
  });

  it('an added date in the future', () => {
    expect(problemsOf(replace('added: 2026-01-01', 'added: 2099-01-01'))).toEqual([
      `${PATH}: field added: added: lies in the future; give the date the case was added. Fix: see docs/content-guide.md for the expected form.`.replace(
        'added: added:',
        'added:',
      ),
    ]);
  });

  it('an unknown source id suggests the nearest', () => {
    const problems = problemsOf(replace('  - id: 001_68f2031519a2468a', '  - id: web-tiel-onbestaande-pagina'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/praktijkvoorbeelden\/variant\.md: field sources\[0\]\.id: unknown source "web-tiel-onbestaande-pagina"\. Did you mean ".+"\? Fix: use a seed id/,
    );
  });

  it('a status without its date', () => {
    expect(problemsOf(replace('added: 2026-01-01', 'status: loopt\nadded: 2026-01-01'))).toEqual([
      `${PATH}: field statusAsOf is missing. Fix: add it (see docs/content-guide.md).`,
    ]);
  });
});

describe('valid controls pass', () => {
  it.each([
    ['CRLF line endings', VALID.replace(/\n/g, '\r\n')],
    ['a byte-order mark', `\uFEFF${VALID}`],
    ['a leading blank line (Astro reads it too)', `\n${VALID}`],
    ['emoji and right-to-left text', withBody('Een welkomstbord in het Arabisch: مرحبا بكم 👋, naast het Nederlands.')],
    [
      'HTML-looking text in the title (rendered as text)',
      replace('title: "Testgemeente', 'title: "<b>Niet vet</b> Testgemeente'),
    ],
    ['an escaped < in the body', withBody('Minder dan 5 \\<b> is geen tag.')],
    [
      'http, mailto and site-relative links',
      withBody('[a](https://example.org) [b](mailto:info@example.org) [c](/methode/) [d](#kop)'),
    ],
    ['HTML inside a real code fence', withBody('```\n<b>voorbeeldcode</b>\n```')],
    ['a status with its date', replace('added: 2026-01-01', 'status: loopt\nstatusAsOf: 2024\nadded: 2026-01-01')],
  ])('%s', (_name, text) => {
    expect(problemsOf(text)).toEqual([]);
  });
});

describe('the folder: everything that is not a case file is named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cases-'));
  writeFileSync(join(dir, 'goed.md'), VALID);
  writeFileSync(join(dir, '.verborgen.md'), VALID);
  writeFileSync(join(dir, 'notities.txt'), 'x');
  writeFileSync(join(dir, 'latin1.md'), Buffer.from(VALID.replace('Tiel', 'Tiël'), 'latin1'));
  mkdirSync(join(dir, 'sub'));
  const { files, problems } = readCaseFolder(dir);

  it('reads the good file', () => {
    expect(files.map((f) => f.path)).toEqual([join(dir, 'goed.md')]);
  });
  it('names the hidden file, the other extension, the non-UTF-8 file and the subfolder', () => {
    expect(problems).toEqual([
      `${join(dir, '.verborgen.md')}: hidden file (name starts with a dot). Fix: rename it without the dot if it is a case, or remove it.`,
      `${join(dir, 'latin1.md')}: is not UTF-8 text (it may be saved as Latin-1/Windows-1252). Fix: save the file as UTF-8 in your editor.`,
      `${join(dir, 'notities.txt')}: not a Markdown file. Fix: cases are .md files (lowercase extension); rename or move it.`,
      `${join(dir, 'sub')}: is a folder; cases live directly in ${dir} and are not read from subfolders. Fix: move its .md files up into ${dir} and remove the folder.`,
    ]);
  });
});

/**
 * `npm run new-case`: flag parsing and the planned file (scripts/lib/new-case.ts). The file system
 * side (scripts/new-case.ts) only reads the folder and writes the planned text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNewCaseArgs, planNewCase, type NewCaseOptions } from '../../scripts/lib/new-case';
import type { GemeenteOption } from '../../src/lib/cases/case-form';
import { validateCaseFiles, type GemeenteRef } from '../../src/lib/cases/case-validation';

const GEMEENTEN: GemeenteOption[] = (
  JSON.parse(readFileSync('tests/fixtures/gemeenten-small.json', 'utf8')) as GemeenteRef[]
).map((g) => (g.code === 'GM1961' ? { ...g, formerNames: ['Leerdam'] } : g));
const CTX = { gemeenten: GEMEENTEN, existingSlugs: new Set(['tiel-huisvesting']), today: '2026-11-23' };

function options(argv: string[]): NewCaseOptions {
  const parsed = parseNewCaseArgs(argv);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.options;
}

describe('parseNewCaseArgs', () => {
  it('reads single and repeatable flags, with a space or =', () => {
    expect(
      options([
        '--slug',
        'tiel-x',
        '--title=Tiel doet iets',
        '--gemeente',
        'GM0281',
        '--gemeente',
        'Leerdam',
        '--theme',
        'a',
        '--theme=b',
        '--seed',
        '001',
        '--year',
        '2019',
        '--lesson',
        'een',
        '--url',
        'https://x.nl/?a=b',
      ]),
    ).toEqual({
      slug: 'tiel-x',
      title: 'Tiel doet iets',
      gemeenten: ['GM0281', 'Leerdam'],
      themes: ['a', 'b'],
      domains: [],
      lessons: ['een'],
      urls: ['https://x.nl/?a=b'],
      seed: '001',
      year: '2019',
      dir: 'content/praktijkvoorbeelden',
      help: false,
    });
  });

  it('keeps a value that starts with a dash and an = inside a value', () => {
    const o = options(['--title', '-- bijna leeg --', '--summary=a=b']);
    expect(o.title).toBe('-- bijna leeg --');
    expect(o.summary).toBe('a=b');
  });

  it('knows --help and --dir', () => {
    expect(options(['--help']).help).toBe(true);
    expect(options(['-h', '--dir', '/tmp/x']).dir).toBe('/tmp/x');
  });

  it('explains what is wrong', () => {
    expect(parseNewCaseArgs(['--titel', 'x'])).toEqual({
      error: 'Unknown option --titel. Run npm run new-case -- --help for the list.',
    });
    expect(parseNewCaseArgs(['--title'])).toEqual({ error: 'Option --title needs a value.' });
    expect(parseNewCaseArgs(['--title', '--slug', 'x'])).toEqual({ error: 'Option --title needs a value.' });
    expect(parseNewCaseArgs(['--slug', 'a', '--slug', 'b'])).toEqual({
      error: 'Option --slug is given twice; give it once.',
    });
    expect(parseNewCaseArgs(['Tiel'])).toEqual({
      error: 'Unexpected argument "Tiel": every value follows an option such as --title.',
    });
  });
});

describe('planNewCase', () => {
  it('writes a scaffold with the given fields; the content check lists only what is still blank', () => {
    const plan = planNewCase(
      options([
        '--title',
        'Tiel regelt huisvesting van arbeidsmigranten',
        '--gemeente',
        'tiel',
        '--gemeente',
        'Leerdam',
        '--seed',
        '001',
        '--theme',
        'arbeidsmigratie-en-huisvesting',
        '--instrument',
        'regelgeving',
        '--year',
        '2019',
      ]),
      CTX,
    );
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.slug).toBe('tiel-regelt-huisvesting-arbeidsmigranten');
    expect(plan.markdown).toContain('  - code: GM0281\n  - code: GM1961\n    historicalName: Leerdam\n');
    expect(plan.markdown).toContain('  - id: "001_68f2031519a2468a"\n');
    expect(plan.markdown).toContain('added: "2026-11-23"');
    const { problems } = validateCaseFiles([{ path: `x/${plan.fileName}`, text: plan.markdown }], GEMEENTEN);
    expect(problems.map((p) => /field ([\w.[\]]+)/.exec(p)?.[1])).toEqual(['summary', 'lessons', 'sources[0].section']);
  });

  it('a scaffold with everything filled in except the text fails only on the text', () => {
    const plan = planNewCase(
      options([
        '--slug',
        'tiel-compleet',
        '--title',
        'Tiel regelt huisvesting',
        '--gemeente',
        'GM0281',
        '--seed',
        '001_68f2031519a2468a',
        '--section',
        'Gemeente Tiel',
        '--theme',
        'arbeidsmigratie-en-huisvesting',
        '--domain',
        'huisvesting',
        '--instrument',
        'regelgeving',
        '--year',
        '2019',
        '--added',
        '2026-01-02',
        '--summary',
        'Tiel behandelt arbeidsmigranten bij de huisvesting als andere woningzoekenden.',
        '--lesson',
        'Maak één set regels voor iedereen.',
        '--lesson',
        'Werk samen met corporaties in de regio.',
        '--url',
        'https://www.tiel.nl/',
      ]),
      CTX,
    );
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.fileName).toBe('tiel-compleet.md');
    expect(validateCaseFiles([{ path: `x/${plan.fileName}`, text: plan.markdown }], GEMEENTEN).problems).toEqual([
      'x/tiel-compleet.md: body: the case text is missing or shorter than 200 characters. Fix: describe the practice in your own words below the frontmatter.',
    ]);
  });

  it('refuses an existing slug and an unknown gemeente, with the nearest names', () => {
    const plan = planNewCase(
      options(['--slug', 'tiel-huisvesting', '--title', 'Tiel', '--gemeente', 'Tiell', '--gemeente', 'GM9999']),
      CTX,
    );
    expect(plan).toEqual({
      ok: false,
      errors: [
        '--gemeente "Tiell" is not a gemeente of the 2025 division. Did you mean Tiel (GM0281), Aalsmeer (GM0358), Westland (GM1783)? Fix: give the CBS code or the 2025 name.',
        '--gemeente "GM9999" is not a gemeente of the 2025 division. Fix: give the CBS code or the 2025 name.',
        'A case with slug "tiel-huisvesting" already exists (tiel-huisvesting.md). Fix: choose another --slug; the existing file was not changed.',
      ],
    });
  });

  it('requires title and gemeente, and checks ids, year and date', () => {
    const plan = planNewCase(
      options([
        '--seed',
        '009',
        '--theme',
        'wonen',
        '--instrument',
        'wet',
        '--year',
        '19',
        '--added',
        '23-11-2026',
        '--slug',
        'Tiel!',
      ]),
      CTX,
    );
    expect(!plan.ok && plan.errors.map((e) => e.split(/[.:]/)[0])).toEqual([
      '--title is required',
      '--gemeente is required',
      '--seed "009" is not a source id',
      '--theme "wonen" is not a known id',
      '--instrument "wet" is not a known id',
      '--year "19" is not a year',
      '--added "23-11-2026" is not a date',
      '--slug "Tiel!" is not a valid slug',
    ]);
  });

  it('derives a free slug when the suggestion is taken', () => {
    const plan = planNewCase(options(['--title', 'Huisvesting', '--gemeente', 'Tiel']), CTX);
    expect(plan.ok && plan.slug).toBe('tiel-huisvesting-2');
  });
});

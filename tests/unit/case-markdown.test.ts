/**
 * The case-file generator: its output is accepted by the build's content check (validateCaseFiles),
 * broken input yields exactly the check's messages, and any text survives the YAML round trip.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import {
  caseFrontmatterYaml,
  caseMarkdown,
  casePath,
  suggestSlug,
  uniqueSlug,
  type CaseFrontmatter,
} from '../../src/lib/cases/case-markdown';
import { readCaseFile, validateCaseFiles, type GemeenteRef } from '../../src/lib/cases/case-validation';

const GEMEENTEN = JSON.parse(readFileSync('tests/fixtures/gemeenten-small.json', 'utf8')) as GemeenteRef[];

const BODY = `De gemeente Tiel behandelt arbeidsmigranten bij het zoeken naar een woning net als andere woningzoekenden.
Zo ontstaan geen aparte circuits, en de gemeente houdt zicht op de kwaliteit van wat er wordt aangeboden.

## Hoe
Met afspraken tussen gemeente, corporaties en werkgevers.`;

const VALID: CaseFrontmatter = {
  title: 'Tiel: huisvesting van "arbeidsmigranten" als die van andere woningzoekenden',
  gemeenten: [{ code: 'GM0281' }, { code: 'GM1961', historicalName: 'Leerdam' }],
  participants: [],
  typeInSource: 'specifieke-minderheidsgroep',
  themes: ['arbeidsmigratie-en-huisvesting', 'samenwerking-en-sociale-basis'],
  domains: ['huisvesting'],
  instrument: 'regelgeving',
  year: 2019,
  period: '2019–2020',
  people: [{ name: 'Jan de Vries', role: 'wethouder wonen, gemeente Tiel' }],
  summary:
    'Tiel behandelt arbeidsmigranten bij de huisvesting als alle andere woningzoekenden. Daarvoor maakte de gemeente afspraken met corporaties en werkgevers in de regio.',
  lessons: [
    'Maak één set regels voor iedereen die een woning zoekt.',
    '# Werk samen: met corporaties en werkgevers in de regio.',
  ],
  sources: [
    {
      id: '001_68f2031519a2468a',
      section: 'Middelgrote gemeenten – Gemeente Tiel',
      pages: '12',
      urls: ['https://www.tiel.nl/wonen'],
    },
  ],
  status: 'loopt',
  statusAsOf: '2020-05',
  added: '2026-11-23',
};

const check = (text: string, slug = 'tiel-huisvesting') =>
  validateCaseFiles([{ path: `content/praktijkvoorbeelden/${slug}.md`, text }], GEMEENTEN);

describe('caseMarkdown', () => {
  it('writes a file the content check accepts, with the same data', () => {
    const text = caseMarkdown(VALID, BODY);
    const { cases, problems } = check(text);
    expect(problems).toEqual([]);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.data).toEqual(VALID);
    expect(cases[0]!.body.trim()).toBe(BODY);
  });

  it('orders the keys as the content guide does and keeps id lists on one line', () => {
    const text = caseMarkdown(VALID, BODY);
    const keys = [...text.matchAll(/^([a-zA-Z]+):/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'title',
      'gemeenten',
      'typeInSource',
      'themes',
      'domains',
      'instrument',
      'year',
      'period',
      'people',
      'summary',
      'lessons',
      'sources',
      'status',
      'statusAsOf',
      'added',
    ]);
    expect(text).toContain('themes: [arbeidsmigratie-en-huisvesting, samenwerking-en-sociale-basis]\n');
    expect(text).toContain('domains: [huisvesting]\n');
    expect(text).toContain('summary: >-\n');
    expect(text).toContain('added: "2026-11-23"\n');
    expect(text).toContain('statusAsOf: "2020-05"\n');
    expect(text.startsWith('---\ntitle: ')).toBe(true);
    expect(text).toMatch(/\n---\n\nDe gemeente Tiel[\s\S]*werkgevers\.\n$/);
  });

  it('leaves out empty optional fields', () => {
    const text = caseMarkdown(
      {
        ...VALID,
        typeInSource: undefined,
        period: '',
        people: [],
        status: '  ',
        statusAsOf: undefined,
        sources: [{ ...VALID.sources[0]!, pages: undefined, urls: [] }],
      },
      BODY,
    );
    expect(text).not.toMatch(/^(typeInSource|period|people|status):/m);
    expect(text).not.toContain('pages:');
    expect(text).toContain('    urls: []\n');
    expect(check(text).problems).toEqual([]);
  });

  it('keeps any text intact through the YAML round trip', () => {
    const awkward = [
      'Titel: met dubbele punt',
      "'s-Hertogenbosch en 's-Gravenhage",
      '- begint als lijst',
      '# begint als commentaar',
      'yes',
      '2019',
      'null',
      'aanhalingstekens "zo" en ‘zo’ en `code`',
      'een | pijp en > groter-dan & { accolades } [haken]',
      'regel één\nregel twee',
      'Súdwest-Fryslân – € 150.000 – 100 %',
      '   spaties aan de rand   ',
      'x'.repeat(300),
      '2021-03-15',
      'true',
      'on',
      '1e3',
      '0x1F',
    ];
    for (const value of awkward) {
      const yaml = caseFrontmatterYaml({ title: value, summary: value, lessons: [value], period: value });
      // Read back as Astro's content layer reads it (js-yaml): text stays text, never a date, number or boolean.
      const parsed = parseFrontmatter(`---\n${yaml}---\n`).frontmatter as Record<string, unknown>;
      expect(parsed.title).toBe(value);
      expect(parsed.summary).toBe(value);
      expect(parsed.lessons).toEqual([value]);
      expect(parsed.period).toBe(value);
    }
  });

  it('a body that contains --- lines stays in the body', () => {
    const body = `${BODY}\n\n---\n\nNa een scheidingslijn.`;
    const read = readCaseFile(caseMarkdown(VALID, body));
    expect(read.ok && read.body.trim()).toBe(body);
    expect(check(caseMarkdown(VALID, body)).problems).toEqual([]);
  });

  it('broken input: the content check reports exactly what is wrong', () => {
    const path = 'content/praktijkvoorbeelden/kapot.md';
    const broken = caseMarkdown(
      {
        ...VALID,
        gemeenten: [{ code: 'GM9999', historicalName: 'Tiell' }],
        themes: ['bestaat-niet'],
        year: 2999,
        summary: 'Te kort.',
      },
      BODY,
    );
    expect(check(broken, 'kapot').problems).toEqual([
      `${path}: field themes[0]: "bestaat-niet" is not a known value. Fix: use one of ${'"arbeidsmigratie-en-huisvesting", "internationals-en-expats", "opvang-en-statushouders", "inburgering-en-taal", "dialoog-en-ontmoeting", "gelijke-behandeling-en-antidiscriminatie", "inclusief-werkgeverschap", "onderwijs-en-jongeren", "emancipatie-en-lhbti", "burgerschap-en-lokale-identiteit", "samenwerking-en-sociale-basis", "data-en-monitoring", "grensoverschrijdend", "veiligheid-en-polarisatie"'}.`,
      `${path}: field year: lies in the future; give the year the source states. Fix: see docs/content-guide.md for the expected form.`,
      `${path}: field summary: write 1–2 full sentences (at least 40 characters). Fix: see docs/content-guide.md for the expected form.`,
    ]);
    // With the schema satisfied, the gemeente check speaks, with the nearest names.
    const unknownGemeente = caseMarkdown({ ...VALID, gemeenten: [{ code: 'GM9999', historicalName: 'Tiell' }] }, BODY);
    expect(check(unknownGemeente, 'kapot').problems).toEqual([
      `${path}: field gemeenten[0].code: gemeente "GM9999" does not exist in the 2025 division. Did you mean Tiel (GM0281), Aalsmeer (GM0358), Westland (GM1783)? Fix: use the CBS code of the 2025 gemeente (see /gemeenten/ or data/geo/gemeente_2025.topojson); put a merged gemeente's old name in historicalName.`,
    ]);
    const shortBody = caseMarkdown(VALID, 'Te kort.');
    expect(check(shortBody, 'kapot').problems).toEqual([
      `${path}: body: the case text is missing or shorter than 200 characters. Fix: describe the practice in your own words below the frontmatter.`,
    ]);
  });

  it('a scaffold with blanks and comments is valid YAML and fails only on the blanks', () => {
    const text = caseMarkdown(
      { title: 'Tiel regelt huisvesting', gemeenten: [{ code: 'GM0281' }], added: '2026-11-23' },
      'Nog te schrijven.',
      { comments: true },
    );
    expect(text).toContain('instrument: "" # one of: beleidskader, ');
    expect(text).toContain('themes: [] # 1–4 of: arbeidsmigratie-en-huisvesting, ');
    expect(text).toContain('lessons: [] #');
    const { problems } = check(text);
    const fields = problems.map((p) => /field ([\w.]+)/.exec(p)?.[1]);
    expect(fields).toEqual(['themes', 'instrument', 'year', 'summary', 'lessons', 'sources']);
  });
});

describe('slugs', () => {
  it('suggests gemeente plus three meaningful title words', () => {
    expect(suggestSlug('Tiel regelt huisvesting van arbeidsmigranten als die van andere woningzoekenden', 'Tiel')).toBe(
      'tiel-regelt-huisvesting-arbeidsmigranten',
    );
    expect(suggestSlug('Martinushuis: jonge statushouders en studenten wonen samen', 'Maastricht')).toBe(
      'maastricht-martinushuis-jonge-statushouders',
    );
    expect(suggestSlug("Dialoog in 's-Hertogenbosch", "'s-Hertogenbosch")).toBe('s-hertogenbosch-dialoog');
    expect(suggestSlug('', '')).toBe('');
  });

  it('adds a number when the slug is taken', () => {
    expect(uniqueSlug('tiel-huisvesting', new Set())).toBe('tiel-huisvesting');
    expect(uniqueSlug('tiel-huisvesting', new Set(['tiel-huisvesting', 'tiel-huisvesting-2']))).toBe(
      'tiel-huisvesting-3',
    );
  });

  it('puts the file in the cases folder', () => {
    expect(casePath('tiel-huisvesting')).toBe('content/praktijkvoorbeelden/tiel-huisvesting.md');
  });
});

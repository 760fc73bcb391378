/**
 * Every bad content fixture in tests/fixtures/bad-cases/ fails validation with exactly one readable
 * message naming file, field and fix. Uses a small gemeente list, not the real data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  suggestGemeenten,
  validateCaseFiles,
  type CaseFile,
  type GemeenteRef,
} from '../../src/lib/cases/case-validation';

const GEMEENTEN = JSON.parse(readFileSync('tests/fixtures/gemeenten-small.json', 'utf8')) as GemeenteRef[];
const read = (path: string): CaseFile => ({ path, text: readFileSync(path, 'utf8') });
const VALID = read('tests/fixtures/cases/valid-case.md');
const bad = (name: string) => `tests/fixtures/bad-cases/${name}.md`;

const options = (ids: string[]) => `Fix: use one of ${ids.map((i) => `"${i}"`).join(', ')}.`;
const THEMES = [
  'arbeidsmigratie-en-huisvesting',
  'internationals-en-expats',
  'opvang-en-statushouders',
  'inburgering-en-taal',
  'dialoog-en-ontmoeting',
  'gelijke-behandeling-en-antidiscriminatie',
  'inclusief-werkgeverschap',
  'onderwijs-en-jongeren',
  'emancipatie-en-lhbti',
  'burgerschap-en-lokale-identiteit',
  'samenwerking-en-sociale-basis',
  'data-en-monitoring',
  'grensoverschrijdend',
  'veiligheid-en-polarisatie',
];
const DOMAINS = [
  'de-basis',
  'huisvesting',
  'zorg-en-welzijn',
  'werk-en-inkomen',
  'onderwijs',
  'vrije-tijd',
  'veiligheid-en-stabiliteit',
  'taal-en-communicatie',
  'digitale-vaardigheden',
  'cultuur-en-interculturele-vaardigheden',
  'banden',
  'connecties',
  'bruggen',
];
const INSTRUMENTS = [
  'beleidskader',
  'actieprogramma',
  'regelgeving',
  'campagne-of-evenement',
  'dialoogvorm',
  'onderzoek-of-data',
  'samenwerking-of-loket',
  'subsidie',
  'bestuurlijk-interview',
];

describe('case validation', () => {
  it('accepts the valid fixture', () => {
    const { cases, problems } = validateCaseFiles([VALID], GEMEENTEN);
    expect(problems).toEqual([]);
    expect(cases.map((c) => c.slug)).toEqual(['valid-case']);
  });

  it.each([
    [
      'unknown-gemeente',
      [
        `${bad('unknown-gemeente')}: field gemeenten[0].code: gemeente "GM9999" does not exist in the 2025 division. Did you mean Gorinchem (GM0512), Maastricht (GM0935), Tiel (GM0281)? Fix: use the CBS code of the 2025 gemeente (see /gemeenten/ or data/geo/gemeente_2025.topojson); put a merged gemeente's old name in historicalName.`,
      ],
    ],
    ['unknown-theme', [`${bad('unknown-theme')}: field themes[0]: "dialoog" is not a known value. ${options(THEMES)}`]],
    [
      'unknown-domain',
      [`${bad('unknown-domain')}: field domains[0]: "wonen" is not a known value. ${options(DOMAINS)}`],
    ],
    [
      'unknown-instrument',
      [`${bad('unknown-instrument')}: field instrument: "workshop" is not a known value. ${options(INSTRUMENTS)}`],
    ],
    [
      'missing-sources',
      [`${bad('missing-sources')}: field sources is missing. Fix: add it (see docs/content-guide.md).`],
    ],
    [
      'empty-summary',
      [
        `${bad('empty-summary')}: field summary: write 1–2 full sentences (at least 40 characters). Fix: see docs/content-guide.md for the expected form.`,
      ],
    ],
    [
      'future-year',
      [
        `${bad('future-year')}: field year: lies in the future; give the year the source states. Fix: see docs/content-guide.md for the expected form.`,
      ],
    ],
    [
      'raw-html',
      [
        `${bad('raw-html')}: line 29: raw HTML is not allowed in case texts ("<div class="kader">Een kader in HTML.</div>"). Fix: use Markdown (e.g. **bold**, [link](https://…)) instead of HTML tags; write a literal < as \\<.`,
      ],
    ],
    [
      'misspelled-field',
      [
        `${bad('misspelled-field')}: field themes is missing. Fix: add it (see docs/content-guide.md).`,
        `${bad('misspelled-field')}: field themas is not part of the schema. Fix: remove it or correct its spelling (see docs/content-guide.md).`,
      ],
    ],
  ])('%s: fails with the exact message', (name, messages) => {
    const { cases, problems } = validateCaseFiles([read(bad(name))], GEMEENTEN);
    expect(problems).toEqual(messages);
    expect(cases).toEqual([]);
  });

  it('duplicate-slug: a second file with the same name fails, the first passes', () => {
    const dup = read('tests/fixtures/bad-cases/duplicate-slug/valid-case.md');
    const { cases, problems } = validateCaseFiles([VALID, dup], GEMEENTEN);
    expect(problems).toEqual([
      'tests/fixtures/bad-cases/duplicate-slug/valid-case.md: slug "valid-case" is already used by tests/fixtures/cases/valid-case.md. Fix: give one of the two files another name.',
    ]);
    expect(cases).toHaveLength(1);
  });

  it('each bad fixture differs from the valid case in one place only', () => {
    for (const name of ['unknown-theme', 'unknown-domain', 'unknown-instrument', 'future-year', 'misspelled-field']) {
      const a = VALID.text.split('\n');
      const b = read(bad(name)).text.split('\n');
      expect(
        b.filter((line, i) => line !== a[i]),
        name,
      ).toHaveLength(1);
    }
  });
});

describe('suggestGemeenten', () => {
  const list = [
    { code: 'GM0599', name: 'Rotterdam' },
    { code: 'GM0281', name: 'Tiel' },
    { code: 'GM1783', name: 'Westland' },
    { code: 'GM0935', name: 'Maastricht' },
  ];
  it('suggests a code one digit away first (a typo in the code)', () => {
    expect(suggestGemeenten('GM0598', 'iets heel anders', list)[0]?.code).toBe('GM0599');
  });
  it('then a gemeente named in the context (the case title)', () => {
    expect(suggestGemeenten('GM9999', 'Westland bouwt 2.000 bedden', list)[0]?.code).toBe('GM1783');
  });
  it('then the names closest to a historical name', () => {
    expect(suggestGemeenten('GM9999', 'Maastrciht', list)[0]?.code).toBe('GM0935');
  });
});

/**
 * The submission form's logic (src/lib/cases/case-form.ts): gemeente lookup, one Dutch message per field,
 * and a generated file that the build's content check accepts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAILTO_MAX,
  parseSourceDate,
  resolveGemeente,
  submissionMail,
  validateCaseForm,
  type CaseFormValues,
  type GemeenteOption,
} from '../../src/lib/cases/case-form';
import { validateCaseFiles, type GemeenteRef } from '../../src/lib/cases/case-validation';

const SMALL = JSON.parse(readFileSync('tests/fixtures/gemeenten-small.json', 'utf8')) as GemeenteRef[];
const EXTRA: Record<string, Partial<GemeenteOption>> = {
  GM0518: { aliases: ['Den Haag'] },
  GM1961: { formerNames: ['Leerdam', 'Zederik', 'Haaren'] },
  GM1783: { formerNames: ['Haaren'] },
};
const GEMEENTEN: GemeenteOption[] = [
  ...SMALL.map((g) => ({ ...g, ...EXTRA[g.code] })),
  { code: 'GM0373', name: 'Bergen (NH.)', aliases: ['Bergen'] },
  { code: 'GM0893', name: 'Bergen (L.)', aliases: ['Bergen'] },
];

const BODY =
  'De gemeente Tiel behandelt arbeidsmigranten bij het zoeken naar een woning op dezelfde manier als andere ' +
  'woningzoekenden. Zo voorkomt ze aparte circuits en houdt ze zicht op de kwaliteit van de huisvesting.\n\n' +
  '## Hoe het werkt\n\nDe gemeente maakte daarvoor afspraken met corporaties en werkgevers in de regio.';

const VALID: CaseFormValues = {
  title: '  Tiel regelt huisvesting van arbeidsmigranten  ',
  gemeenten: ['tiel', 'Leerdam', ''],
  typeInSource: 'specifieke-minderheidsgroep',
  themes: ['arbeidsmigratie-en-huisvesting'],
  domains: ['huisvesting', 'werk-en-inkomen'],
  instrument: 'regelgeving',
  year: ' 2019 ',
  period: '',
  people: 'Jan de Vries, wethouder wonen, gemeente Tiel\n\n',
  summary:
    'Tiel behandelt arbeidsmigranten bij de huisvesting\nals alle andere woningzoekenden, met afspraken in de regio.',
  lessons: [
    'Maak één set regels voor iedereen die een woning zoekt.',
    '',
    'Werk samen met corporaties en werkgevers in de regio.',
    '',
  ],
  seed: '001_68f2031519a2468a',
  section: 'Middelgrote gemeenten – Gemeente Tiel',
  pages: '',
  urls: 'https://www.tiel.nl/wonen\n',
  status: '',
  body: BODY,
  slug: '',
};

const CTX = { gemeenten: GEMEENTEN, takenSlugs: ['tiel-regelt-huisvesting-arbeidsmigranten'], today: '2026-11-23' };

describe('resolveGemeente', () => {
  it('finds a gemeente by code, name (any case, accents, "gemeente …"), alias and former name', () => {
    expect(resolveGemeente('GM0281', GEMEENTEN)).toEqual({ kind: 'ok', code: 'GM0281', name: 'Tiel' });
    expect(resolveGemeente(' gm0281 ', GEMEENTEN)).toEqual({ kind: 'ok', code: 'GM0281', name: 'Tiel' });
    expect(resolveGemeente('Gemeente TIEL', GEMEENTEN)).toEqual({ kind: 'ok', code: 'GM0281', name: 'Tiel' });
    expect(resolveGemeente('sudwest-fryslan', GEMEENTEN)).toEqual({
      kind: 'ok',
      code: 'GM1900',
      name: 'Súdwest-Fryslân',
    });
    expect(resolveGemeente('Den Haag', GEMEENTEN)).toEqual({ kind: 'ok', code: 'GM0518', name: "'s-Gravenhage" });
    expect(resolveGemeente('leerdam', GEMEENTEN)).toEqual({
      kind: 'ok',
      code: 'GM1961',
      name: 'Vijfheerenlanden',
      historicalName: 'Leerdam',
    });
  });

  it('asks to choose when a name fits more than one gemeente', () => {
    expect(resolveGemeente('Bergen', GEMEENTEN)).toEqual({
      kind: 'ambiguous',
      options: [
        { code: 'GM0893', name: 'Bergen (L.)' },
        { code: 'GM0373', name: 'Bergen (NH.)' },
      ],
    });
    expect(resolveGemeente('Haaren', GEMEENTEN).kind).toBe('ambiguous');
  });

  it('suggests the nearest names for an unknown gemeente, nothing for an unknown code', () => {
    expect(resolveGemeente('Tiell', GEMEENTEN)).toEqual({
      kind: 'unknown',
      suggestions: [
        { code: 'GM0281', name: 'Tiel' },
        { code: 'GM0358', name: 'Aalsmeer' },
        { code: 'GM1783', name: 'Westland' },
      ],
    });
    expect(resolveGemeente('GM9999', GEMEENTEN)).toEqual({ kind: 'unknown', suggestions: [] });
    expect(resolveGemeente('   ', GEMEENTEN)).toEqual({ kind: 'empty' });
  });
});

describe('validateCaseForm', () => {
  it('turns valid input into a file that the content check accepts', () => {
    const result = validateCaseForm(VALID, CTX);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    // The suggested slug is taken, so the next free one is used.
    expect(result.slug).toBe('tiel-regelt-huisvesting-arbeidsmigranten-2');
    expect(result.path).toBe('content/praktijkvoorbeelden/tiel-regelt-huisvesting-arbeidsmigranten-2.md');
    const { cases, problems } = validateCaseFiles([{ path: result.path, text: result.markdown }], GEMEENTEN);
    expect(problems).toEqual([]);
    expect(cases[0]!.data).toEqual({
      title: 'Tiel regelt huisvesting van arbeidsmigranten',
      gemeenten: [{ code: 'GM0281' }, { code: 'GM1961', historicalName: 'Leerdam' }],
      participants: [],
      typeInSource: 'specifieke-minderheidsgroep',
      themes: ['arbeidsmigratie-en-huisvesting'],
      domains: ['huisvesting', 'werk-en-inkomen'],
      instrument: 'regelgeving',
      year: 2019,
      people: [{ name: 'Jan de Vries', role: 'wethouder wonen, gemeente Tiel' }],
      summary:
        'Tiel behandelt arbeidsmigranten bij de huisvesting als alle andere woningzoekenden, met afspraken in de regio.',
      lessons: [
        'Maak één set regels voor iedereen die een woning zoekt.',
        'Werk samen met corporaties en werkgevers in de regio.',
      ],
      sources: [
        {
          id: '001_68f2031519a2468a',
          section: 'Middelgrote gemeenten – Gemeente Tiel',
          urls: ['https://www.tiel.nl/wonen'],
        },
      ],
      added: '2026-11-23',
    });
    expect(cases[0]!.body.trim()).toBe(BODY);
  });

  it('uses a slug the user gives', () => {
    const result = validateCaseForm({ ...VALID, slug: 'tiel-arbeidsmigranten' }, CTX);
    expect(result.ok && result.fileName).toBe('tiel-arbeidsmigranten.md');
  });

  it('an empty form: one Dutch message per required field, in page order', () => {
    const empty: CaseFormValues = {
      title: '',
      gemeenten: [''],
      typeInSource: '',
      themes: [],
      domains: [],
      instrument: '',
      year: '',
      period: '',
      people: '',
      summary: '',
      lessons: ['', '', '', ''],
      seed: '',
      section: '',
      pages: '',
      urls: '',
      status: '',
      body: '',
      slug: '',
    };
    const result = validateCaseForm(empty, CTX);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      { field: 'titel', message: 'Geef een titel van minstens 5 tekens.' },
      {
        field: 'samenvatting',
        message: 'Schrijf een samenvatting van één of twee volledige zinnen: minstens 40 tekens (nu 0).',
      },
      { field: 'tekst', message: 'Beschrijf het voorbeeld in eigen woorden: minstens 200 tekens (nu 0).' },
      { field: 'gemeente-1', message: 'Vul minstens één gemeente in.' },
      { field: 'themas', message: 'Kies minstens één thema.' },
      { field: 'instrument', message: 'Kies wat voor soort voorbeeld het is.' },
      { field: 'les-1', message: 'Schrijf minstens twee lessen.' },
      { field: 'bron', message: 'Kies de bron waarin het voorbeeld staat.' },
    ]);
  });

  it('a seed document without its section asks for the section', () => {
    const result = validateCaseForm({ ...VALID, section: '' }, CTX);
    expect(!result.ok && result.errors).toEqual([
      { field: 'bron-onderdeel', message: 'Noem het hoofdstuk of de paragraaf in de bron (minstens 3 tekens).' },
    ]);
  });

  it('a status gets the month of submission as its date', () => {
    const result = validateCaseForm({ ...VALID, status: 'loopt' }, CTX);
    expect(result.ok && [result.data.status, result.data.statusAsOf]).toEqual(['loopt', CTX.today.slice(0, 7)]);
  });

  it.each([
    [
      'a tag split over lines',
      '<img\nsrc=x onerror=alert(1)>',
      'Regel 7: HTML-code (tekst tussen < en >) is niet toegestaan',
    ],
    ['a javascript: link', '[klik](javascript:alert(1))', 'Regel 7: links mogen alleen naar'],
    ['an entity-encoded javascript: link', '[klik](&#106;avascript:alert(1))', 'Regel 7: links mogen alleen naar'],
  ])('the body: %s is refused', (_name, markdown, message) => {
    const result = validateCaseForm({ ...VALID, body: `${BODY}\n\n${markdown}` }, CTX);
    expect(!result.ok && result.errors.find((e) => e.field === 'tekst')?.message).toContain(message);
  });

  it('wrong values: exact messages, each at its own field', () => {
    const result = validateCaseForm(
      {
        ...VALID,
        gemeenten: ['Tiell', 'Bergen', 'GM9999', 'Tiel', 'GM0281'],
        themes: [
          'arbeidsmigratie-en-huisvesting',
          'internationals-en-expats',
          'opvang-en-statushouders',
          'inburgering-en-taal',
          'dialoog-en-ontmoeting',
        ],
        domains: ['de-basis', 'huisvesting', 'zorg-en-welzijn', 'werk-en-inkomen', 'onderwijs'],
        year: '2999',
        people: 'Jan de Vries\nPiet, w',
        summary: 'x'.repeat(401),
        lessons: ['Te kort.', 'Werk samen met corporaties en werkgevers in de regio.', '', ''],
        urls: 'https://www.tiel.nl/wonen\nwww.tiel.nl',
        body: `${BODY}\n\nMet een <b>vet</b> woord.`,
        slug: 'Tiel Huisvesting',
      },
      CTX,
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'samenvatting', message: 'Maak de samenvatting korter: hoogstens 400 tekens (nu 401).' },
      {
        field: 'tekst',
        message:
          'Regel 7: HTML-code (tekst tussen < en >) is niet toegestaan. Schrijf gewone tekst; voor opmaak kunt u **vet** of [linktekst](https://…) gebruiken. Een losse < schrijft u als \\<.',
      },
      {
        field: 'gemeente-1',
        message: '‘Tiell’ is geen gemeente in de indeling van 2025. Bedoelt u Tiel, Aalsmeer of Westland?',
      },
      {
        field: 'gemeente-2',
        message: 'Er zijn meerdere gemeenten met de naam ‘Bergen’. Kies Bergen (L.) of Bergen (NH.).',
      },
      {
        field: 'gemeente-3',
        message: 'Gemeentecode GM9999 bestaat niet in de indeling van 2025. Kies een gemeente uit de lijst.',
      },
      { field: 'gemeente-5', message: 'Tiel staat er al (gemeente 4). Noem elke gemeente één keer.' },
      { field: 'themas', message: 'Kies hoogstens vier thema’s (nu 5).' },
      { field: 'domeinen', message: 'Kies hoogstens vier integratiedomeinen (nu 5).' },
      { field: 'jaar', message: 'Dit jaar ligt in de toekomst. Vul het jaar in dat de bron noemt.' },
      { field: 'les-1', message: 'Maak deze les concreter: minstens 15 tekens.' },
      { field: 'bron-links', message: 'Regel 2: dit is geen geldig webadres. Begin met https://.' },
      {
        field: 'personen',
        message: 'Regel 1: zet een komma tussen naam en rol, bijvoorbeeld ‘Jan Jansen, wethouder’.',
      },
      {
        field: 'slug',
        message: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld tiel-huisvesting-arbeidsmigranten.',
      },
    ]);
  });

  it('maps list errors to the right line and input', () => {
    const result = validateCaseForm(
      {
        ...VALID,
        people: '\nJan de Vries, wethouder\nPiet, w',
        lessons: ['', 'Werk samen met corporaties en werkgevers in de regio.', '', 'Te kort.'],
      },
      CTX,
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'les-4', message: 'Maak deze les concreter: minstens 15 tekens.' },
      {
        field: 'personen',
        message: 'Regel 3: schrijf naam en rol elk met minstens 2 tekens, gescheiden door een komma.',
      },
    ]);
  });

  it('refuses a slug that is already used, a year before 1990 and a year that is not a number', () => {
    const taken = validateCaseForm({ ...VALID, slug: 'tiel-regelt-huisvesting-arbeidsmigranten' }, CTX);
    expect(!taken.ok && taken.errors).toEqual([
      {
        field: 'slug',
        message: 'Deze naam heeft al een ander praktijkvoorbeeld. Kies een andere, of laat het veld leeg.',
      },
    ]);
    const early = validateCaseForm({ ...VALID, year: '1989' }, CTX);
    expect(!early.ok && early.errors).toEqual([{ field: 'jaar', message: 'Vul een jaar in vanaf 1990.' }]);
    const text = validateCaseForm({ ...VALID, year: 'twee' }, CTX);
    expect(!text.ok && text.errors).toEqual([
      { field: 'jaar', message: 'Vul een jaartal in van vier cijfers, bijvoorbeeld 2021.' },
    ]);
  });
});

describe('a new source (a document or web page that is not in the list)', () => {
  const NEW: CaseFormValues = {
    ...VALID,
    sourceKind: 'new',
    // The fields of a known document are ignored for a new source.
    seed: '',
    section: '',
    urls: 'geen webadres',
    newTitle: ' =Raadsinformatiebrief huisvesting arbeidsmigranten ',
    newPublisher: 'Gemeente Tiel',
    newDate: '14 mei 2024',
    newUrl: 'https://www.tiel.nl/raadsbrief-2024',
    newSection: '',
  };

  it('writes the source in a marked block for the redactie; the file passes the content check as a submission, and the build refuses it until the source is registered', () => {
    const result = validateCaseForm(NEW, CTX);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.markdown).toContain('sources: []\n# NIEUWE BRON, aangemeld via het formulier');
    expect(result.data.newSources).toEqual([
      {
        title: '=Raadsinformatiebrief huisvesting arbeidsmigranten',
        publisher: 'Gemeente Tiel',
        date: '2024-05-14',
        url: 'https://www.tiel.nl/raadsbrief-2024',
      },
    ]);
    const file = { path: `content/praktijkvoorbeelden/${result.fileName}`, text: result.markdown };
    const submitted = validateCaseFiles([file], SMALL, { submission: true });
    expect(submitted.problems).toEqual([]);
    expect(submitted.cases[0]!.data.newSources?.[0]?.url).toBe('https://www.tiel.nl/raadsbrief-2024');
    expect(submitted.cases[0]!.data.sources).toEqual([]);

    const build = validateCaseFiles([file], SMALL);
    expect(build.cases).toEqual([]);
    expect(build.problems).toEqual([
      expect.stringMatching(
        /newSources\[0\]: "=Raadsinformatiebrief huisvesting arbeidsmigranten" \(https:\/\/www\.tiel\.nl\/raadsbrief-2024\) is a submitted source that is not in the registry yet\. Fix: /,
      ),
    ]);
  });

  it('asks for title, publisher and address of the new source, each at its field', () => {
    const result = validateCaseForm(
      { ...NEW, newTitle: '', newPublisher: ' ', newUrl: 'www.tiel.nl', newDate: '31-2-2024' },
      CTX,
    );
    expect(!result.ok && result.errors).toEqual([
      { field: 'nieuwe-bron-titel', message: 'Geef de titel van het document of de webpagina (minstens 3 tekens).' },
      {
        field: 'nieuwe-bron-uitgever',
        message: 'Noem wie het document of de webpagina uitgaf, bijvoorbeeld ‘Gemeente Tiel’.',
      },
      { field: 'nieuwe-bron-datum', message: expect.stringMatching(/^31-2-2024 bestaat niet\./) },
      {
        field: 'nieuwe-bron-adres',
        message: 'Geef het webadres van het document of de webpagina, beginnend met https://.',
      },
    ]);
  });

  it('a known document still needs to be chosen when that is the kind of source', () => {
    const result = validateCaseForm({ ...NEW, sourceKind: 'seed' }, CTX);
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['bron', 'bron-links']);
  });
});

describe('parseSourceDate', () => {
  const today = '2026-11-23';
  it.each([
    ['', undefined],
    ['2024', '2024'],
    ['mei 2024', '2024-05'],
    ['14 Mei 2024', '2024-05-14'],
    ['14-5-2024', '2024-05-14'],
    ['14/05/2024', '2024-05-14'],
    ['5-2024', '2024-05'],
    ['2024-05-14', '2024-05-14'],
    ['29 februari 2024', '2024-02-29'],
  ])('reads %j as %j', (input, value) => {
    expect(parseSourceDate(input, today)).toEqual({ ok: true, value });
  });

  it.each(['gisteren', '29 februari 2023', '13-2024', '2027', '24 november 2026', '1850'])('refuses %j', (input) => {
    expect(parseSourceDate(input, today).ok).toBe(false);
  });
});

describe('submissionMail', () => {
  it('puts the whole file in the message when the link stays short enough', () => {
    const mail = submissionMail(
      'redactie@praktijkatlas.example',
      'tiel-x.md',
      'Tiel & co',
      '---\ntitle: "Tiel & co"\n---\n\nTekst met ë.\n',
    );
    expect(mail.complete).toBe(true);
    const url = new URL(mail.href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('redactie@praktijkatlas.example');
    expect(mail.href).not.toContain('+');
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe('Nieuw praktijkvoorbeeld: Tiel & co');
    expect(params.get('body')).toContain('---\ntitle: "Tiel & co"\n---\n\nTekst met ë.\n');
  });

  it('asks to attach the file when it would make the link too long', () => {
    const markdown = `---\ntitle: x\n---\n\n${'Lange tekst. '.repeat(300)}`;
    const mail = submissionMail('redactie@praktijkatlas.example', 'tiel-x.md', 'x', markdown);
    expect(mail.complete).toBe(false);
    expect(mail.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    const body = new URLSearchParams(new URL(mail.href).search).get('body');
    expect(body).toContain('Het bestand tiel-x.md stuur ik mee als bijlage.');
    expect(body).not.toContain('Lange tekst.');
  });
});

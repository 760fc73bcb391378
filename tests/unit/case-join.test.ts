import { describe, expect, it } from 'vitest';
import {
  casesForGemeente,
  casesForType,
  joinCases,
  typeMismatches,
  type GemeenteForCase,
  type RawCase,
} from '../../src/lib/cases/case-join';
import type { CaseData } from '../../src/lib/cases/case-schema';

const GEMEENTEN: GemeenteForCase[] = [
  { code: 'GM0281', name: 'Tiel', slug: 'tiel', type: 'specifieke-minderheidsgroep', typeProvenance: 'named' },
  {
    code: 'GM1783',
    name: 'Westland',
    slug: 'westland',
    type: 'tuinbouw',
    predecessors2017: [{ code: 'GM1783', name: 'Westland' }],
  },
  {
    code: 'GM1961',
    name: 'Vijfheerenlanden',
    slug: 'vijfheerenlanden',
    type: 'gemiddeld',
    predecessors2017: [
      { code: 'GM0545', name: 'Leerdam' },
      { code: 'GM0707', name: 'Zederik' },
    ],
  },
];

function data(over: Partial<CaseData>): CaseData {
  return {
    title: 'Een voorbeeld',
    gemeenten: [{ code: 'GM0281' }],
    themes: ['dialoog-en-ontmoeting'],
    domains: [],
    instrument: 'dialoogvorm',
    year: 2019,
    people: [],
    summary: 'x'.repeat(40),
    lessons: ['a'.repeat(15), 'b'.repeat(15)],
    sources: [{ id: '001_68f2031519a2468a', section: 'Tiel', urls: [] }],
    participants: [],
    added: '2026-01-01',
    ...over,
  };
}

const RAW: RawCase[] = [
  { slug: 'oud', data: data({ year: 2015, title: 'B oud' }), body: '' },
  {
    slug: 'nieuw',
    data: data({
      year: 2020,
      title: 'A nieuw',
      gemeenten: [{ code: 'GM1783' }, { code: 'GM1961', historicalName: 'Leerdam' }],
      typeInSource: 'tuinbouw',
    }),
    body: 'tekst',
  },
  {
    slug: 'ook-tiel',
    data: data({ year: 2015, title: 'A ook Tiel', typeInSource: 'specifieke-minderheidsgroep' }),
    body: '',
  },
];

describe('joinCases', () => {
  const cases = joinCases(RAW, GEMEENTEN);

  it('sorts newest first, then by title', () => {
    expect(cases.map((c) => c.slug)).toEqual(['nieuw', 'ook-tiel', 'oud']);
  });

  it('adds gemeente records, distinct types, url and former names', () => {
    const c = cases[0]!;
    expect(c.url).toBe('/praktijkvoorbeelden/nieuw/');
    expect(c.types).toEqual(['tuinbouw', 'gemiddeld']);
    expect(c.gemeenten[1]).toEqual({
      code: 'GM1961',
      name: 'Vijfheerenlanden',
      slug: 'vijfheerenlanden',
      type: 'gemiddeld',
      historicalName: 'Leerdam',
      formerNames: ['Leerdam', 'Zederik'],
    });
    expect(c.gemeenten[0]!.formerNames).toEqual([]);
  });

  it('throws a readable error for an unknown code', () => {
    expect(() =>
      joinCases([{ slug: 'x', data: data({ gemeenten: [{ code: 'GM9999' }] }), body: '' }], GEMEENTEN),
    ).toThrow('case "x": gemeente GM9999 is not in the gemeente data');
  });

  it('selects by gemeente and type, and reports type mismatches with the source', () => {
    expect(casesForGemeente(cases, 'GM0281').map((c) => c.slug)).toEqual(['ook-tiel', 'oud']);
    expect(casesForType(cases, 'gemiddeld').map((c) => c.slug)).toEqual(['nieuw']);
    expect(typeMismatches(cases[0]!).map((g) => g.code)).toEqual(['GM1961']);
    expect(typeMismatches(cases[1]!)).toEqual([]);
    expect(typeMismatches(cases[2]!)).toEqual([]);
    expect(cases[0]!.url).toBe(`/praktijkvoorbeelden/${cases[0]!.slug}/`);
  });
});

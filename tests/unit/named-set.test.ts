import { describe, expect, it } from 'vitest';
import {
  buildNamedSet,
  chooseShownType,
  mentionsByCode,
  NAMED_SET_SEED,
  toNamedType,
} from '../../src/lib/typology/named-set';
import { perType } from '../../src/lib/typology/engine';

const types = [
  {
    id: 'homogeen' as const,
    examples: [
      { name: 'Urk', code: 'GM0184', where: 'inleiding (regel 111)' },
      { name: 'Zederik', code: 'GM1961', historicalName: 'Zederik', where: 'sectie Homogene gemeenten (regel 1321)' },
    ],
  },
  {
    id: 'specifieke-minderheidsgroep' as const,
    examples: [
      { name: 'Leerdam', code: 'GM1961', historicalName: 'Leerdam', where: 'inleiding (regel 89)' },
      { name: 'Gouda', code: 'GM0513', where: 'inleiding (regel 89)' },
    ],
  },
];
const source = (section: string) => [{ id: NAMED_SET_SEED, section }];
const cases = [
  {
    slug: 'gouda-agenda',
    title: 'Gouda agenda',
    typeInSource: 'specifieke-minderheidsgroep' as const,
    sources: source('Gouda'),
    gemeenten: [{ code: 'GM0513' }],
  },
  {
    slug: 'tiel-huisvesting',
    title: 'Tiel huisvesting',
    typeInSource: 'specifieke-minderheidsgroep' as const,
    sources: source('Tiel'),
    gemeenten: [{ code: 'GM0281' }],
  },
  {
    slug: 'delft-eindhoven',
    title: 'Delft en Eindhoven',
    typeInSource: 'voorstad' as const,
    sources: source('Delft'),
    gemeenten: [{ code: 'GM0503' }, { code: 'GM0772' }],
  },
  {
    slug: 'eindhoven-a',
    title: 'Eindhoven A',
    typeInSource: 'expat' as const,
    sources: source('A'),
    gemeenten: [{ code: 'GM0772' }],
  },
  {
    slug: 'eindhoven-b',
    title: 'Eindhoven B',
    typeInSource: 'expat' as const,
    sources: source('B'),
    gemeenten: [{ code: 'GM0772' }],
  },
  {
    slug: 'maastricht-other-seed',
    title: 'Maastricht',
    typeInSource: 'grens' as const,
    sources: [{ id: '002_2a9157b830d9a835', section: 'x' }],
    gemeenten: [{ code: 'GM0935' }],
  },
  { slug: 'almere-no-type', title: 'Almere', sources: source('Almere'), gemeenten: [{ code: 'GM0034' }] },
];

describe('buildNamedSet', () => {
  const set = buildNamedSet(types, cases);

  it('takes examples as voorbeeld, in type order, with historical names', () => {
    const voorbeeld = set.filter((m) => m.kind === 'voorbeeld');
    expect(voorbeeld.map((m) => `${m.type}:${m.code}`)).toEqual([
      'specifieke-minderheidsgroep:GM1961',
      'specifieke-minderheidsgroep:GM0513',
      'homogeen:GM0184',
      'homogeen:GM1961',
    ]);
    expect(voorbeeld[0]).toMatchObject({ historicalName: 'Leerdam', where: 'inleiding (regel 89)' });
  });

  it('takes cases of seed 001 with a typeInSource as casus, one per gemeente', () => {
    const casus = set.filter((m) => m.kind === 'casus');
    expect(casus.map((m) => `${m.code}:${m.type}`)).toEqual([
      'GM0503:voorstad',
      'GM0772:voorstad',
      'GM0772:expat',
      'GM0281:specifieke-minderheidsgroep',
    ]);
  });

  it('merges two cases of one gemeente under one type and keeps both locations', () => {
    const eindhovenExpat = set.find((m) => m.code === 'GM0772' && m.type === 'expat')!;
    expect(eindhovenExpat.where).toBe(
      'praktijkvoorbeeld ‘Eindhoven A’, sectie ‘A’; praktijkvoorbeeld ‘Eindhoven B’, sectie ‘B’',
    );
  });

  it('drops a case that repeats an example, and cases of other seeds or without a type', () => {
    expect(set.filter((m) => m.code === 'GM0513')).toHaveLength(1);
    expect(set.some((m) => m.code === 'GM0935' || m.code === 'GM0034')).toBe(false);
  });

  it('groups by 2025 code: a merged gemeente keeps both historical mentions', () => {
    const vijfheerenlanden = mentionsByCode(set).get('GM1961')!.map(toNamedType);
    expect(vijfheerenlanden).toEqual([
      {
        type: 'specifieke-minderheidsgroep',
        kind: 'voorbeeld',
        where: 'inleiding (regel 89)',
        historicalName: 'Leerdam',
      },
      {
        type: 'homogeen',
        kind: 'voorbeeld',
        where: 'sectie Homogene gemeenten (regel 1321)',
        historicalName: 'Zederik',
      },
    ]);
  });
});

describe('chooseShownType', () => {
  const far = perType(() => 1);
  const v = (
    type: 'homogeen' | 'specifieke-minderheidsgroep' | 'gemiddeld',
    kind: 'voorbeeld' | 'casus' = 'voorbeeld',
  ) => ({ type, kind, where: 'x' });

  it('shows the derived type when nothing names the gemeente as an example', () => {
    expect(chooseShownType([], 'expat', far)).toEqual({ type: 'expat', provenance: 'derived' });
    expect(chooseShownType([v('homogeen', 'casus')], 'expat', far)).toEqual({ type: 'expat', provenance: 'derived' });
  });
  it('shows the named type over the derived one', () => {
    expect(chooseShownType([v('gemiddeld')], 'expat', far)).toEqual({ type: 'gemiddeld', provenance: 'named' });
  });
  it('with conflicting named types, prefers the one equal to the derived type', () => {
    expect(chooseShownType([v('specifieke-minderheidsgroep'), v('homogeen')], 'homogeen', far)).toEqual({
      type: 'homogeen',
      provenance: 'named',
    });
  });
  it('otherwise prefers the named type whose rule is closest to deciding', () => {
    const d = { ...far, homogeen: 0.8, 'specifieke-minderheidsgroep': 0.2 };
    expect(chooseShownType([v('homogeen'), v('specifieke-minderheidsgroep')], 'gemiddeld', d).type).toBe(
      'specifieke-minderheidsgroep',
    );
  });
});

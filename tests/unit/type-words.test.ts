import { describe, expect, it } from 'vitest';
import { certaintyLabel, certaintySentence } from '../../src/lib/typology/certainty';
import { computeMeasures } from '../../src/lib/typology/measures';
import { RULE_IDS } from '../../src/lib/typology/rule-table';
import { mergerOf } from '../../src/lib/data/merger';
import { groupValues } from '../../src/lib/data/migration-groups';
import { sourcePlace } from '../../src/lib/typology/source-place';
import { typeSentence } from '../../src/lib/typology/type-sentences';

const NATIONAL = groupValues((id) => (id === 'dutch' ? 0.75 : 0.25 / 17));
const m = computeMeasures({
  population: 93_307,
  shares: groupValues((id) =>
    id === 'dutch' ? 0.792 : id === 'polish' ? 0.034 : id === 'turkish' ? 0.03 : 0.144 / 15,
  ),
  nationalShares: NATIONAL,
  bordersBig3: false,
  distanceToBig3Km: 70,
});

describe('typeSentence', () => {
  it.each(RULE_IDS)('%s: a sentence with a figure, and no claim that no rule tests', (rule) => {
    const s = typeSentence(rule, m, 0.252);
    expect(s).toMatch(/\d/);
    expect(s).not.toMatch(/tuinbouw|kennismigrant|expat|rond het/i);
    if (rule === 'gemiddeld-dicht-bij-landelijk') expect(s).toContain('dicht bij het landelijk gemiddelde');
    else expect(s).not.toMatch(/gemiddeld/i);
  });
  it('says what the Polish rule measures', () => {
    expect(typeSentence('tuinbouw-poolse-achtergrond', m, 0.252)).toBe(
      'Relatief veel inwoners met een Poolse achtergrond: 3,4% van alle inwoners, 16% van de inwoners met een migratieachtergrond.',
    );
  });
  it('says plainly when no type fits', () => {
    expect(typeSentence('geen-type-past-goed', m, 0.252)).toMatch(
      /^Past bij geen type goed: 20,8% heeft een migratieachtergrond \(landelijk 25,2%\)/,
    );
  });
});

describe('certaintyLabel and certaintySentence', () => {
  it.each([
    [{ certainty: 'zeker', stability: 1, alternativeType: null, fitsNoType: false }, 'zeker'],
    [
      { certainty: 'waarschijnlijk', stability: 0.7, alternativeType: 'gemiddeld', fitsNoType: false },
      'waarschijnlijk',
    ],
    [
      { certainty: 'onzeker', stability: 0.57, alternativeType: 'gemiddeld', fitsNoType: false },
      'onzeker — ook mogelijk: gemiddelde gemeente',
    ],
    [
      { certainty: 'onzeker', stability: 1, alternativeType: null, fitsNoType: true },
      'onzeker — past bij geen type goed',
    ],
  ] as const)('%o → %s', (facts, label) => {
    expect(certaintyLabel(facts)).toBe(label);
  });
  it('gives the share of variants and the alternative', () => {
    expect(
      certaintySentence({ certainty: 'onzeker', stability: 0.572, alternativeType: 'gemiddeld', fitsNoType: false }),
    ).toBe(
      'Zekerheid: onzeker — ook mogelijk: gemiddelde gemeente. In 57% van de varianten met andere drempels blijft het type hetzelfde; anders wordt het meestal gemiddelde gemeente.',
    );
  });
});

describe('sourcePlace', () => {
  it.each([
    ['inleiding (regel 71)', 'inleiding'],
    [
      'inleiding (regel 80), sectie Voorsteden (regel 456–457) en typologiehoofdstuk (regel 1574); CBS-naam Rijswijk (ZH.)',
      'inleiding, sectie Voorsteden en typologiehoofdstuk; CBS-naam Rijswijk (ZH.)',
    ],
    [
      'sectie Voorsteden, casus Zoetermeer (regel 473): het portfolio noemt Zoetermeer een voorstad',
      'sectie Voorsteden, casus Zoetermeer: het portfolio noemt Zoetermeer een voorstad',
    ],
  ])('%s → %s', (where, expected) => {
    expect(sourcePlace(where)).toBe(expected);
  });
});

describe('mergerOf', () => {
  const ref = (code: string, name: string) => ({ code, name });
  it.each([
    [
      'no merger',
      {
        code: 'GM0001',
        predecessors2017: [ref('GM0001', 'Een')],
        predecessors2018: ['GM0001'],
        cbsRows2022: [ref('GM0001', 'Een')],
      },
      null,
    ],
    [
      'merged on 1 January 2018',
      {
        code: 'GM0080',
        predecessors2017: [ref('GM0080', 'Leeuwarden'), ref('GM0081', 'Leeuwarderadeel')],
        predecessors2018: ['GM0080'],
        cbsRows2022: [ref('GM0080', 'Leeuwarden')],
      },
      'op 1 januari 2018',
    ],
    [
      'merged between 2019 and 2022',
      {
        code: 'GM0014',
        predecessors2017: [ref('GM0014', 'Groningen'), ref('GM0017', 'Haren')],
        predecessors2018: ['GM0014', 'GM0017'],
        cbsRows2022: [ref('GM0014', 'Groningen')],
      },
      'tussen 2019 en 2022',
    ],
    [
      'merged after 2022, rows summed',
      {
        code: 'GM1992',
        predecessors2017: [ref('GM0501', 'Brielle'), ref('GM0530', 'Hellevoetsluis')],
        predecessors2018: ['GM0501', 'GM0530'],
        cbsRows2022: [ref('GM0501', 'Brielle'), ref('GM0530', 'Hellevoetsluis')],
      },
      'na 1 januari 2022',
    ],
  ] as const)('%s', (_, input, when) => {
    const r = mergerOf(input);
    if (when === null) return expect(r).toBeNull();
    expect(r!.when).toBe(when);
    expect(r!.predecessors).toHaveLength(2);
    expect(r!.summedRows.length > 0).toBe(when === 'na 1 januari 2022');
  });
});

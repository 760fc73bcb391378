import { describe, expect, it } from 'vitest';
import { relatedCases, relatedScore, type Relatable } from '../../src/lib/cases/related-cases';

function c(slug: string, types: string[], themes: string[], extra: Partial<Relatable['data']> = {}): Relatable {
  return {
    slug,
    types,
    data: {
      title: slug,
      year: 2020,
      themes,
      domains: [],
      instrument: 'subsidie',
      gemeenten: [{ code: 'GM0001' }],
      ...extra,
    },
  };
}

const base = c('base', ['tuinbouw'], ['arbeidsmigratie-en-huisvesting', 'dialoog-en-ontmoeting'], {
  domains: ['huisvesting'],
  gemeenten: [{ code: 'GM1783' }],
});

describe('relatedScore', () => {
  it.each([
    ['same type only', c('x', ['tuinbouw'], ['data-en-monitoring'], { instrument: 'regelgeving' }), 3],
    ['one shared theme only', c('x', ['grens'], ['dialoog-en-ontmoeting'], { instrument: 'regelgeving' }), 2],
    [
      'type + two themes + domain + instrument + gemeente',
      c('x', ['tuinbouw'], ['arbeidsmigratie-en-huisvesting', 'dialoog-en-ontmoeting'], {
        domains: ['huisvesting'],
        gemeenten: [{ code: 'GM1783' }],
      }),
      3 + 4 + 1 + 1 + 1,
    ],
    [
      'neither type nor theme, though same instrument and domain',
      c('x', ['grens'], ['data-en-monitoring'], { domains: ['huisvesting'] }),
      0,
    ],
  ])('%s', (_, other, score) => {
    expect(relatedScore(base, other)).toBe(score);
  });
});

describe('relatedCases', () => {
  const all = [
    base,
    c('theme-old', ['grens'], ['dialoog-en-ontmoeting'], { year: 2015, instrument: 'regelgeving' }),
    c('theme-new', ['grens'], ['dialoog-en-ontmoeting'], { year: 2019, instrument: 'regelgeving' }),
    c('type', ['tuinbouw'], ['data-en-monitoring'], { instrument: 'regelgeving' }),
    c('best', ['tuinbouw'], ['arbeidsmigratie-en-huisvesting']),
    c('unrelated', ['grens'], ['data-en-monitoring']),
  ];
  it('returns the top 3 by score, newer first on ties, never itself or unrelated cases', () => {
    expect(relatedCases(base, all).map((x) => x.slug)).toEqual(['best', 'type', 'theme-new']);
    expect(relatedCases(base, all, 10).map((x) => x.slug)).toEqual(['best', 'type', 'theme-new', 'theme-old']);
    expect(relatedCases(base, [base])).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPARE,
  compareUrl,
  parseCompareState,
  serializeCompareState,
} from '../../src/lib/compare/compare-state';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';

describe('parseCompareState', () => {
  it.each([
    ['', [], []],
    ['?typen=expat,tuinbouw', ['expat', 'tuinbouw'], []],
    ['typen=expat&typen=tuinbouw', ['expat', 'tuinbouw'], []],
    ['typen=tuinbouw,expat', ['tuinbouw', 'expat'], []],
    ['typen=expat,onbekend,tuinbouw', ['expat', 'tuinbouw'], ['onbekend']],
    ['typen=EXPAT,%20grens%20', ['expat', 'grens'], []],
    ['typen=expat,expat,tuinbouw', ['expat', 'tuinbouw'], []],
    ['typen=expat,tuinbouw,grens,homogeen', ['expat', 'tuinbouw', 'grens'], ['homogeen']],
    ['typen=expat,tuinbouw,grens,expat', ['expat', 'tuinbouw', 'grens'], []],
    ['typen=,,', [], []],
    ['andere=expat', [], []],
  ])('%s → %j (ignored %j)', (query, types, ignored) => {
    expect(parseCompareState(query)).toEqual({ types, ignored });
  });

  it('accepts URLSearchParams', () => {
    expect(parseCompareState(new URLSearchParams('typen=grens')).types).toEqual(['grens']);
  });
});

describe('serialize, compareUrl', () => {
  it('has a default of two types', () => {
    expect(DEFAULT_COMPARE).toHaveLength(2);
  });

  it('writes the canonical comma form and round-trips', () => {
    expect(serializeCompareState(['expat', 'tuinbouw'])).toBe('typen=expat,tuinbouw');
    expect(serializeCompareState([])).toBe('');
    expect(compareUrl(['expat', 'tuinbouw'])).toBe('/vergelijk/?typen=expat,tuinbouw');
    expect(compareUrl([])).toBe('/vergelijk/');
    expect(parseCompareState(serializeCompareState(['grens', 'homogeen'])).types).toEqual(['grens', 'homogeen']);
  });
});

describe('CompareTypes.astro CSS', () => {
  // The column toggles are written out per type (CSS cannot match a value to an id); a new type id
  // without its rule would never show its column.
  const source = readFileSync('src/components/CompareTypes.astro', 'utf8').replace(/\s+/g, ' ');
  it.each(WRR_TYPE_IDS.map((id) => [id]))('has a show rule for %s', (id) => {
    expect(source).toContain(`compare-types:has(input[value='${id}']:checked) .compare-col[data-col='${id}']`);
  });
});

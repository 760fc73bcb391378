import { describe, expect, it } from 'vitest';
import {
  emptyState,
  isEmptyState,
  parseSearchState,
  serializeSearchState,
  type AllowedValues,
} from '../../src/lib/search/search-state';

const ALLOWED: AllowedValues = {
  type: ['tuinbouw', 'grens', 'expat'],
  thema: ['dialoog-en-ontmoeting', 'arbeidsmigratie-en-huisvesting'],
  domein: ['huisvesting'],
  instrument: ['regelgeving', 'subsidie'],
  bron: ['001_68f2031519a2468a'],
};

describe('URL state', () => {
  it('parses every parameter', () => {
    const { state, ignored } = parseSearchState(
      '?q=huisvesting+arbeidsmigranten&type=tuinbouw,grens&thema=dialoog-en-ontmoeting&domein=huisvesting&instrument=subsidie&van=2016&tot=2020&bron=001_68f2031519a2468a&sort=nieuw',
      ALLOWED,
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      q: 'huisvesting arbeidsmigranten',
      type: ['tuinbouw', 'grens'],
      thema: ['dialoog-en-ontmoeting'],
      domein: ['huisvesting'],
      instrument: ['subsidie'],
      bron: ['001_68f2031519a2468a'],
      van: 2016,
      tot: 2020,
      sort: 'nieuw',
    });
  });

  it.each([
    '',
    'q=dialoog',
    'q=S%C3%BAdwest-Frysl%C3%A2n',
    'q=%3Cscript%3Ealert%281%29%3C%2Fscript%3E&type=expat',
    'type=tuinbouw,grens&thema=arbeidsmigratie-en-huisvesting,dialoog-en-ontmoeting',
    'instrument=regelgeving&van=2015&sort=oud',
    'tot=2019',
    'q=a%26b%3Dc+%23d&bron=001_68f2031519a2468a&sort=nieuw',
  ])('round-trips %j', (qs) => {
    const { state } = parseSearchState(qs, ALLOWED);
    const serialized = serializeSearchState(state);
    expect(serialized).toBe(qs);
    expect(parseSearchState(serialized, ALLOWED).state).toEqual(state);
  });

  it('accepts repeated parameters and drops duplicates', () => {
    const { state } = parseSearchState('type=tuinbouw&type=grens&type=tuinbouw', ALLOWED);
    expect(state.type).toEqual(['tuinbouw', 'grens']);
    expect(serializeSearchState(state)).toBe('type=tuinbouw,grens');
  });

  it('ignores unknown values and reports them, keeping the known ones', () => {
    const { state, ignored } = parseSearchState(
      'type=tuinbouw,stad&thema=onbekend&van=ooit&tot=2019&sort=willekeurig&utm_source=mail',
      ALLOWED,
    );
    expect(state.type).toEqual(['tuinbouw']);
    expect(state.thema).toEqual([]);
    expect(state.van).toBeNull();
    expect(state.tot).toBe(2019);
    expect(state.sort).toBe('relevantie');
    expect(ignored).toEqual([
      { param: 'type', value: 'stad' },
      { param: 'thema', value: 'onbekend' },
      { param: 'van', value: 'ooit' },
      { param: 'sort', value: 'willekeurig' },
    ]);
    expect(serializeSearchState(state)).toBe('type=tuinbouw&tot=2019');
  });

  it('swaps a reversed year range, trims and caps the query', () => {
    const { state } = parseSearchState(`van=2020&tot=2015&q=${'  x'.repeat(300)}`, ALLOWED);
    expect([state.van, state.tot]).toEqual([2015, 2020]);
    expect(state.q.length).toBeLessThanOrEqual(500);
    expect(state.q.startsWith('x')).toBe(true);
  });

  it('knows the empty state; sort alone is not a search', () => {
    expect(isEmptyState(emptyState())).toBe(true);
    expect(isEmptyState({ ...emptyState(), sort: 'oud' })).toBe(true);
    expect(isEmptyState({ ...emptyState(), q: ' dialoog ' })).toBe(false);
    expect(serializeSearchState({ ...emptyState(), q: '   ' })).toBe('');
  });
});

/**
 * The 52 XSS payloads through every parser and renderer that user-controlled text reaches in the
 * browser: the case list's URL state and search, the highlighter, the compare page's URL state, the
 * shortlist's share link and stored value, and the map's gemeente combobox. The components only set
 * what these return as text (textContent, text nodes; eslint forbids HTML sinks), so the properties
 * here are what keeps a payload inert: parsers let only known ids through, and text stays text.
 * A few payloads also run in Chromium, with a detector that is shown to fire (tests/e2e/xss.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseCompareState } from '../../src/lib/compare/compare-state';
import { matchGemeenten, type Matchable } from '../../src/lib/search/gemeente-match';
import { buildSearchIndex, runSearch, suggestLoosening } from '../../src/lib/search/search';
import { highlightSegments } from '../../src/lib/search/search-highlight';
import type { SearchDoc } from '../../src/lib/search/search-index';
import {
  FACET_KEYS,
  MAX_QUERY_LENGTH,
  emptyState,
  parseSearchState,
  serializeSearchState,
  type AllowedValues,
} from '../../src/lib/search/search-state';
import { isSlug, parseShareSearch, parseStored, serializeStored, shareUrl } from '../../src/lib/shortlist/shortlist';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';
import { PAYLOADS } from '../helpers/xss-payloads';

const doc = (slug: string, title: string, body: string): SearchDoc => ({
  slug,
  title,
  gemeenten: 'tiel',
  summary: '',
  lessons: '',
  body,
  people: '',
  tags: '',
  types: ['tuinbouw'],
  themes: ['dialoog-en-ontmoeting'],
  domains: [],
  instrument: 'beleid',
  year: 2020,
  bron: ['web'],
});
// Words that occur in the payloads, so the search does find and highlight something.
const index = buildSearchIndex([
  doc('a', 'script en alert', 'img src onerror window xss'),
  doc('b', 'svg iframe', 'javascript body onload'),
]);
const ALLOWED: AllowedValues = {
  type: ['tuinbouw'],
  thema: ['dialoog-en-ontmoeting'],
  domein: [],
  instrument: ['beleid'],
  bron: ['web'],
};
const GEMEENTEN: Matchable[] = [
  { code: 'GM0281', name: 'Tiel', aliases: [] },
  { code: 'GM1961', name: 'Vijfheerenlanden', aliases: ['Leerdam'] },
  { code: 'GM0796', name: "'s-Hertogenbosch", aliases: ['Den Bosch'] },
];
const WORD = /^[\p{L}\p{N}]+$/u;
/** What a query string may contain so that it cannot end an attribute or start markup. */
const URL_SAFE = /^[A-Za-z0-9%+*._\-=&,]*$/;

describe.each(PAYLOADS.map((p, i) => [i + 1, p] as const))('payload %i', (_, payload) => {
  const enc = encodeURIComponent(payload);

  it('case list URL: the query stays plain text, filters and sort accept only known values', () => {
    const { state, ignored } = parseSearchState(`q=${enc}&type=${enc}&thema=${enc}&sort=${enc}`, ALLOWED);
    expect(state.q).toBe(payload.slice(0, MAX_QUERY_LENGTH).trim());
    for (const key of FACET_KEYS) expect(state[key]).toEqual([]);
    expect(state.sort).toBe('relevantie');
    expect(ignored).toContainEqual({ param: 'sort', value: payload });
    const qs = serializeSearchState(state);
    expect(qs).toMatch(URL_SAFE);
    expect(parseSearchState(qs, ALLOWED).state).toEqual(state);
  });

  it('search and highlighting: only word characters are ever marked, the text is kept as it is', () => {
    const state = { ...emptyState(), q: payload };
    const outcome = runSearch(index, state);
    for (const term of outcome.terms) expect(term).toMatch(WORD);
    const text = `Titel ${payload} slot`;
    const segments = highlightSegments(text, new Set([...outcome.terms, 'script', 'img', 'onerror']));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments.filter((x) => x.mark)) expect(s.text).toMatch(WORD);
    // The "loosen your search" links are built from serialised states.
    for (const s of suggestLoosening(index, { ...state, thema: ['dialoog-en-ontmoeting'], type: ['tuinbouw'] })) {
      expect(serializeSearchState(s.state)).toMatch(URL_SAFE);
    }
  });

  it('compare page URL: only WRR type ids become columns', () => {
    const { types } = parseCompareState(`typen=${enc},expat`);
    expect(types.every((t) => (WRR_TYPE_IDS as readonly string[]).includes(t))).toBe(true);
  });

  it('shortlist: share links and stored values keep only slugs', () => {
    const shared = parseShareSearch(`ids=${enc},tiel-a`)!;
    expect(shared.ids.every(isSlug)).toBe(true);
    expect(shared.ids).toContain('tiel-a');
    expect(shareUrl(shared.ids)).toMatch(/^\/selectie\/\?ids=[a-z0-9,-]+$/);
    const stored = parseStored(JSON.stringify({ v: 1, ids: [payload, 'tiel-a'] }));
    expect(stored.every(isSlug)).toBe(true);
    expect(serializeStored([payload])).toBe('{"v":1,"ids":[]}');
  });

  it('map combobox: the options are gemeenten from the list, never the typed text', () => {
    for (const m of matchGemeenten(payload, GEMEENTEN)) {
      expect(GEMEENTEN.some((g) => g.code === m.code && g.name === m.name)).toBe(true);
    }
  });
});

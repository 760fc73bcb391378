import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../src/lib/search/search-highlight';

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, new Set(terms))
    .map((s) => (s.mark ? `[${s.text}]` : s.text))
    .join('');

describe('highlightSegments', () => {
  it.each([
    [
      'Tiel regelt huisvesting van arbeidsmigranten',
      ['arbeidsmigranten'],
      'Tiel regelt huisvesting van [arbeidsmigranten]',
    ],
    ['Súdwest-Fryslân en sudwest', ['sudwest'], '[Súdwest]-Fryslân en [sudwest]'],
    ['Somaliërs in Groningen', ['somaliers', 'groningen'], '[Somaliërs] in [Groningen]'],
    ['Dialoog, dialoog!', ['dialoog'], '[Dialoog], [dialoog]!'],
    ['Geen treffer', ['xyz'], 'Geen treffer'],
    ['', ['x'], ''],
  ])('%j with %j', (text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it('keeps the text intact, including markup-like characters', () => {
    const text = '<script>alert(1)</script> & <img src=x onerror=alert(1)>';
    const segments = highlightSegments(text, new Set(['script', 'img']));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['script', 'script', 'img']);
  });

  it('returns one unmarked segment without terms', () => {
    expect(highlightSegments('abc', new Set())).toEqual([{ text: 'abc', mark: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_TERMS,
  allowedEdits,
  prefixEditDistance,
  queryTerms,
  queryWords,
  tokenize,
} from '../../src/lib/search/search-text';

describe('tokenize and queryWords', () => {
  it('splits normalised text into words', () => {
    expect(tokenize("'s-gravenhage, den haag (zh.)")).toEqual(['s', 'gravenhage', 'den', 'haag', 'zh']);
    expect(tokenize('')).toEqual([]);
  });

  it.each([
    ['Súdwest-Fryslân', ['sudwest', 'fryslan']],
    ['huisvesting van arbeidsmigranten', ['huisvesting', 'arbeidsmigranten']],
    ['  DIALOOG dialoog ', ['dialoog']],
    ['de het', ['de', 'het']],
    ['<script>alert(1)</script>', ['script', 'alert']],
    ['"charter diversiteit" 🎉', ['charter', 'diversiteit']],
    ['a', []],
  ])('queryWords(%j) = %j', (q, words) => {
    expect(queryWords(q)).toEqual(words);
  });

  it('reads at most 500 characters of a query', () => {
    expect(queryWords('ab '.repeat(1000)).length).toBe(1);
    expect(queryWords(`${'x'.repeat(499)}yyy`)).toEqual(['x'.repeat(499) + 'y']);
  });

  it(`uses at most ${MAX_QUERY_TERMS} words and returns the rest as dropped, in query order`, () => {
    const many = Array.from({ length: 100 }, (_, i) => `w${i.toString(36)}`);
    const { words, dropped } = queryTerms(many.join(' '));
    expect(words).toEqual(many.slice(0, 12));
    expect(dropped).toEqual(many.slice(12));
    expect(queryWords(many.join(' '))).toEqual(words);
    // Stop words and repeats do not use up the cap.
    const padded = `de ${'dialoog '.repeat(20)}${many.slice(0, 12).join(' van ')}`;
    expect(queryTerms(padded)).toEqual({ words: ['dialoog', ...many.slice(0, 11)], dropped: [many[11]] });
    expect(queryTerms('huisvesting arbeidsmigranten').dropped).toEqual([]);
  });
});

describe('prefixEditDistance', () => {
  it.each([
    ['arbeidsmigranten', 'arbeidsmigranten', 2, 0],
    ['arbeidsmigrnten', 'arbeidsmigranten', 2, 1],
    ['arbeidsmigrnten', 'arbeidsmigrantenhuisvesting', 2, 1],
    ['arbiedsmigranten', 'arbeidsmigranten', 2, 1], // transposition
    ['dialog', 'dialoog', 1, 1],
    ['huisvesing', 'huisvesting', 2, 1],
    ['koningsdag', 'koninkrijk', 2, Infinity],
    ['statushouder', 'sta', 2, Infinity],
    ['xyz', 'abc', 1, Infinity],
  ])('%s vs %s (max %i) = %s', (word, token, max, expected) => {
    expect(prefixEditDistance(word, token, max)).toBe(expected);
  });

  it('allows no typo in short words, one up to 8 letters, two from 9', () => {
    expect([allowedEdits('azc'), allowedEdits('taal'), allowedEdits('dialoog'), allowedEdits('koningsdag')]).toEqual([
      0, 0, 1, 2,
    ]);
  });
});

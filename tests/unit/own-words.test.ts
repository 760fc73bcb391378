/**
 * The own-words guard (scripts/lib/own-words.ts; the same code runs as `npm run check:own-words`) on
 * crafted text. Its run over the real content is a content test: tests/unit/content/own-words.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  checkableText,
  citedIds,
  copiedPassages,
  describeHits,
  nearCopies,
  prepareSentences,
  sequenceSimilarity,
  sourceRuns,
  wordSegments,
  words,
} from '../../scripts/lib/own-words';

describe('own-words guard (the code)', () => {
  it('tokenises: NFKC, lowercase, letters and digits', () => {
    expect(words('Súdwest-Fryslân, ‘s-Gravenhage & ﬁets 2020!')).toEqual([
      'súdwest',
      'fryslân',
      's',
      'gravenhage',
      'fiets',
      '2020',
    ]);
    expect(wordSegments('zie https://a.nl/b?c=d en www.e.nl/f. Klaar')).toEqual([['zie'], ['en'], ['klaar']]);
  });

  it('finds a shared 12-word run, not an 11-word one; URLs are removed before comparing', () => {
    const runs = sourceRuns([{ id: 'x', text: 'Een twee drie vier vijf zes zeven acht negen tien elf twaalf.' }]);
    expect(copiedPassages('Nul. Een twee drie vier vijf zes zeven acht negen tien elf twaalf!', runs)).toEqual([
      { passage: 'een twee drie vier vijf zes zeven acht negen tien elf twaalf', source: 'x' },
    ]);
    expect(copiedPassages('een twee drie vier vijf zes zeven acht negen tien elf', runs)).toEqual([]);
    // The URL is removed, as the before-stop check does: the words around it still form the run.
    expect(
      copiedPassages('een twee drie vier vijf zes https://x.nl/pad zeven acht negen tien elf twaalf', runs),
    ).toHaveLength(1);
    expect(copiedPassages('een twee drie vier vijf zes https://x.nl/zeven acht negen tien elf twaalf', runs)).toEqual(
      [],
    );
  });

  it('scores word-sequence similarity as 2·LCS / total', () => {
    expect(sequenceSimilarity(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(sequenceSimilarity(['a', 'b'], ['c', 'd'])).toBe(0);
    expect(sequenceSimilarity(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(0.75);
  });

  it('flags a near-copy with a few words changed, and not a rewritten sentence', () => {
    const source = prepareSentences({
      id: 'bron',
      text: 'Op 18 september 2018 heeft de gemeenteraad het Ontwikkelkader Huisvesting Arbeidsmigranten aangenomen. Daarna volgde meer.',
    });
    const near = nearCopies(
      'Op 18 september 2018 nam de gemeenteraad het Ontwikkelkader Huisvesting Arbeidsmigranten aan.',
      [source],
    );
    expect(near).toHaveLength(1);
    expect(near[0]!.source).toBe('bron');
    expect(near[0]!.similarity).toBeGreaterThanOrEqual(0.8);
    const rewritten = nearCopies(
      'Het Ontwikkelkader Huisvesting Arbeidsmigranten kreeg in september 2018 de steun van de raad, na een lang debat.',
      [source],
    );
    expect(rewritten).toEqual([]);
  });

  it('ignores the sources block of the frontmatter and explains every hit', () => {
    expect(checkableText('title: "x"\nsources:\n  - id: a\n    section: "Kop uit de bron"\nadded: 2026-12-01\n')).toBe(
      'title: "x"\nadded: 2026-12-01\n',
    );
    expect(citedIds({ sources: [{ id: 'a' }, { id: 'web-b' }] })).toEqual(['a', 'web-b']);
    expect(citedIds({ source: { seed: '001' } })).toEqual(['001']);
    const lines = describeHits(
      'f.md',
      [{ passage: 'a b', source: 's' }],
      [{ sentence: 'x', source: 's', sourceSentence: 'y', similarity: 0.91 }],
    );
    expect(lines).toEqual([
      'f.md: 2 words match s: “a b”. Fix: rewrite this passage in your own words.',
      'f.md: sentence “x” is 91 % similar to s: “y”. Fix: write it with your own sentence structure.',
    ]);
  });
});

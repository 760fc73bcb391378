/**
 * Own words (issue 4): no content file may share a run of 12 or more words with a source text.
 * Same normalisation and tokenisation as scripts/check-own-words.py: NFKC, lowercase, words of
 * [a-z0-9à-ÿ]. One difference: URLs are cut out first (in sources and content alike) and a run never
 * spans a cut, because URLs carry over by the content rules (docs/content-guide.md) and a list of
 * copied links is not copied prose.
 * Seeds come from SHARED_SEEDS_DIR or ../shared/seeds; without them the test is skipped.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RUN = 12;
const SEEDS_DIR = resolve(process.env.SHARED_SEEDS_DIR ?? '../shared/seeds');
const CONTENT_DIR = resolve('content');

export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[a-z0-9à-ÿ]+/g) ?? [];
}

const URL = /\b(?:https?:\/\/|www\.)[^\s)\]>"']+/gi;

/** Word lists of the text between URLs. */
export function wordSegments(text: string): string[][] {
  return text.split(URL).map(words).filter((w) => w.length > 0);
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const seedFiles = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => join(SEEDS_DIR, f)) : [];
const contentFiles = listFiles(CONTENT_DIR, '.md');

/** Every 12-word run of the sources → the seed file it comes from. */
function sourceRuns(): Map<string, string> {
  const runs = new Map<string, string>();
  for (const file of seedFiles) {
    const name = file.split('/').pop()!;
    for (const w of wordSegments(readFileSync(file, 'utf8'))) {
      for (let i = 0; i + RUN <= w.length; i++) runs.set(w.slice(i, i + RUN).join(' '), name);
    }
  }
  return runs;
}

/** The copied passages of a text: maximal runs of consecutive matching 12-word windows. */
export function copiedPassages(text: string, runs: ReadonlyMap<string, string>): { passage: string; seed: string }[] {
  return wordSegments(text).flatMap((w) => copiedInSegment(w, runs));
}

function copiedInSegment(w: string[], runs: ReadonlyMap<string, string>): { passage: string; seed: string }[] {
  const passages: { passage: string; seed: string }[] = [];
  let i = 0;
  while (i + RUN <= w.length) {
    const seed = runs.get(w.slice(i, i + RUN).join(' '));
    if (!seed) {
      i++;
      continue;
    }
    let end = i + RUN;
    while (end < w.length && runs.has(w.slice(end - RUN + 1, end + 1).join(' '))) end++;
    passages.push({ passage: w.slice(i, end).join(' '), seed });
    i = end;
  }
  return passages;
}

describe('own words', () => {
  it('tokenises like scripts/check-own-words.py', () => {
    expect(words('Súdwest-Fryslân, ‘s-Gravenhage & ﬁets 2020!')).toEqual(['súdwest', 'fryslân', 's', 'gravenhage', 'fiets', '2020']);
    const runs = new Map([['een twee drie vier vijf zes zeven acht negen tien elf twaalf', 'x.txt']]);
    expect(copiedPassages('Nul. Een twee drie vier vijf zes zeven acht negen tien elf twaalf!', runs)).toEqual([
      { passage: 'een twee drie vier vijf zes zeven acht negen tien elf twaalf', seed: 'x.txt' },
    ]);
    expect(copiedPassages('een twee drie vier vijf zes zeven acht negen tien elf', runs)).toEqual([]);
    // A run may not span a URL; URLs themselves are never counted.
    expect(copiedPassages('een twee drie vier vijf zes https://x.nl/zeven acht negen tien elf twaalf', runs)).toEqual([]);
    expect(wordSegments('zie https://a.nl/b?c=d en www.e.nl/f. Klaar')).toEqual([['zie'], ['en'], ['klaar']]);
  });

  if (!seedFiles.length) {
    it.skip(`SKIPPED: no source texts in ${SEEDS_DIR}. Put the shared folder beside the repo (../shared/seeds) or set SHARED_SEEDS_DIR to run the own-words check.`, () => {});
    return;
  }

  it('finds the content files', () => {
    expect(contentFiles.length).toBeGreaterThan(0);
  });

  const runs = sourceRuns();
  it.each(contentFiles.map((f) => [relative(process.cwd(), f), f]))('%s shares no run of 12+ words with a source', (name, file) => {
    const copied = copiedPassages(readFileSync(file, 'utf8'), runs);
    const message = copied
      .map((c) => `${name}: ${c.passage.split(' ').length} words match ${c.seed}: “${c.passage}”. Fix: rewrite this passage in your own words.`)
      .join('\n');
    expect(copied, message).toEqual([]);
  });
});

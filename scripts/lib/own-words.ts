/**
 * The own-words guard: case texts are written by us; facts, names, dates, figures and URLs carry over from
 * the sources, sentences do not. One implementation, used by `npm run check:own-words` and by
 * tests/unit/own-words.test.ts. Per case it flags
 *  (a) every run of 12 words shared with any source text (seeds and stored web pages), and
 *  (b) near-copies: a sentence of at least 10 words whose normalised word sequence is at least 80 % similar
 *      (2·matching words / total words, longest-common-subsequence) to a sentence of a source the case cites.
 * URLs are removed first (they carry over by the rules), as the team's before-stop check does. The 12-word
 * check reads the whole file, citations included; the near-copy check leaves out the frontmatter's `sources`
 * block, whose section names are headings of the source by design.
 */
export const RUN = 12;
export const NEAR_MIN_WORDS = 10;
export const NEAR_THRESHOLD = 0.8;

const URL = /\b(?:https?:\/\/|www\.)[^\s)\]>"']+/gi;

export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9à-ÿ]+/g) ?? []
  );
}

/** Word lists of the text between URLs. */
export function wordSegments(text: string): string[][] {
  return text
    .split(URL)
    .map(words)
    .filter((w) => w.length > 0);
}

/** Sentences (and list items, headings, table cells) as word lists; URLs removed. */
export function sentences(text: string): { text: string; words: string[] }[] {
  return text
    .replace(URL, ' ')
    .split(/(?<=[.!?;:])\s+|\n\s*\n|\n\s*(?:[-*•]|\d+[.)])\s+|\n#+\s|\|/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ text: s.replace(/\s+/g, ' '), words: words(s) }));
}

/** A case file without the `sources:` block of its frontmatter. */
export function checkableText(caseFile: string): string {
  return caseFile.replace(/^sources:\n(?:[ \t].*\n?)*/m, '');
}

export interface SourceText {
  id: string;
  text: string;
}

/** Every 12-word run of the sources → the first source it comes from. */
export function sourceRuns(sources: readonly SourceText[]): Map<string, string> {
  const runs = new Map<string, string>();
  for (const s of sources) {
    const w = words(s.text.replace(URL, ' '));
    for (let i = 0; i + RUN <= w.length; i++) {
      const key = w.slice(i, i + RUN).join(' ');
      if (!runs.has(key)) runs.set(key, s.id);
    }
  }
  return runs;
}

export interface CopiedRun {
  passage: string;
  source: string;
}

/** The copied passages of a text: maximal runs of consecutive matching 12-word windows (URLs removed). */
export function copiedPassages(text: string, runs: ReadonlyMap<string, string>): CopiedRun[] {
  const passages: CopiedRun[] = [];
  const w = words(text.replace(URL, ' '));
  let i = 0;
  while (i + RUN <= w.length) {
    const source = runs.get(w.slice(i, i + RUN).join(' '));
    if (!source) {
      i++;
      continue;
    }
    let end = i + RUN;
    while (end < w.length && runs.has(w.slice(end - RUN + 1, end + 1).join(' '))) end++;
    passages.push({ passage: w.slice(i, end).join(' '), source });
    i = end;
  }
  return passages;
}

/** 2·LCS / (|a| + |b|) over words: 1 for the same sequence, 0 for nothing in common. */
export function sequenceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  let prev = new Uint16Array(b.length + 1);
  let curr = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      curr[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    [prev, curr] = [curr, prev];
  }
  return (2 * prev[b.length]!) / (a.length + b.length);
}

/** Upper bound of sequenceSimilarity from the shared multiset of words: cheap, rules out most pairs. */
function bagSimilarity(a: readonly string[], counts: ReadonlyMap<string, number>, bLength: number): number {
  const left = new Map(counts);
  let common = 0;
  for (const w of a) {
    const n = left.get(w);
    if (n) {
      common++;
      left.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + bLength);
}

export interface SourceSentences {
  id: string;
  sentences: { text: string; words: string[]; counts: Map<string, number> }[];
}

export function prepareSentences(source: SourceText): SourceSentences {
  return {
    id: source.id,
    sentences: sentences(source.text)
      .filter((s) => s.words.length >= NEAR_MIN_WORDS * 0.6)
      .map((s) => {
        const counts = new Map<string, number>();
        for (const w of s.words) counts.set(w, (counts.get(w) ?? 0) + 1);
        return { ...s, counts };
      }),
  };
}

export interface NearCopy {
  sentence: string;
  source: string;
  sourceSentence: string;
  similarity: number;
}

/** Sentences of the text that are near-copies of a sentence of one of the given (cited) sources. */
export function nearCopies(text: string, cited: readonly SourceSentences[]): NearCopy[] {
  const out: NearCopy[] = [];
  for (const s of sentences(text)) {
    if (s.words.length < NEAR_MIN_WORDS) continue;
    let best: NearCopy | null = null;
    for (const src of cited) {
      for (const t of src.sentences) {
        const total = s.words.length + t.words.length;
        // Even a perfect match of the shorter one cannot reach the threshold when lengths differ too much.
        if ((2 * Math.min(s.words.length, t.words.length)) / total < NEAR_THRESHOLD) continue;
        if (bagSimilarity(s.words, t.counts, t.words.length) < NEAR_THRESHOLD) continue;
        const similarity = sequenceSimilarity(s.words, t.words);
        if (similarity >= NEAR_THRESHOLD && (!best || similarity > best.similarity)) {
          best = { sentence: s.text, source: src.id, sourceSentence: t.text, similarity };
        }
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** Readable lines for one case's hits: what resembles what, and the fix. */
export function describeHits(file: string, copied: readonly CopiedRun[], near: readonly NearCopy[]): string[] {
  return [
    ...copied.map(
      (c) =>
        `${file}: ${c.passage.split(' ').length} words match ${c.source}: “${c.passage}”. Fix: rewrite this passage in your own words.`,
    ),
    ...near.map(
      (n) =>
        `${file}: sentence “${n.sentence}” is ${Math.round(n.similarity * 100)} % similar to ${n.source}: “${n.sourceSentence}”. Fix: write it with your own sentence structure.`,
    ),
  ];
}

/** The ids a content file cites: `sources[].id` of a case, `source.seed` of a type description. */
export function citedIds(frontmatter: unknown): string[] {
  const fm = (frontmatter ?? {}) as { sources?: { id?: unknown }[]; source?: { seed?: unknown } };
  const ids = (fm.sources ?? []).map((s) => s.id).filter((x): x is string => typeof x === 'string');
  if (typeof fm.source?.seed === 'string') ids.push(fm.source.seed);
  return ids;
}

export interface OwnWordsResult {
  file: string;
  copied: CopiedRun[];
  near: NearCopy[];
}

/**
 * Check content files against the source texts: 12-word runs against every source, near-copies against
 * the sources each file cites. `citedOf` gives a file's cited ids.
 */
export function checkOwnWords(
  files: readonly { path: string; text: string; cited: readonly string[] }[],
  sources: ReadonlyMap<string, SourceText>,
): OwnWordsResult[] {
  const runs = sourceRuns([...sources.values()]);
  const prepared = new Map<string, SourceSentences>();
  const sentencesOf = (id: string) => {
    const source = sources.get(id);
    if (!source) return null;
    let p = prepared.get(id);
    if (!p) prepared.set(id, (p = prepareSentences(source)));
    return p;
  };
  return files.map((f) => {
    const cited = f.cited.map(sentencesOf).filter((x): x is SourceSentences => x !== null);
    return { file: f.path, copied: copiedPassages(f.text, runs), near: nearCopies(checkableText(f.text), cited) };
  });
}

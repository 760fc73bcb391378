/**
 * Synthetic search corpora for the benchmarks: n cases generated from the real ones, deterministic
 * for a given n, so every run measures the same data.
 */
import type { SearchDoc } from '../src/lib/search/search-index';
import { normalizeText } from '../src/lib/site/text';

/** Deterministic PRNG (mulberry32), so every run benchmarks the same corpora. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n synthetic cases from the real ones: another gemeente, a year and type drawn at random, a body
 * stitched from sentences of two real cases, and a few new compound words per case so the vocabulary
 * keeps growing with the corpus as real text does (Heaps' law), not just the document count.
 */
export function synthesize(real: readonly SearchDoc[], gemeenteNames: readonly string[], n: number): SearchDoc[] {
  const random = rng(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const sentences = real.map((d) => d.body.split(/(?<=\.)\s+/));
  const words = [...new Set(real.flatMap((d) => d.body.split(/[^a-z0-9]+/)).filter((w) => w.length >= 5))];
  const types = [
    'meerderheid-minderheden',
    'voorstad',
    'grootstedelijk',
    'specifieke-minderheidsgroep',
    'expat',
    'tuinbouw',
    'grens',
    'homogeen',
    'gemiddeld',
  ] as const;
  return Array.from({ length: n }, (_, i) => {
    const a = real[i % real.length]!;
    const b = pick(sentences);
    const own = sentences[i % real.length]!;
    const body = [...own.slice(0, Math.ceil(own.length / 2)), ...b.slice(Math.floor(b.length / 2))];
    const compounds = Array.from({ length: 8 }, () => `${pick(words)}${pick(words)}`).join(' ');
    return {
      ...a,
      slug: `${a.slug}-${i}`,
      title: `${a.title} ${pick(words)}`,
      gemeenten: normalizeText(pick(gemeenteNames)),
      body: `${body.join(' ')} ${compounds}`,
      types: [pick(types)],
      year: 2010 + Math.floor(random() * 16),
    };
  });
}

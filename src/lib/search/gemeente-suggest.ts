/**
 * "Bedoelt u Zaltbommel?": the gemeente a mistyped query most likely means, when nothing matches.
 * Pure; used by the map's gemeente search box and the header search.
 */
import type { Matchable } from './gemeente-match';
import { levenshtein, normalizeText } from '../site/text';

/** Typos allowed for a query of this many characters: none below 4, then about one per four letters. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  if (length < 10) return 2;
  return 3;
}

/**
 * The gemeente whose name or other name is closest to `query` by edit distance, within the typos
 * allowed for its length; also compared with the start of a longer name, so a half-typed name with a
 * typo ("zaltbom") still finds it. Ties: the name itself before an alias, then alphabetical.
 * Null when no name is close enough.
 */
export function suggestGemeente(query: string, items: readonly Matchable[]): { code: string; name: string } | null {
  const q = normalizeText(query)
    .replace(/\s+/g, ' ')
    .replace(/^gemeente /, '');
  const max = allowedTypos(q.length);
  if (max === 0) return null;
  let best: { code: string; name: string; score: number } | null = null;
  for (const item of items) {
    const names = [item.name, ...item.aliases];
    names.forEach((text, i) => {
      const t = normalizeText(text);
      const whole = levenshtein(q, t);
      const start = t.length > q.length ? levenshtein(q, t.slice(0, q.length)) + 0.5 : Infinity;
      const d = Math.min(whole, start);
      if (d > max) return;
      const score = d * 2 + (i > 0 ? 1 : 0);
      if (!best || score < best.score || (score === best.score && item.name.localeCompare(best.name, 'nl') < 0)) {
        best = { code: item.code, name: item.name, score };
      }
    });
  }
  if (!best) return null;
  const { code, name } = best;
  return { code, name };
}

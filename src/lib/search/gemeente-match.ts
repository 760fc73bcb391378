import { normalizeText } from '../site/text';

export interface Matchable {
  code: string;
  name: string;
  /** Other names: aliases (Den Bosch), Frisian/Dutch variants, names before a merger. */
  aliases: readonly string[];
}

export interface Match {
  code: string;
  name: string;
  /** The alias that matched, when it was not the name itself. */
  via?: string;
}

/**
 * Gemeenten matching a typed query, best first: name starts with the query, then an alias starts with
 * it, then a word in the name or an alias starts with it, then contains. Case and accents are ignored,
 * and so is a leading "gemeente " ("gemeente Rijswijk"). Equally good matches come in name order, or
 * with `tieBreak: 'input'` in the order of `items` (the header search passes the largest first).
 */
export function matchGemeenten(
  query: string,
  items: readonly Matchable[],
  limit = 8,
  tieBreak: 'name' | 'input' = 'name',
): Match[] {
  const q = normalizeText(query)
    .replace(/\s+/g, ' ')
    .replace(/^gemeente /, '');
  if (!q) return [];
  const scored: { match: Match; score: number; position: number }[] = [];
  for (const [position, item] of items.entries()) {
    const candidates = [
      { text: item.name, alias: undefined as string | undefined },
      ...item.aliases.map((a) => ({ text: a, alias: a })),
    ];
    let best: { score: number; via?: string } | null = null;
    for (const { text, alias } of candidates) {
      const t = normalizeText(text);
      const score =
        t === q
          ? 0
          : t.startsWith(q)
            ? 1
            : t.split(/[\s\-'()]+/).some((w) => w.startsWith(q))
              ? 2
              : t.includes(q)
                ? 3
                : -1;
      if (score < 0) continue;
      const total = score * 2 + (alias ? 1 : 0);
      if (!best || total < best.score) best = alias ? { score: total, via: alias } : { score: total };
    }
    if (best) {
      scored.push({
        match: best.via ? { code: item.code, name: item.name, via: best.via } : { code: item.code, name: item.name },
        score: best.score,
        position,
      });
    }
  }
  return scored
    .sort(
      (a, b) =>
        a.score - b.score ||
        (tieBreak === 'input' ? a.position - b.position : a.match.name.localeCompare(b.match.name, 'nl')),
    )
    .slice(0, limit)
    .map((s) => s.match);
}

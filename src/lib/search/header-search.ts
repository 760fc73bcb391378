/**
 * The header search box's suggestions (src/components/site-search.ts): gemeenten by name or other
 * name, a "Bedoelt u …?" for a typo, and always the practice-case search for the same words. Pure.
 */
import { matchGemeenten, type Match, type Matchable } from './gemeente-match';
import { suggestGemeente } from './gemeente-suggest';
import { normalizeText } from '../site/text';

/** Gemeenten offered at most; the practice-case search is always offered after them. */
export const HEADER_GEMEENTEN = 5;

/** Compact wire format of /zoek-gemeenten.json: [name, slug, ...other names] per gemeente. */
export type GemeenteRow = [name: string, slug: string, ...aliases: string[]];

export function toRows(
  gemeenten: readonly { name: string; slug: string; aliases: readonly string[] }[],
): GemeenteRow[] {
  return gemeenten.map((g) => [g.name, g.slug, ...g.aliases.filter((a) => a !== g.name)]);
}

/** Rows back to matchable items; the slug doubles as the code. */
export function fromRows(rows: readonly GemeenteRow[]): Matchable[] {
  return rows.map(([name, slug, ...aliases]) => ({ code: slug, name, aliases }));
}

export interface HeaderOptions {
  gemeenten: Match[];
  /** Set when no gemeente matches but one is close: "Bedoelt u Zaltbommel?". */
  suggestion: { code: string; name: string } | null;
  /**
   * Which gemeente Enter opens without arrowing: the first, when the words are its name or other name
   * exactly, or when it is the only gemeente found by its own name (3+ letters). Otherwise null, and
   * Enter searches the practice cases, as without JavaScript.
   */
  autoPick: number | null;
}

export function headerOptions(query: string, items: readonly Matchable[]): HeaderOptions {
  const q = normalizeText(query)
    .replace(/\s+/g, ' ')
    .replace(/^gemeente /, '');
  if (!q) return { gemeenten: [], suggestion: null, autoPick: null };
  const gemeenten = matchGemeenten(query, items, HEADER_GEMEENTEN);
  const suggestion = gemeenten.length ? null : suggestGemeente(query, items);
  const first = gemeenten[0];
  const exact = first && [first.name, first.via ?? ''].some((n) => normalizeText(n) === q);
  const onlyByName = gemeenten.length === 1 && first && !first.via && q.length >= 3;
  return { gemeenten, suggestion, autoPick: exact || onlyByName ? 0 : null };
}

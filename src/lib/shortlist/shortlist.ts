/**
 * "Mijn selectie": the user's shortlist of practice cases. Pure logic only: parsing and writing the
 * stored value and the share link (/selectie/?ids=slug1,slug2), merging, and resolving slugs against
 * the cases that exist. The browser side (localStorage, buttons, the /selectie/ page) lives in
 * src/components/shortlist-*.ts and never trusts what it reads: every slug passes through here.
 */
import { routes } from '../site/routes';

/** localStorage key. The value is JSON: {"v":1,"ids":["slug", …]}. */
export const STORAGE_KEY = 'praktijkatlas:selectie';
/** URL parameter of the share link. */
export const IDS_PARAM = 'ids';
/** More than any real selection; keeps a hostile URL or stored value from growing without bound. */
export const MAX_IDS = 200;

/** Same rule as case file names (SLUG in ./case-validation.ts, checked by a unit test); kept here so client code stays small. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return value.length <= 120 && SLUG.test(value);
}

/**
 * Clean a list of candidate slugs: trimmed, lower-cased, invalid ones dropped, duplicates removed
 * (first occurrence wins, so the user's order is kept), at most MAX_IDS.
 */
export function cleanIds(values: Iterable<unknown>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const slug = v.trim().toLowerCase();
    if (!isSlug(slug) || seen.has(slug)) continue;
    seen.add(slug);
    out.push(slug);
    if (out.length >= MAX_IDS) break;
  }
  return out;
}

/**
 * The ids of a share link, or null when the query string has no `ids` parameter (then the page shows
 * the user's own selection). `rejected` holds entries that cannot be a case at all, for the visible note.
 */
export function parseShareSearch(search: string | URLSearchParams): { ids: string[]; rejected: string[] } | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values = params.getAll(IDS_PARAM);
  if (values.length === 0) return null;
  const parts = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const rejected = parts.filter((p) => !isSlug(p.toLowerCase())).map((p) => (p.length > 60 ? `${p.slice(0, 60)}…` : p));
  return { ids: cleanIds(parts), rejected: [...new Set(rejected)] };
}

/** `ids=a,b` (commas unescaped: slugs need no escaping, and the link stays readable). */
export function serializeIds(ids: readonly string[]): string {
  const clean = cleanIds(ids);
  return clean.length ? `${IDS_PARAM}=${clean.join(',')}` : '';
}

/** Site-relative share link; pass an origin for an absolute one. */
export function shareUrl(ids: readonly string[], origin = ''): string {
  return `${origin}${routes.selection(serializeIds(ids))}`;
}

/** Read the stored value. Anything unreadable (absent, old format, hand-edited) gives an empty or cleaned list. */
export function parseStored(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (Array.isArray(value)) return cleanIds(value);
  if (value && typeof value === 'object' && Array.isArray((value as { ids?: unknown }).ids)) {
    return cleanIds((value as { ids: unknown[] }).ids);
  }
  return [];
}

export function serializeStored(ids: readonly string[]): string {
  return JSON.stringify({ v: 1, ids: cleanIds(ids) });
}

/** `base` followed by the ids of `extra` it does not have yet. */
export function mergeIds(base: readonly string[], extra: readonly string[]): string[] {
  return cleanIds([...base, ...extra]);
}

/** Add (at the end) or remove one slug. */
export function toggleId(ids: readonly string[], slug: string, on: boolean): string[] {
  const without = ids.filter((id) => id !== slug);
  return on ? cleanIds([...without, slug]) : without;
}

/** Split ids into the cases that exist and the ones that do not (renamed or removed cases, typos in a link). */
export function resolveIds(ids: readonly string[], known: ReadonlySet<string>): { found: string[]; unknown: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) (known.has(id) ? found : unknown).push(id);
  return { found, unknown };
}

/** How many of the ids are cases: what "Mijn selectie (n)" shows. Ids of renamed or removed cases do not count. */
export function countKnown(ids: readonly string[], known: ReadonlySet<string>): number {
  return resolveIds(ids, known).found.length;
}

/** The visible note for dropped slugs; empty when there are none. */
export function unknownNote(unknown: readonly string[]): string {
  if (unknown.length === 0) return '';
  const list = unknown.map((u) => `‘${u}’`).join(', ');
  return unknown.length === 1
    ? `Eén praktijkvoorbeeld bestaat niet (meer) en is weggelaten: ${list}. Misschien is het hernoemd of verwijderd.`
    : `${unknown.length} praktijkvoorbeelden bestaan niet (meer) en zijn weggelaten: ${list}. Misschien zijn ze hernoemd of verwijderd.`;
}

/** "Uw selectie: 2 praktijkvoorbeelden" style counts. */
export function casesLabel(n: number): string {
  return `${n} ${n === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`;
}

/**
 * The state of the case list (query, filters, sort) and its URL form:
 * ?q=…&type=…&thema=…&domein=…&instrument=…&van=…&tot=…&bron=…&sort=…
 * Multi-value filters are comma-separated ("thema=a,b"); repeated parameters are accepted too.
 * Unknown values are dropped and reported, so a stale or hand-edited link still opens.
 */

export const FACET_KEYS = ['type', 'thema', 'domein', 'instrument', 'bron'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const SORT_ORDERS = ['relevantie', 'nieuw', 'oud'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  q: string;
  type: string[];
  thema: string[];
  domein: string[];
  instrument: string[];
  bron: string[];
  /** Year range, inclusive; null = open. */
  van: number | null;
  tot: number | null;
  sort: SortOrder;
}

/** Allowed values per facet (ids). */
export type AllowedValues = Readonly<Record<FacetKey, readonly string[]>>;

export interface IgnoredParam {
  param: string;
  value: string;
}

export const MAX_QUERY_LENGTH = 500;
const YEAR = /^\d{4}$/;

export function emptyState(): SearchState {
  return { q: '', type: [], thema: [], domein: [], instrument: [], bron: [], van: null, tot: null, sort: 'relevantie' };
}

export function parseSearchState(
  input: string | URLSearchParams,
  allowed: AllowedValues,
): { state: SearchState; ignored: IgnoredParam[] } {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state = emptyState();
  const ignored: IgnoredParam[] = [];
  state.q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).trim();
  for (const key of FACET_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    for (const value of values) {
      if (!allowed[key].includes(value)) ignored.push({ param: key, value });
      else if (!state[key].includes(value)) state[key].push(value);
    }
  }
  for (const key of ['van', 'tot'] as const) {
    const raw = params.get(key)?.trim();
    if (!raw) continue;
    if (YEAR.test(raw)) state[key] = Number(raw);
    else ignored.push({ param: key, value: raw });
  }
  if (state.van !== null && state.tot !== null && state.van > state.tot)
    [state.van, state.tot] = [state.tot, state.van];
  const sort = params.get('sort');
  if (sort) {
    if ((SORT_ORDERS as readonly string[]).includes(sort)) state.sort = sort as SortOrder;
    else ignored.push({ param: 'sort', value: sort });
  }
  return { state, ignored };
}

/** Canonical query string without "?": fixed parameter order, defaults left out. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FACET_KEYS) if (state[key].length) params.set(key, state[key].join(','));
  if (state.van !== null) params.set('van', String(state.van));
  if (state.tot !== null) params.set('tot', String(state.tot));
  if (state.sort !== 'relevantie') params.set('sort', state.sort);
  // Commas are safe in query strings and keep shared links readable.
  return params.toString().replace(/%2C/g, ',');
}

export function isEmptyState(state: SearchState): boolean {
  return serializeSearchState({ ...state, sort: 'relevantie' }) === '';
}

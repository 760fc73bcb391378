/**
 * The URL state of the compare page: ?typen=expat,tuinbouw (comma-separated; repeated parameters, as a
 * GET form with checkboxes sends them, are accepted too). Duplicates are dropped silently, unknown ids
 * are dropped and reported; at most MAX_COMPARE types are kept, in the order given.
 */
import { routes } from '../site/routes';
import { isWrrTypeId, WRR_TYPE_IDS, type WrrTypeId } from '../typology/wrr-types';

export const COMPARE_PARAM = 'typen';
export const MAX_COMPARE = 3;
export const MIN_COMPARE = 2;
/** Shown when the URL chooses nothing: the first two types, so the page always compares something. */
export const DEFAULT_COMPARE: readonly WrrTypeId[] = WRR_TYPE_IDS.slice(0, 2);

export interface CompareState {
  types: WrrTypeId[];
  /** Values that were dropped: unknown ids and those beyond the maximum. */
  ignored: string[];
}

export function parseCompareState(input: string | URLSearchParams): CompareState {
  const params = typeof input === 'string' ? new URLSearchParams(input) : input;
  const values = params
    .getAll(COMPARE_PARAM)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  const types: WrrTypeId[] = [];
  const ignored: string[] = [];
  for (const value of values) {
    if (isWrrTypeId(value) && types.includes(value)) continue;
    if (!isWrrTypeId(value) || types.length >= MAX_COMPARE) ignored.push(value);
    else types.push(value);
  }
  return { types, ignored };
}

/** Canonical query string without "?", e.g. "typen=expat,tuinbouw"; empty for no types. */
export function serializeCompareState(types: readonly WrrTypeId[]): string {
  return types.length ? `${COMPARE_PARAM}=${types.slice(0, MAX_COMPARE).join(',')}` : '';
}

/** Site-relative URL of the compare page for these types. */
export function compareUrl(types: readonly WrrTypeId[]): string {
  return routes.compare(serializeCompareState(types));
}

/**
 * The header of a stored web page in ../shared/sources/<id>.txt: `key: value` lines, then a line `---`,
 * then the page text. Pure; used by scripts/import-web-sources.ts (registry) and the own-words guard (text).
 */
import { gemeenteCodesIn } from '../data/gemeente-code';

export interface WebSourceHeader {
  id: string;
  url: string;
  title: string;
  publisher: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD as the page states it; null when unknown. */
  date: string | null;
  /** CBS codes of the gemeenten whose practice the page describes. */
  gemeenten: string[];
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Split a stored page into header fields and text. Throws with the file name and the fix on a bad header. */
export function parseWebSource(text: string, fileName: string): { header: WebSourceHeader; text: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const end = normalised.indexOf('\n---\n');
  if (end < 0)
    throw new Error(`${fileName}: no header ending in a line "---". Fix: restore the file from ../shared/sources.`);
  const fields = new Map<string, string>();
  for (const line of normalised.slice(0, end).split('\n')) {
    const m = /^([a-z]+):\s*(.*)$/.exec(line);
    if (m) fields.set(m[1]!, m[2]!.trim());
  }
  const need = (key: string): string => {
    const value = fields.get(key);
    if (!value)
      throw new Error(`${fileName}: header field "${key}" is missing. Fix: restore the file from ../shared/sources.`);
    return value;
  };
  const url = need('url');
  if (!/^https?:\/\//i.test(url)) throw new Error(`${fileName}: header url "${url}" is not an http(s) address.`);
  const rawDate = fields.get('date') ?? 'unknown';
  if (rawDate !== 'unknown' && !DATE.test(rawDate)) {
    throw new Error(`${fileName}: header date "${rawDate}" is not YYYY, YYYY-MM, YYYY-MM-DD or "unknown".`);
  }
  return {
    header: {
      id: need('id'),
      url,
      title: need('title'),
      publisher: need('publisher'),
      date: rawDate === 'unknown' ? null : rawDate,
      gemeenten: gemeenteCodesIn(need('gemeenten')),
    },
    text: normalised.slice(end + 5),
  };
}

/**
 * Text for paper: a web address as a reader can type it (percent-escapes decoded, so
 * "…/b%C3%BCrger%20info" prints as "…/bürger info"), and the note and title of a printed selection
 * kept within bounds. Pure.
 */

/**
 * The address with its escapes decoded, for reading: characters that separate the parts of a URL
 * (/ ? # & = and the like, when escaped) stay escaped. Addresses escaped twice (%2520 for a space,
 * common in search links of council information systems) are decoded twice. A malformed escape
 * leaves the address as it is.
 */
export function readableUrl(url: string): string {
  let text = url;
  for (let round = 0; round < 2; round++) {
    try {
      const next = decodeURI(text);
      if (next === text) break;
      text = next;
    } catch {
      break;
    }
  }
  return text;
}

export const TITLE_MAX = 120;
export const NOTE_MAX = 2000;

/** A title for the printed selection: one line, trimmed, bounded. */
export function cleanTitle(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX) : '';
}

/** A note to the college: line breaks kept, no run of more than one empty line, bounded. */
export function cleanNote(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, NOTE_MAX);
}

/**
 * Checks on the text of built HTML pages, without a browser: words glued to a link or inline element
 * ("staan bijPraktijkvoorbeelden", "heeft.Bekijk"), and build-time leftovers such as localhost addresses.
 * Astro drops the line break between text and an element on the next line, so a missing {' '} shows up
 * only in the output; these checks read the output.
 */
const INLINE = '(?:a|strong|em|code|cite|abbr|time)';

/** Visible-text fragments where a word runs into an inline element or out of it without a space. */
export function findGluedText(html: string): string[] {
  const text = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const hits: string[] = [];
  // A letter or sentence punctuation directly before an opening inline tag whose content starts with a letter.
  for (const m of text.matchAll(new RegExp(`(\\p{L}+|[.,;:!?])(<${INLINE}\\b[^>]*>)([\\p{L}_]+)`, 'gu'))) {
    hits.push(`${m[1]}${m[3]}`);
  }
  // A closing inline tag followed directly by a letter.
  for (const m of text.matchAll(new RegExp(`([\\p{L}_]+)</${INLINE}>(\\p{L}{2,})`, 'gu'))) {
    hits.push(`${m[1]}${m[2]}`);
  }
  return hits;
}

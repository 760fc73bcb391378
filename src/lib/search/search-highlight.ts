/**
 * Highlight search matches in display text. Returns plain segments; the browser turns marked ones into
 * <mark> elements with text nodes, so user input never becomes HTML.
 */
import { normalizeText } from '../site/text';

export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Split `text` into segments; a word is marked when its normalised form is one of `terms`. */
export function highlightSegments(text: string, terms: ReadonlySet<string>): Segment[] {
  if (!terms.size) return text ? [{ text, mark: false }] : [];
  const segments: Segment[] = [];
  let last = 0;
  const push = (s: string, mark: boolean) => {
    if (!s) return;
    const prev = segments[segments.length - 1];
    if (prev && prev.mark === mark) prev.text += s;
    else segments.push({ text: s, mark });
  };
  for (const m of text.matchAll(WORD)) {
    if (!terms.has(normalizeText(m[0]))) continue;
    push(text.slice(last, m.index), false);
    push(m[0], true);
    last = m.index + m[0].length;
  }
  push(text.slice(last), false);
  return segments;
}

/**
 * Browser-side twin of ./markdown-safety.ts for the submission form, which cannot load the Markdown parser.
 * It is deliberately stricter: every text that the parser-based check rejects is rejected here too (a unit
 * test feeds both the same payloads), and some harmless texts are rejected as well (a `<b>` inside code).
 * The file the form produces is still checked by the real validator before it is ever built.
 */

/** Is this URL safe as a link or image target in a case text: http(s), mailto, or site-relative? */
export function isSafeHref(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F\u200B-\u200F\u2028\u2029\uFEFF]/g, '').toLowerCase();
  if (compact === '') return false;
  if (/^(https?:\/\/|mailto:)/.test(compact)) return true;
  if (compact.startsWith('#')) return true;
  // Site-relative ("/praktijkvoorbeelden/…"), not protocol-relative ("//evil.example").
  return compact.startsWith('/') && !compact.startsWith('//') && !compact.startsWith('/\\');
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  lpar: '(',
  rpar: ')',
};

/** Decode numeric and the common named character references, as a Markdown parser does in link targets. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** The first thing that could become HTML or an unsafe link, with its 1-based line; null when the text is clean. */
export function findSuspiciousMarkup(text: string): { line: number; kind: 'html' | 'url' } | null {
  const found: { index: number; kind: 'html' | 'url' }[] = [];
  // A tag, closing tag, comment, declaration or processing instruction; "\<" is a literal "<".
  const tag = /(^|[^\\])<[a-z/!?]/gi.exec(text);
  if (tag) found.push({ index: tag.index + tag[1]!.length, kind: 'html' });
  // Inline links and images: ](target …) with an optional <…> around the target.
  for (const m of text.matchAll(/\]\(\s*<?([^\s)>]*)/g)) {
    if (!isSafeHref(decodeEntities(m[1]!))) found.push({ index: m.index, kind: 'url' });
  }
  // Reference definitions: [label]: target
  for (const m of text.matchAll(/^[ \t]{0,3}\[[^\]\n]+\]:\s*<?([^\s>]*)/gm)) {
    if (!isSafeHref(decodeEntities(m[1]!))) found.push({ index: m.index, kind: 'url' });
  }
  if (!found.length) return null;
  const first = found.reduce((a, b) => (b.index < a.index ? b : a));
  return { line: lineOf(text, first.index), kind: first.kind };
}

/**
 * Case texts are Markdown without HTML: this module finds what is not allowed on the Markdown syntax tree
 * (the same parser Astro renders with, satteri), not on lines. One rule for the validator, the submission
 * form's file and the build:
 * - no HTML node (a tag, a comment, a tag split over lines, HTML after a fake code fence);
 * - link, image and reference-definition URLs only http(s):, mailto: or site-relative ("/…", "#…"),
 *   judged after the parser has decoded entities and after removing the whitespace and control
 *   characters that browsers ignore in a scheme ("java\tscript:").
 * The build also drops such nodes (defence in depth: `dropUnsafeMarkdown` in astro.config.mjs).
 */
import { defineMdastPlugin, markdownToMdast } from 'satteri';
import { isSafeHref } from './markdown-lexical';

export { isSafeHref };

/** Features as Astro configures the parser (gfm and smart punctuation on). */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

export interface MarkdownProblem {
  /** 1-based line within the text given. */
  line: number;
  kind: 'html' | 'url';
  /** The offending HTML or URL, shortened. */
  detail: string;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
  position?: { start: { line: number } };
}

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');

/** Every HTML node and every unsafe URL in a Markdown text, in document order. */
export function findUnsafeMarkdown(markdown: string): MarkdownProblem[] {
  const tree = markdownToMdast(markdown, { features: MARKDOWN_FEATURES, position: true }) as unknown as Node;
  const problems: MarkdownProblem[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') problems.push({ line, kind: 'html', detail: short(node.value ?? '') });
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeHref(node.url ?? '')) {
      problems.push({ line, kind: 'url', detail: short(node.url ?? '') });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return problems;
}

/** The curator's fix for one problem. */
export function describeMarkdownProblem(p: MarkdownProblem): string {
  return p.kind === 'html'
    ? `raw HTML is not allowed in case texts ("${p.detail}"). Fix: use Markdown (e.g. **bold**, [link](https://…)) instead of HTML tags; write a literal < as \\<.`
    : `link or image address "${p.detail}" is not allowed. Fix: link only to http(s):// or mailto: addresses, or to a page of this site starting with /.`;
}

/** Build-time guard: drops HTML nodes and turns unsafe links into their text, so nothing unsafe renders. */
export const dropUnsafeMarkdown = defineMdastPlugin({
  name: 'drop-unsafe-markdown',
  html(node, ctx) {
    ctx.removeNode(node);
  },
  link(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, [...node.children]);
  },
  image(node, ctx) {
    if (!isSafeHref(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  definition(node, ctx) {
    if (!isSafeHref(node.url)) ctx.removeNode(node);
  },
});

/**
 * Case bodies cannot produce HTML the renderer did not make, nor javascript:/data: links. Each payload is
 * checked three ways: the validator's syntax-tree check flags it, the form's stricter lexical check flags
 * it too, and the build's renderer (satteri with dropUnsafeMarkdown, as astro.config.mjs sets it up) turns
 * it into HTML without any executable or foreign element.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { findSuspiciousMarkup, isSafeHref } from '../../src/lib/cases/markdown-lexical';
import { MARKDOWN_FEATURES, dropUnsafeMarkdown, findUnsafeMarkdown } from '../../src/lib/cases/markdown-safety';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img\nsrc=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe\nsrcdoc="<script>alert(1)</script>">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<meta http-equiv="refresh"\ncontent="0;url=https://evil.example">',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<style>body{display:none}</style>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example"><input name=x></form>',
  '<a href="javascript:alert(1)">x</a>',
  '<div onmouseover="alert(1)">x</div>',
  '<details open ontoggle=alert(1)>',
  '<!-- <script>alert(1)</script> -->',
  '<!DOCTYPE html>',
  '<?php echo 1; ?>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  'tekst <b onclick=alert(1)>vet</b> tekst',
  '\\`<img src=x onerror=alert(1)>\\`',
  '```js`\n<script>alert(1)</script>',
  '> <img src=x onerror=alert(1)>',
  '- <img src=x onerror=alert(1)>',
  '| a |\n| - |\n| <img src=x onerror=alert(1)> |',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](&#0000106;avascript:alert(1))',
  '[x]( javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](DATA:text/html,<script>alert(1)</script>)',
  '[x](file:///etc/passwd)',
  '[x](//evil.example/)',
  '[x](/\\evil.example/)',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '[r]\n\n[r]: data:text/html,hoi',
  '<javascript:alert(1)>',
  '<data:text/html,hoi>',
  '[x](java\u0000script:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
];

const FORBIDDEN_OUTPUT =
  /<(script|iframe|svg|meta|object|embed|style|link|base|form|input|math|details)\b|\son\w+\s*=|(href|src)\s*=\s*"(?!https?:|mailto:|\/(?!\/)|#)/i;

describe('markdown safety', () => {
  it('has enough payloads to mean something (counted, not asserted by a constant)', () => {
    expect(new Set(PAYLOADS).size).toBe(PAYLOADS.length);
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(PAYLOADS.map((p) => [JSON.stringify(p), p]))(
    '%s: rejected by the validator and the form, dropped by the renderer',
    (_label, payload) => {
      const text = `Een gewone alinea.\n\n${payload}\n`;
      const astProblems = findUnsafeMarkdown(text);
      const html = markdownToHtml(text, { mdastPlugins: [dropUnsafeMarkdown], features: MARKDOWN_FEATURES }).html;
      expect(html).not.toMatch(FORBIDDEN_OUTPUT);
      // Whatever the tree check rejects, the form's lexical check rejects too.
      if (astProblems.length) expect(findSuspiciousMarkup(text)).not.toBeNull();
      // A payload that the tree check lets through must render to nothing unsafe (e.g. a link the parser does not see).
      if (!astProblems.length) expect(html).not.toMatch(/javascript:|data:|<img/i);
    },
  );

  it('the tree check catches every payload that renders an element or a link', () => {
    const missed: string[] = [];
    for (const payload of PAYLOADS) {
      const raw = markdownToHtml(payload, { features: MARKDOWN_FEATURES }).html;
      const dangerous =
        /<(?!\/?(p|ul|ol|li|blockquote|table|thead|tbody|tr|th|td|code|pre|em|strong)\b)[a-z!?]/i.test(raw) ||
        /(href|src)="(?!https?:|mailto:|\/(?!\/)|#)/i.test(raw);
      if (dangerous && findUnsafeMarkdown(payload).length === 0) missed.push(payload);
    }
    expect(missed).toEqual([]);
  });

  it('keeps ordinary Markdown intact', () => {
    const text =
      '## Kop\n\n**Vet**, *schuin*, [link](https://example.org), [intern](/methode/), [mail](mailto:a@example.org) en `<code>`.\n\n- een\n- twee';
    expect(findUnsafeMarkdown(text)).toEqual([]);
    expect(findSuspiciousMarkup(text.replace('`<code>`', 'code'))).toBeNull();
    const html = markdownToHtml(text, { mdastPlugins: [dropUnsafeMarkdown], features: MARKDOWN_FEATURES }).html;
    expect(html).toContain('<a href="https://example.org">link</a>');
    expect(html).toContain('<a href="/methode/">intern</a>');
    expect(html).toContain('<code>&lt;code&gt;</code>');
  });

  it.each([
    ['https://example.org', true],
    ['HTTP://EXAMPLE.ORG', true],
    ['mailto:a@example.org', true],
    ['/methode/', true],
    ['#kop', true],
    ['javascript:alert(1)', false],
    [' java script:alert(1)', false],
    ['data:text/html,x', false],
    ['//evil.example', false],
    ['/\\evil.example', false],
    ['', false],
    ['relatief/pad', false],
  ])('isSafeHref(%j) is %s', (url, safe) => {
    expect(isSafeHref(url)).toBe(safe);
  });
});

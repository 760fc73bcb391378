import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedJson, readPayload } from '../../src/lib/site/payload';

/** A root whose only element is the payload script with `text`, as the browser would parse it. */
function rootWith(name: string, text: string): ParentNode {
  return {
    querySelector: (selector: string) =>
      selector === `script[type="application/json"][data-payload="${name}"]` ? { textContent: text } : null,
  } as unknown as ParentNode;
}

describe('embedJson', () => {
  const tricky = {
    close: '</script><script>alert(1)</script>',
    comment: '<!-- <script>',
    amp: 'A & B > C',
    lines: 'een\u2028twee\u2029drie',
    nested: [{ 'key<>&': '</SCRIPT>' }],
  };

  it('leaves nothing that can end the script element or start markup', () => {
    const text = embedJson(tricky);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(text).toContain('\\u2028');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(embedJson(tricky))).toEqual(tricky);
    expect(JSON.parse(embedJson([1, null, true, 'plain']))).toEqual([1, null, true, 'plain']);
  });
});

describe('readPayload', () => {
  it('reads what embedJson wrote, by name', () => {
    const value = { core: '/zoekindex/kern-x.json', labels: { a: '<b>' } };
    expect(readPayload<typeof value>(rootWith('case-search', embedJson(value)), 'case-search')).toEqual(value);
  });

  it('gives null when the page has no such payload', () => {
    expect(readPayload(rootWith('map', '{}'), 'case-search')).toBeNull();
    expect(readPayload(rootWith('map', ''), 'map')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// One way in and out: pages embed with embedJson and a type (`satisfies`), client scripts read with
// readPayload and the same type.

const HELPER = join('src', 'lib', 'site', 'payload.ts');
/** JSON.parse of things that are not page payloads: stored browser values and data files. */
const OTHER_JSON = new Set([
  'src/components/shortlist-page.ts', // the print title and note in localStorage
  'src/lib/shortlist/shortlist.ts', // the selection in localStorage
  'src/lib/data/boundaries.ts', // boundary files read at build time
]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (path === join('src', 'generated')) return [];
    return e.isDirectory() ? walk(path) : /\.(ts|astro|mjs)$/.test(e.name) ? [path] : [];
  });
}

interface Use {
  file: string;
  name: string;
  type: string;
}

/** Everything in the files that embeds or reads a payload, and every way of doing so outside the helpers. */
function payloadUses(files: readonly { file: string; text: string }[]) {
  const embeds: Use[] = [];
  const reads: Use[] = [];
  const problems: string[] = [];
  for (const { file, text } of files) {
    if (file === HELPER) continue;
    const at = (index: number) => `${file}:${text.slice(0, index).split('\n').length}`;
    for (const m of text.matchAll(/^[ \t]*<script\b[^>]*?type="application\/json"([\s\S]*?)\/>/gm)) {
      const tag = m[1]!;
      const embed = /data-payload="([\w-]+)"[\s\S]*set:html=\{embedJson\([\s\S]* satisfies (\w+)\)\}/.exec(tag);
      if (embed) embeds.push({ file, name: embed[1]!, type: embed[2]! });
      else problems.push(`${at(m.index)}: embed with data-payload="…" set:html={embedJson(value satisfies Type)}`);
    }
    for (const m of text.matchAll(/readPayload<(\w+)>\(\s*\w+,\s*'([\w-]+)'\)/g))
      reads.push({ file, name: m[2]!, type: m[1]! });
    for (const m of text.matchAll(/set:html=\{\s*JSON\.stringify|\\u003c/gi))
      problems.push(`${at(m.index)}: escape JSON for HTML with embedJson (src/lib/site/payload.ts)`);
    if (!OTHER_JSON.has(file))
      for (const m of text.matchAll(/JSON\.parse\(/g))
        problems.push(`${at(m.index)}: read page payloads with readPayload (src/lib/site/payload.ts)`);
  }
  for (const e of embeds) {
    const read = reads.filter((r) => r.name === e.name);
    if (read.length === 0) problems.push(`${e.file}: payload "${e.name}" is embedded but never read`);
    for (const r of read.filter((r) => r.type !== e.type))
      problems.push(`${r.file}: payload "${e.name}" is read as ${r.type} but embedded as ${e.type} (${e.file})`);
  }
  for (const r of reads.filter((r) => !embeds.some((e) => e.name === r.name)))
    problems.push(`${r.file}: payload "${r.name}" is read but no page embeds it`);
  return { embeds, reads, problems };
}

describe('payloads go through embedJson and readPayload only', () => {
  it('flags hand-made embeds, escapes, parses and type mismatches in a sample', () => {
    const { problems } = payloadUses([
      { file: 'src/components/A.astro', text: '<script type="application/json" set:html={JSON.stringify(data)} />' },
      { file: 'src/components/B.astro', text: "const json = JSON.stringify(x).replace(/</g, '\\\\u003c');" },
      {
        file: 'src/components/C.astro',
        text: '<script type="application/json" data-payload="c" set:html={embedJson(data satisfies CData)} />',
      },
      { file: 'src/components/c.ts', text: "const data = readPayload<OtherType>(this, 'c');" },
      { file: 'src/components/d.ts', text: 'const data = JSON.parse(script.textContent);' },
      { file: 'src/components/e.ts', text: "const data = readPayload<EData>(this, 'e');" },
    ]);
    expect(problems).toEqual([
      'src/components/A.astro:1: embed with data-payload="…" set:html={embedJson(value satisfies Type)}',
      'src/components/A.astro:1: escape JSON for HTML with embedJson (src/lib/site/payload.ts)',
      'src/components/B.astro:1: escape JSON for HTML with embedJson (src/lib/site/payload.ts)',
      'src/components/d.ts:1: read page payloads with readPayload (src/lib/site/payload.ts)',
      'src/components/c.ts: payload "c" is read as OtherType but embedded as CData (src/components/C.astro)',
      'src/components/e.ts: payload "e" is read but no page embeds it',
    ]);
  });

  it('holds in src/: each payload embedded and read with one type', () => {
    const files = walk('src').map((path) => ({ file: relative('.', path), text: readFileSync(path, 'utf8') }));
    const { embeds, reads, problems } = payloadUses(files);
    expect(problems).toEqual([]);
    expect(embeds.map((e) => `${e.name}: ${e.type}`).sort()).toEqual([
      'case-search: CaseSearchPayload',
      'case-submit: CaseSubmitPayload',
      'map: MapClientData',
    ]);
    expect(reads).toHaveLength(3);
  });
});

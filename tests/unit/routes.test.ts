import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/site/routes';

describe('routes', () => {
  it('build the paths the pages in src/pages answer to', () => {
    expect(routes.home()).toBe('/');
    expect(routes.cases()).toBe('/praktijkvoorbeelden/');
    expect(routes.cases('type=expat&thema=wonen')).toBe('/praktijkvoorbeelden/?type=expat&thema=wonen');
    expect(routes.casesPage(1)).toBe('/praktijkvoorbeelden/');
    expect(routes.casesPage(7)).toBe('/praktijkvoorbeelden/pagina/7/');
    expect(routes.caseSearch('Den Haag & co')).toBe('/praktijkvoorbeelden/?q=Den%20Haag%20%26%20co');
    expect(routes.case('tiel-huisvesting')).toBe('/praktijkvoorbeelden/tiel-huisvesting/');
    expect(routes.gemeenten()).toBe('/gemeenten/');
    expect(routes.gemeente('westland')).toBe('/gemeenten/westland/');
    expect(routes.briefing('westland')).toBe('/gemeenten/westland/briefing/');
    expect(routes.types()).toBe('/typen/');
    expect(routes.type('expat')).toBe('/typen/expat/');
    expect(routes.type('expat', 'gemeenten')).toBe('/typen/expat/#gemeenten');
    expect(routes.compare()).toBe('/vergelijk/');
    expect(routes.compare('typen=expat,tuinbouw')).toBe('/vergelijk/?typen=expat,tuinbouw');
    expect(routes.selection()).toBe('/selectie/');
    expect(routes.selection('ids=a,b')).toBe('/selectie/?ids=a,b');
    expect(routes.selectionSheet('a-b')).toBe('/selectie/bladen/a-b.json');
    expect(routes.submit()).toBe('/aanmelden/');
    expect(routes.method()).toBe('/methode/');
    expect(routes.method('zekerheid')).toBe('/methode/#zekerheid');
    expect(routes.about()).toBe('/over/');
    expect(routes.accessibility()).toBe('/toegankelijkheid/');
    expect(routes.data()).toBe('/data/');
    expect(routes.dataFile('gemeenten.csv')).toBe('/data/gemeenten.csv');
    expect(routes.dataFile('typologie-validatie.json')).toBe('/data/typologie-validatie.json');
    expect(routes.feed()).toBe('/rss.xml');
    expect(routes.gemeenteNames()).toBe('/zoek-gemeenten.json');
    expect(routes.searchFile('kern-0123456789ab')).toBe('/zoekindex/kern-0123456789ab.json');
  });

  it('read a search file name back from its URL, and refuse anything else', () => {
    expect(routes.searchFileName(routes.searchFile('kaarten-3-abc'))).toBe('kaarten-3-abc');
    expect(() => routes.searchFileName('/data/gemeenten.json')).toThrow(/Not a search file URL/);
  });
});

// ---------------------------------------------------------------------------------------------------
// No other file writes a site path out. The paths to look for are the first segments of every page in
// src/pages and of every route above, so a new page is covered without editing this test.

const SRC = 'src';
const SKIP = new Set(['src/lib/site/routes.ts', 'src/generated']);
/** Static files in public/ are not routes: these paths may stay literal in the markup. */
const PUBLIC_FILES = new Set(readdirSync('public').map((f) => `/${f}`));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (SKIP.has(path)) return [];
    return e.isDirectory() ? walk(path) : /\.(ts|astro|mjs)$/.test(e.name) ? [path] : [];
  });
}

function firstSegments(): string[] {
  const pages = readdirSync(join(SRC, 'pages'))
    .map((name) => name.replace(/\.(astro|ts)$/, ''))
    .filter((name) => !name.startsWith('[') && name !== 'index' && name !== '404');
  const fromRoutes = Object.values(routes)
    .filter((f): f is () => string => f.length === 0)
    .map((f) => f().split('/')[1]!)
    .filter(Boolean);
  return [...new Set([...pages, ...fromRoutes])].sort();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lines that write an internal URL: a quote or backtick directly followed by "/<segment>", or an
 * href/action/src attribute or property whose literal value starts with "/" (which also catches
 * href="/"), unless it is a file in public/. Comment lines are skipped (they may name paths).
 */
function urlLiterals(file: string, text: string, segments: readonly string[]): string[] {
  const quoted = new RegExp(`["'\`]/(?:${segments.map(escape).join('|')})(?=[/?#"'\`.]|$)`);
  const attribute = /\b(?:href|action|src)\s*[=:]\s*\{?\s*["'`](\/[^"'`\s]*)/g;
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\/\*|\*|<!--)/.test(line)) return;
    const literalAttribute = [...line.matchAll(attribute)].some((m) => !PUBLIC_FILES.has(m[1]!));
    if (quoted.test(line) || literalAttribute) hits.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return hits;
}

describe('no internal URL is written out outside src/lib/site/routes.ts', () => {
  const segments = firstSegments();

  it('knows the site sections', () => {
    expect(segments).toEqual(
      expect.arrayContaining(['gemeenten', 'praktijkvoorbeelden', 'typen', 'zoekindex', 'selectie', 'data']),
    );
    expect(segments).toEqual(expect.arrayContaining(['zoek-gemeenten.json', 'rss.xml', 'aanmelden', 'vergelijk']));
  });

  it('finds literals in a sample (so the scan below can fail)', () => {
    const sample = [
      "const a = '/gemeenten/';",
      'el.href = `/praktijkvoorbeelden/${slug}/`;',
      '<a href="/methode/#regels">regels</a>',
      '<form action="/vergelijk/">',
      "fetch('/zoek-gemeenten.json')",
      '<a href="/">Kaart</a>',
      "{ href: '/over/', label: 'Over' }",
      'const url = `/zoekindex/kern-${hash}.json`;',
      // Not hits: a comment, a public file, prose, a regular expression, a lookalike segment.
      ' * the page /gemeenten/<slug>/ shows …',
      '<link rel="icon" href="/favicon.svg" />',
      'Het webadres wordt /praktijkvoorbeelden/<naam>/.',
      ".replace(/'/g, '')",
      "const x = '/typenlijst';",
    ].join('\n');
    expect(urlLiterals('sample.ts', sample, segments).map((h) => h.split(':')[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
  });

  it('finds none in src/', () => {
    const hits = walk(SRC).flatMap((file) => urlLiterals(relative('.', file), readFileSync(file, 'utf8'), segments));
    expect(hits, `Build these URLs with routes (src/lib/site/routes.ts):\n${hits.join('\n')}`).toEqual([]);
  });
});

/**
 * Accessibility (axe-core, WCAG 2.1 A/AA), CSP violations and script errors in Chromium, on ONE page
 * of each template and state, split over accessibility-content.e2e.ts and accessibility-tools.e2e.ts
 * so the two e2e workers share the work. Pages of one template share their markup, so scanning all of them
 * (≈ 550 with 200 cases) repeats the same findings slowly; likewise, on pages with long lists of
 * identical items (the map's 342 gemeenten, the case cards, the gemeente table) only the first items
 * are scanned. Every page is still crawled for broken links (./links.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

// The pages to scan, picked from the open data so they keep existing as content changes.
interface CaseRecord {
  slug: string;
  gemeenten: string[];
  participants: string[];
  sources: { urls: string[] }[];
}
interface GemeenteRecord {
  code: string;
  url: string;
}
const cases = JSON.parse(readFileSync('dist/data/praktijkvoorbeelden.json', 'utf8')) as CaseRecord[];
const gemeenten = JSON.parse(readFileSync('dist/data/gemeenten.json', 'utf8')) as GemeenteRecord[];
const withCases = new Set(cases.flatMap((c) => c.gemeenten));
const sourceCount = (c: CaseRecord) => c.sources.reduce((n, s) => n + 1 + s.urls.length, 0);
const mostSources = [...cases].sort((a, b) => sourceCount(b) - sourceCount(a))[0]!;
const withParticipants = cases.find((c) => c.participants.length > 0);
const gemeente = (slug: string) => gemeenten.find((g) => g.url === `/gemeenten/${slug}/`)!;
/** Amsterdam and Zaltbommel when they have cases and none (so one scan covers two states), else others. */
const withCase = withCases.has(gemeente('amsterdam').code)
  ? gemeente('amsterdam')
  : gemeenten.find((g) => withCases.has(g.code))!;
const withoutCase = withCases.has(gemeente('zaltbommel').code)
  ? gemeenten.find((g) => !withCases.has(g.code))!
  : gemeente('zaltbommel');

export interface Scan {
  name: string;
  path: string;
  /** A state to wait for (the page's script has run) or to bring about before scanning. */
  ready?: (page: Page) => Promise<unknown>;
  /** Repeated items left out after the first few (same markup; the scan would grow with the content). */
  exclude?: string;
}

const MAP_ITEMS = 'g.gemeenten > a:nth-child(n+21)';
const CASE_CARDS = '[data-results] > li:nth-child(n+7)';

/** Home, case list and pages, gemeente and type pages. */
export const CONTENT_SCANS: Scan[] = [
  {
    name: 'home, map with a gemeente panel open',
    path: '/',
    exclude: MAP_ITEMS,
    ready: async (p) => {
      await p.locator('a[data-code="GM1783"]').click();
      await p.locator('[data-map-panel]').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'case list',
    path: '/praktijkvoorbeelden/',
    exclude: CASE_CARDS,
    ready: (p) => p.waitForSelector('[data-search-form]:not([hidden])'),
  },
  {
    name: 'case list, nothing found, suggestions',
    path: '/praktijkvoorbeelden/?q=koningsdag&thema=arbeidsmigratie-en-huisvesting',
    exclude: CASE_CARDS,
    ready: (p) => p.waitForSelector('[data-empty]:not([hidden]) [data-suggestions] a'),
  },
  { name: 'case page with the most sources', path: `/praktijkvoorbeelden/${mostSources.slug}/` },
  ...(withParticipants
    ? [{ name: 'case page with participants', path: `/praktijkvoorbeelden/${withParticipants.slug}/` }]
    : []),
  { name: 'gemeente list', path: '/gemeenten/', exclude: 'tbody tr:nth-child(n+11)' },
  ...unique([
    { name: 'gemeente, named type', path: '/gemeenten/amsterdam/' },
    { name: 'gemeente, derived type', path: '/gemeenten/zaltbommel/' },
    { name: 'gemeente with cases', path: withCase.url },
    { name: 'gemeente without cases', path: withoutCase.url },
  ]),
  { name: 'gemeente, merged (Vijfheerenlanden)', path: '/gemeenten/vijfheerenlanden/' },
  { name: 'gemeente, long name (Súdwest-Fryslân)', path: '/gemeenten/sudwest-fryslan/' },
  { name: 'type overview', path: '/typen/' },
  { name: 'type page', path: '/typen/tuinbouw/', exclude: MAP_ITEMS },
];

/** Compare page, selection, submission form, text pages, 404. */
export const TOOL_SCANS: Scan[] = [
  {
    name: 'compare page',
    path: '/vergelijk/?typen=expat,tuinbouw',
    ready: (p) => p.waitForSelector('[data-compare-status]:not(:empty)'),
  },
  { name: 'selectie, empty', path: '/selectie/', ready: (p) => p.waitForSelector('[data-empty]:not([hidden])') },
  {
    name: 'selectie, shared link with an unknown slug',
    path: `/selectie/?ids=${cases[0]!.slug},${cases[1]!.slug},bestaat-niet`,
    ready: (p) => p.waitForSelector('[data-sheets] > li:nth-child(2)'),
  },
  {
    name: 'aanmelden, with the error summary',
    path: '/aanmelden/',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Controleer en maak het bestand' }).click();
      await p.locator('[data-error-summary]').waitFor({ state: 'visible' });
    },
  },
  { name: 'methode', path: '/methode/' },
  { name: 'over', path: '/over/' },
  { name: 'toegankelijkheid', path: '/toegankelijkheid/' },
  { name: 'open data', path: '/data/' },
  { name: '404', path: '/bestaat-niet/' },
];

/** Scans of one path merged into one, their names joined ("gemeente, named type; gemeente with cases"). */
function unique(scans: Scan[]): Scan[] {
  const byPath = new Map<string, Scan>();
  for (const s of scans) {
    const seen = byPath.get(s.path);
    byPath.set(s.path, seen ? { ...seen, name: `${seen.name}; ${s.name}` } : s);
  }
  return [...byPath.values()];
}

export function scanPages(scans: readonly Scan[]): void {
  describe('accessibility (axe-core, WCAG 2.1 A/AA), CSP and script errors: one page per template and state', () => {
    let page: Page;
    let close: () => Promise<void>;
    const problems: string[] = [];

    beforeAll(async () => {
      const browser = await launchBrowser();
      const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
      page = await context.newPage();
      page.on('console', (msg) => {
        if (msg.type() === 'error' && /Content.Security.Policy/i.test(msg.text()))
          problems.push(`CSP violation: ${msg.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
      close = () => browser.close();
    });
    afterAll(() => close?.());

    it.each(scans)('$name ($path)', async ({ path, ready, exclude }) => {
      problems.length = 0;
      const response = await page.goto(inject('baseUrl') + path);
      expect(response?.status()).toBe(path === '/bestaat-niet/' ? 404 : 200);
      await ready?.(page);
      // Legacy mode runs axe.run() in the page itself; the default opens a second, blank page per scan
      // and injects axe-core there again to merge per-frame results. The site has no frames.
      const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode();
      if (exclude) axe.exclude(exclude);
      const result = await axe.analyze();
      for (const v of result.violations) {
        problems.push(
          `${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        );
      }
      // axe really ran: it reports the rules that passed as well.
      expect(result.passes.length).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    });
  });
}

/**
 * Links: a crawl over every page of the built site from "/" (Node, no browser), checking internal
 * links and anchors and listing the external links. Accessibility: ./accessibility.e2e.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { crawlSite, type CrawlResult } from './crawl';

let crawl: CrawlResult;

beforeAll(async () => {
  crawl = await crawlSite(inject('baseUrl'), ['/', '/404.html']);
}, 120_000);

describe('links', () => {
  it('reaches every page type from the home page', () => {
    const has = (prefix: string) => crawl.pages.some((p) => p.startsWith(prefix));
    expect(crawl.pages).toContain('/');
    for (const prefix of [
      '/gemeenten/',
      '/praktijkvoorbeelden/',
      '/typen/',
      '/vergelijk/',
      '/methode/',
      '/over/',
      '/toegankelijkheid/',
      '/data/',
      '/aanmelden/',
    ]) {
      expect(has(prefix), `no page under ${prefix}`).toBe(true);
    }
    expect(crawl.pages.filter((p) => /^\/gemeenten\/[^/]+\/$/.test(p))).toHaveLength(342);
  });

  it('has no broken internal link or anchor', () => {
    const report = crawl.broken.map((b) => `${b.from} → ${b.href}: ${b.reason}`);
    expect(report).toEqual([]);
  });

  it('lists external source links in a report (not fetched)', () => {
    mkdirSync('test-results', { recursive: true });
    const lines = [...crawl.external.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, pages]) => `${url}\t${[...pages].sort().join(' ')}`);
    writeFileSync('test-results/external-links.tsv', `url\tpages\n${lines.join('\n')}\n`);
    expect(lines.length).toBeGreaterThan(10);
  });
});

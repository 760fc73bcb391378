import { mkdirSync, writeFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { crawlSite, type CrawlResult } from './crawl';

let crawl: CrawlResult;

beforeAll(async () => {
  crawl = await crawlSite(inject('baseUrl'), ['/', '/404.html']);
}, 120_000);

describe('links', () => {
  it('reaches every page type from the home page', () => {
    const has = (prefix: string) => crawl.pages.some((p) => p.startsWith(prefix));
    expect(crawl.pages).toContain('/');
    for (const prefix of ['/gemeenten/', '/praktijkvoorbeelden/', '/methode/', '/over/', '/toegankelijkheid/']) {
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

describe('accessibility (axe-core, WCAG 2.1 A/AA) and CSP on every page', () => {
  it('finds no axe violations, no CSP violations and no script errors', async () => {
    const browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    const problems: string[] = [];
    const pages = crawl.pages;
    const workers = 3;
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const page = await context.newPage();
        let current = '';
        page.on('console', (msg) => {
          if (msg.type() === 'error' && /Content.Security.Policy/i.test(msg.text())) problems.push(`${current}: CSP violation: ${msg.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`${current}: script error: ${e.message}`));
        while (next < pages.length) {
          const path = pages[next++]!;
          current = path;
          await page.goto(inject('baseUrl') + path);
          const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
          for (const v of result.violations) {
            problems.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          }
        }
        await page.close();
      }),
    );
    await browser.close();
    console.log(`axe: ${pages.length} pages scanned, ${problems.length} violations`);
    expect(problems).toEqual([]);
    // A guard against a hang, not a time budget: on a loaded 2-core machine 400+ pages take 10–20 minutes.
  }, 1_800_000);
});

import { describe, expect, it } from 'vitest';
import { measurePage } from '../../scripts/lib/page-sizes';

// Size budgets (issue 5 and 9): checked on the built files, not timed.
const KB = 1024;

describe('performance budgets (gzip bytes of the built site)', () => {
  it('map page: ≤ 120 KB HTML including the inline SVG, ≤ 50 KB JavaScript in total', () => {
    const map = measurePage('dist', '/');
    console.log(
      `map page: HTML ${(map.htmlGzip / KB).toFixed(1)} KB, JS ${(map.jsGzip / KB).toFixed(1)} KB, CSS ${(map.cssGzip / KB).toFixed(1)} KB gzip`,
    );
    expect(map.jsFiles.length).toBeGreaterThan(0);
    expect(map.htmlGzip).toBeLessThanOrEqual(120 * KB);
    expect(map.jsGzip).toBeLessThanOrEqual(50 * KB);
  });

  it('content pages stay light: ≤ 40 KB HTML, ≤ 30 KB JS, ≤ 20 KB CSS', () => {
    for (const path of ['/gemeenten/westland/', '/methode/', '/over/']) {
      const page = measurePage('dist', path);
      expect(page.htmlGzip, `${path} HTML`).toBeLessThanOrEqual(40 * KB);
      expect(page.jsGzip, `${path} JS`).toBeLessThanOrEqual(30 * KB);
      expect(page.cssGzip, `${path} CSS`).toBeLessThanOrEqual(20 * KB);
    }
  });
});

/**
 * Checks on every built file, read from dist/ without a browser (fast at any number of pages):
 * no word glued to a link or inline element, and no localhost address in any output of a build with
 * SITE_URL set (npm test builds that way: npm run build:test).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGluedText } from '../helpers/built-text';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith('.') ? [] : files(path);
    return [path];
  });
}

const all = files('dist');
const html = all.filter((f) => f.endsWith('.html'));

describe('built output', () => {
  it('has pages', () => {
    expect(html.length).toBeGreaterThan(100);
  });

  it('no page glues a word to a link or inline element', () => {
    const glued = html.flatMap((f) => findGluedText(readFileSync(f, 'utf8')).map((g) => `${f}: ${g}`));
    expect(glued).toEqual([]);
  });

  it('no file mentions localhost (SITE_URL is set for this build)', () => {
    const text = all.filter((f) => /\.(html|xml|json|csv|txt|js|css|webmanifest)$/.test(f));
    expect(text.filter((f) => readFileSync(f, 'utf8').includes('localhost'))).toEqual([]);
  });
});

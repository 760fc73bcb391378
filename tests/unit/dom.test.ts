import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { $ } from '../../src/lib/site/dom';

const found = { id: 'found' };
const root = {
  localName: 'case-search',
  querySelector: (selector: string) => (selector === '[data-q]' ? found : null),
} as unknown as ParentNode;

describe('$', () => {
  it('returns the element', () => {
    expect($(root, '[data-q]')).toBe(found);
  });

  it('throws naming the element and the selector when the markup lacks it', () => {
    expect(() => $(root, '[data-missing]')).toThrow('case-search: missing [data-missing]');
  });
});

/** A definition of a $-style helper: parameters with types, which calls never have. */
const DEFINITION = /\$\s*(?:<[^(]*>)?\(\s*\w+\s*:\s*(?:string|ParentNode)/;

describe('one $ helper', () => {
  it('recognises a definition, not a call', () => {
    expect(DEFINITION.test('  $(selector: string): HTMLElement {')).toBe(true);
    expect(DEFINITION.test('function $<T extends Element>(root: ParentNode, selector: string) {')).toBe(true);
    expect(DEFINITION.test("    const list = $(this, '[data-error-list]');")).toBe(false);
    expect(DEFINITION.test("$<HTMLInputElement>(this, '[data-q]').value")).toBe(false);
  });

  it('is defined only in src/lib/site/dom.ts', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .map((f) => join('src', f))
      .filter((f) => /\.(ts|astro|mjs)$/.test(f) && !f.startsWith(join('src', 'generated')));
    const defining = files.filter((f) => DEFINITION.test(readFileSync(f, 'utf8')));
    expect(defining).toEqual([join('src', 'lib', 'site', 'dom.ts')]);
  });
});

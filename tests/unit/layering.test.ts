/**
 * The folder layout is the architecture (docs/architecture.md): reports in bench/ may use the test
 * helpers, but nothing imports a benchmark; pure modules in src/lib never import Astro or an adapter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mts|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!);
}

function offenders(dirs: string[], forbidden: RegExp): string[] {
  return dirs.flatMap(files).flatMap((f) =>
    importsOf(readFileSync(f, 'utf8'))
      .filter((i) => forbidden.test(i))
      .map((i) => `${f}: ${i}`),
  );
}

describe('layering', () => {
  it('reads import paths (static, re-export, dynamic)', () => {
    expect(
      importsOf(
        "import { a } from '../../bench/x';\nexport { b } from './y';\nconst c = await import('astro:content');",
      ),
    ).toEqual(['../../bench/x', './y', 'astro:content']);
  });

  it('nothing in src/, scripts/ or tests/ imports from bench/', () => {
    expect(offenders(['src', 'scripts', 'tests'], /(^|\/)bench\//)).toEqual([]);
  });

  it('src/lib imports neither astro:* nor the adapters', () => {
    expect(offenders(['src/lib'], /^astro:|\/adapters\//)).toEqual([]);
  });
});

/**
 * Size accounting for the built site: gzip bytes of a page's HTML, of the JavaScript it loads
 * (module scripts and everything they import, transitively) and of its stylesheets.
 * Used by the budget test (tests/e2e/budgets.e2e.ts) and the size report (npm run bench:sizes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageSizes {
  path: string;
  htmlGzip: number;
  jsGzip: number;
  cssGzip: number;
  jsFiles: string[];
}

export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

function htmlFile(distDir: string, path: string): string {
  const file = path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`No built page for ${path} (${file}). Fix: run npm run build first.`);
  return file;
}

const IMPORT = /(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']|import\(\s*["']([^"']+\.js)["']\s*\)/g;

/** All JS files a module pulls in, itself included (static and dynamic imports). */
function moduleGraph(distDir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    const target = spec.startsWith('/') ? join(distDir, spec) : resolve(dirname(entry), spec);
    if (existsSync(target)) moduleGraph(distDir, target, seen);
  }
  return seen;
}

export function measurePage(distDir: string, path: string): PageSizes {
  const html = readFileSync(htmlFile(distDir, path), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => join(distDir, m[1]!));
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
  const files = new Set<string>();
  for (const s of scripts) moduleGraph(distDir, s, files);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => join(distDir, m[1]!));
  return {
    path,
    htmlGzip: gzipBytes(html),
    jsGzip:
      [...files].reduce((n, f) => n + gzipBytes(readFileSync(f)), 0) + inline.reduce((n, c) => n + gzipBytes(c), 0),
    cssGzip: styles.reduce((n, f) => n + gzipBytes(readFileSync(f)), 0),
    jsFiles: [...files].map((f) => relative(distDir, f)),
  };
}

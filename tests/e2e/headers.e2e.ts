/**
 * The production web server configuration (deploy/nginx/praktijkatlas.conf), over HTTP against the
 * nginx that the global setup starts: security headers, compression, caching, 404 page and directory
 * index. Plain HTTP requests, no browser: the other e2e files already load every kind of page in
 * Chromium through this server, so a header that broke a page would fail them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { metaCsp, parseCsp } from '../../scripts/lib/nginx-config';

const nginx = inject('server') === 'nginx';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET without any decoding, so the test sees the bytes on the wire. */
function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = request(new URL(path, inject('baseUrl')), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

const header = (r: Raw, name: string) => String(r.headers[name] ?? '');
const maxAge = (r: Raw) => Number(/max-age=(\d+)/.exec(header(r, 'cache-control'))?.[1] ?? NaN);

/** A hashed build asset of the home page, e.g. /_astro/index.BXw1d2.css. */
function hashedAsset(ext: 'js' | 'css'): string {
  const file = readdirSync('dist/_astro').find((f) => f.endsWith(`.${ext}`) && /[.-][\w-]{8}\.\w+$/.test(f));
  if (!file) throw new Error(`no hashed .${ext} file in dist/_astro`);
  return `/_astro/${file}`;
}

describe('production web server (nginx)', () => {
  it('runs against nginx in CI, where .ci/run installs it', () => {
    if (process.env.CI) expect(inject('server')).toBe('nginx');
  });

  describe.skipIf(!nginx)('headers, compression, caching and errors', () => {
    it('sends the page’s own Content-Security-Policy as a header, plus frame-ancestors and the other security headers', async () => {
      for (const path of [
        '/',
        '/aanmelden/',
        '/data/',
        '/_astro/' + hashedAsset('css').split('/').pop(),
        '/bestaat-niet/',
      ]) {
        const r = await get(path);
        const csp = new Map(parseCsp(header(r, 'content-security-policy')));
        const meta = parseCsp(metaCsp(readFileSync('dist/index.html', 'utf8')) ?? '');
        expect(meta.length).toBeGreaterThan(4);
        for (const [name, value] of meta) expect(csp.get(name), `${path}: ${name}`).toBe(value);
        expect(csp.get('frame-ancestors')).toBe("'none'");
        expect(csp.get('script-src')).not.toContain('unsafe-inline');
        expect(header(r, 'x-content-type-options')).toBe('nosniff');
        expect(header(r, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
        expect(header(r, 'strict-transport-security')).toMatch(/^max-age=(\d+); includeSubDomains$/);
        expect(
          maxAge({ ...r, headers: { 'cache-control': header(r, 'strict-transport-security') } }),
        ).toBeGreaterThanOrEqual(31_536_000);
        expect(header(r, 'x-frame-options')).toBe('DENY');
        expect(header(r, 'server')).toBe('nginx'); // server_tokens off: no version
      }
    });

    it('compresses HTML, JS, CSS and CSV with gzip when asked, and sends them plain otherwise', async () => {
      const files: [string, string, RegExp][] = [
        ['/', 'dist/index.html', /^text\/html; charset=utf-8$/],
        [hashedAsset('js'), `dist${hashedAsset('js')}`, /^(text|application)\/javascript; charset=utf-8$/],
        [hashedAsset('css'), `dist${hashedAsset('css')}`, /^text\/css; charset=utf-8$/],
        ['/data/gemeenten.csv', 'dist/data/gemeenten.csv', /^text\/csv; charset=utf-8$/],
      ];
      for (const [path, file, type] of files) {
        const original = readFileSync(file);
        const zipped = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
        expect(zipped.status, path).toBe(200);
        expect(header(zipped, 'content-type'), path).toMatch(type);
        expect(header(zipped, 'content-encoding'), path).toBe('gzip');
        expect(header(zipped, 'vary'), path).toMatch(/Accept-Encoding/i);
        expect(gunzipSync(zipped.body).equals(original), path).toBe(true);
        const ratio = zipped.body.length / original.length;
        console.log(
          `[headers] ${path}: ${original.length} B → ${zipped.body.length} B gzip (${(ratio * 100).toFixed(1)} %)`,
        );
        if (original.length > 10_000) expect(ratio, path).toBeLessThan(0.5);

        const plain = await get(path);
        expect(header(plain, 'content-encoding'), path).toBe('');
        expect(plain.body.equals(original), path).toBe(true);
      }
    });

    it('caches hashed /_astro/ files for a year as immutable, and pages and data for minutes only', async () => {
      for (const asset of [hashedAsset('js'), hashedAsset('css')]) {
        const r = await get(asset);
        expect(header(r, 'cache-control'), asset).toContain('immutable');
        expect(maxAge(r), asset).toBeGreaterThanOrEqual(31_536_000);
      }
      for (const path of ['/', '/gemeenten/westland/', '/data/gemeenten.json', '/favicon.svg']) {
        const r = await get(path);
        expect(r.status, path).toBe(200);
        expect(header(r, 'cache-control'), path).not.toContain('immutable');
        expect(maxAge(r), path).toBeLessThanOrEqual(600);
        expect(header(r, 'etag') || header(r, 'last-modified'), path).not.toBe('');
      }
    });

    it('answers an unknown path with status 404 and the site’s own 404 page', async () => {
      const page404 = readFileSync('dist/404.html');
      for (const path of ['/bestaat-niet/', '/gemeenten/atlantis/', '/_astro/weg.js', '/404.html']) {
        const r = await get(path);
        expect(r.status, path).toBe(404);
        expect(header(r, 'content-type'), path).toMatch(/^text\/html/);
        expect(r.body.equals(page404), path).toBe(true);
        expect(header(r, 'content-security-policy'), path).toContain("frame-ancestors 'none'");
      }
      expect(page404.toString()).toContain('<html lang="nl"');
    });

    it('serves the Excel files with their media type, uncompressed (xlsx is already a zip)', async () => {
      for (const name of ['gemeenten', 'praktijkvoorbeelden']) {
        const r = await get(`/data/${name}.xlsx`, { 'accept-encoding': 'gzip' });
        expect(r.status).toBe(200);
        expect(header(r, 'content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        expect(header(r, 'content-encoding')).toBe('');
        expect(r.body.equals(readFileSync(`dist/data/${name}.xlsx`))).toBe(true);
      }
    });

    it('serves /pad/ from /pad/index.html and redirects /pad to /pad/ on the same host', async () => {
      const r = await get('/over/');
      expect(r.status).toBe(200);
      expect(r.body.equals(readFileSync('dist/over/index.html'))).toBe(true);
      const redirect = await get('/over');
      expect(redirect.status).toBe(301);
      expect(header(redirect, 'location')).toBe('/over/');
    });
  });
});

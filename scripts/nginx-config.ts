/**
 * Write the production nginx configuration for a built site: deploy/nginx/praktijkatlas.conf with the
 * listen address, root, temp folder and the site's Content-Security-Policy filled in. The Dockerfile runs it.
 *
 *   npm run nginx:config -- --dist dist --root /usr/share/nginx/html --listen 8080 --temp /tmp/nginx --out nginx.conf
 *
 * --dist is where the built site is now (its CSP is read from index.html); --root is where nginx will find it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderNginxConfig } from './lib/nginx-config';
import { NGINX_TEMPLATE, cspForSite } from './serve-nginx';

const arg = (name: string, fallback?: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) {
    console.error(
      `Missing --${name}. Usage: npm run nginx:config -- --dist dist --root /usr/share/nginx/html --listen 8080 --temp /tmp/nginx --out nginx.conf`,
    );
    process.exit(2);
  }
  return value;
};

const dist = resolve(arg('dist', 'dist'));
const config = renderNginxConfig(readFileSync(NGINX_TEMPLATE, 'utf8'), {
  listen: arg('listen', '8080'),
  root: arg('root', dist),
  temp: arg('temp', '/tmp/nginx'),
  csp: cspForSite(dist),
});
const out = arg('out');
writeFileSync(out, config);
console.log(`Wrote ${out}`);

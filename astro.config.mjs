// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { JS_FLAG_SCRIPT } from './src/lib/early-script.mjs';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { dropUnsafeMarkdown } from './src/lib/markdown-safety.ts';

// SITE_URL is the public origin the site is deployed at (used for canonical links, sitemap, feed).
// Without it the build uses localhost, which is right for local previews and tests.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
  },
  // /sitemap-index.xml + /sitemap-0.xml list every page with absolute URLs from `site` (404 left out).
  integrations: [sitemap()],
  // Case texts may not contain HTML or unsafe links; the validator rejects them with a message, and the
  // renderer drops them as well (defence in depth). See src/lib/markdown-safety.ts.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [dropUnsafeMarkdown] }) },
  devToolbar: { enabled: false },
  // A Content-Security-Policy <meta> on every page: scripts only from this site (hashes for any
  // inline script Astro emits), no 'unsafe-inline' for scripts. See docs/adr/0005-content-security-policy.md.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        hashes: [`sha256-${createHash('sha256').update(JS_FLAG_SCRIPT).digest('base64')}`],
      },
    },
  },
});

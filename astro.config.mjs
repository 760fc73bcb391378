// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import { JS_FLAG_SCRIPT } from './src/lib/site/early-script.mjs';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { dropUnsafeMarkdown } from './src/lib/cases/markdown-safety.ts';

import { readSiteConfig } from './src/lib/site/site-config-env.mjs';

// SITE_URL and the contact come from the environment, validated in one place (src/lib/site/site-config-env.mjs).
// Without SITE_URL nothing absolute is written: no canonical links, no sitemap, site-relative URLs elsewhere.
const { config: siteConfig, notices } = readSiteConfig(process.env);
for (const notice of notices) console.warn(`[site-config] ${notice}`);

export default defineConfig({
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    plugins: [tailwindcss()],
  },
  // /sitemap-index.xml + /sitemap-0.xml list every page with absolute URLs from `site` (404 left out);
  // only when SITE_URL is set, since a sitemap needs absolute URLs.
  integrations: siteConfig.siteUrl ? [sitemap({ filter: (page) => !page.endsWith('/404/') })] : [],
  // Case texts may not contain HTML or unsafe links; the validator rejects them with a message, and the
  // renderer drops them as well (defence in depth). See src/lib/cases/markdown-safety.ts.
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

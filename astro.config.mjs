// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

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
  devToolbar: { enabled: false },
});

import { defineConfig } from 'vitest/config';

// End-to-end tests: the built site (dist/) served on a free localhost port, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file; two files at a time fits the 2-core machines.
    maxWorkers: 2,
  },
});

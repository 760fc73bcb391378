import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Loading and validating the real cases takes seconds on a busy 2-core machine; the defaults
    // (5 s per test, 10 s per hook) then fail tests that are only slow. No test is timed.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

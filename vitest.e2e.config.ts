import { defineConfig } from 'vitest/config';

// Browser journeys: one spec per journey, run against the built app in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    setupFiles: ['test/setup/fail-on-console-error.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});

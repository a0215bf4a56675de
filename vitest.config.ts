import { defineConfig } from 'vitest/config';

// Tests run in a fixed time zone so dates never depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/data/**/*.test.ts'],
        },
      },
      {
        // Checks on the built dist/ that need no browser (links, page weight, markup).
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Each check reads every built page; on a loaded machine that takes seconds, not a verdict.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

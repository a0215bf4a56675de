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
          // Each test reads every built page (the filter pages make well over a thousand); on a
          // loaded two-core machine that takes far longer than Vitest's default 5 s.
          testTimeout: 300_000,
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

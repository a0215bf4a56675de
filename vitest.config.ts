import { defineConfig } from 'vitest/config';

// Tests run in a fixed time zone so dates never depend on the machine.
process.env.TZ = 'UTC';

// Budgets sized for a loaded 2-core machine (two copies of the suite at once): a time limit here catches a
// hang, never slowness. Vitest's default of 5 s failed whole-corpus and whole-site checks under load.
const UNIT_MS = 120_000;
const SITE_MS = 300_000;
const BROWSER_MS = 180_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/data/**/*.test.ts'],
          testTimeout: UNIT_MS,
          hookTimeout: UNIT_MS,
        },
      },
      {
        // Checks on the built dist/ that need no browser (links, page weight, markup).
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: SITE_MS,
          hookTimeout: SITE_MS,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: BROWSER_MS,
          hookTimeout: BROWSER_MS,
          // expect.poll waits for a state (a tooltip shown, "Copied"); its default of 1 s is a speed limit.
          expect: { poll: { timeout: 60_000 } },
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});

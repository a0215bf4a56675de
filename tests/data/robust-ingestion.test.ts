import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import type { PropertyName, PropertyRequest } from './ingestion-property.ts';

// Robust ingestion: fast-check mutates the seeds (truncated, lines shuffled, stray tabs, broken
// tables, invalid UTF-8, empty files, a mix of all) and the pure pipeline must either account
// for 100% of the characters or throw a SourceError naming `<file>:<line>:` — never another
// exception. Each property runs in a worker thread with a bounded number of runs and a time
// limit, so a parser caught in a loop fails the test, naming the input, instead of hanging it.
const RUNS = Number(process.env.FC_RUNS ?? 60);
const TIME_LIMIT_MS = 180_000;
/** Fixed, so a failure reproduces; FC_SEED=<n> FC_RUNS=<n> explore other inputs. */
const SEED = Number(process.env.FC_SEED ?? 20261123);

interface Result {
  outcomes: { accounted: number; 'source-error': number };
  failure: string | null;
}

function runProperty(name: PropertyName): Promise<Result> {
  const request: PropertyRequest = { name, numRuns: RUNS, seed: SEED };
  const worker = new Worker(new URL('./ingestion-property.ts', import.meta.url), { workerData: request });
  let running = '(no input yet)';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${name}: no answer within ${TIME_LIMIT_MS} ms; last input: ${running}`));
    }, TIME_LIMIT_MS);
    worker.on('message', (m: { running?: string } & Partial<Result> & { done?: boolean }) => {
      if (m.running) running = m.running;
      if (m.done) {
        clearTimeout(timer);
        void worker.terminate();
        resolve({ outcomes: m.outcomes!, failure: m.failure ?? null });
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('robust ingestion of mutated seeds', () => {
  const properties: PropertyName[] = [
    'truncate',
    'shuffle-lines',
    'stray-tabs',
    'malformed-tables',
    'invalid-utf8',
    'empty-files',
    'mixed',
  ];
  for (const name of properties) {
    test(
      `${name}: every character accounted for, or a file:line SourceError`,
      { timeout: TIME_LIMIT_MS + 10_000 },
      async () => {
        const { outcomes, failure } = await runProperty(name);
        expect(failure).toBeNull();
        expect(outcomes.accounted + outcomes['source-error']).toBeGreaterThanOrEqual(RUNS);
        // Each property reaches the outcome it is about.
        if (name === 'invalid-utf8' || name === 'empty-files') expect(outcomes.accounted).toBe(0);
        if (name === 'shuffle-lines' || name === 'stray-tabs') expect(outcomes.accounted).toBeGreaterThan(0);
      },
    );
  }
});

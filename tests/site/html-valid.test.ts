import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST } from '../support/dist.ts';

// Every built page passes the Nu Html Checker (npm vnu-jar, run on the machine's Java) with
// zero errors. The checker takes many files per run, so the site is checked in a few JVM runs,
// one per core.
const VNU = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
const pages = builtPages();
/** Two cores: two JVMs, each checking half the pages. */
const BATCHES = 2;

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Runs the checker on some pages of dist/ and returns its error messages. */
function check(files: readonly string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files],
      { cwd: DIST },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`vnu exited with ${code}: ${err.slice(0, 500)}`));
      try {
        resolve(
          (JSON.parse(out) as { messages: VnuMessage[] }).messages.filter(
            (m) => m.type === 'error' || m.subType === 'fatal',
          ),
        );
      } catch (error) {
        reject(new Error(`vnu gave no JSON: ${String(error)}\n${out.slice(0, 500)}${err.slice(0, 500)}`));
      }
    });
  });
}

describe('HTML validity', () => {
  // The filter pages (issue #17) took the site past 1,600 pages: on a loaded machine this takes minutes.
  test('every built page passes the Nu Html Checker with zero errors', { timeout: 1_200_000 }, async () => {
    const size = Math.ceil(pages.length / BATCHES);
    const batches = Array.from({ length: BATCHES }, (_, i) => pages.slice(i * size, (i + 1) * size)).filter(
      (b) => b.length,
    );
    const messages = (await Promise.all(batches.map(check))).flat();
    const page = (url: string) => relative(DIST, decodeURIComponent(url.replace(/^file:/u, '')));
    const extract = (m: (typeof messages)[number]) => (m.extract ?? '').replace(/\s+/gu, ' ').trim();
    const problems = messages.map((m) => `${page(m.url)}:${m.lastLine ?? '?'}: ${m.message} [${extract(m)}]`);
    expect(problems.slice(0, 30), `${problems.length} errors`).toEqual([]);
  });
});

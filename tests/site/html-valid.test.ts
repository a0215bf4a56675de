import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Every built page passes the Nu Html Checker (npm vnu-jar, run on the machine's Java) with
// zero errors. The checker takes many files per run, so the site is checked in a few JVM runs,
// one per core.
const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const VNU = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
const pages = existsSync(DIST) ? (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).sort() : [];
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
    const child = spawn('java', ['-Xss4m', '-jar', VNU, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files], { cwd: DIST });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`vnu exited with ${code}: ${err.slice(0, 500)}`));
      try {
        resolve((JSON.parse(out) as { messages: VnuMessage[] }).messages.filter((m) => m.type === 'error' || m.subType === 'fatal'));
      } catch (error) {
        reject(new Error(`vnu gave no JSON: ${String(error)}\n${out.slice(0, 500)}${err.slice(0, 500)}`));
      }
    });
  });
}

describe.skipIf(pages.length === 0 || !existsSync(VNU))('HTML validity', () => {
  // Two JVMs over ~1,800 pages: a budget sized for a loaded 2-core machine, not for speed.
  test('every built page passes the Nu Html Checker with zero errors', { timeout: 1_200_000 }, async () => {
    const size = Math.ceil(pages.length / BATCHES);
    const batches = Array.from({ length: BATCHES }, (_, i) => pages.slice(i * size, (i + 1) * size)).filter((b) => b.length);
    const messages = (await Promise.all(batches.map(check))).flat();
    const problems = messages.map((m) => `${relative(DIST, decodeURIComponent(m.url.replace(/^file:/u, '')))}:${m.lastLine ?? '?'}: ${m.message} [${(m.extract ?? '').replace(/\s+/gu, ' ').trim()}]`);
    expect(problems.slice(0, 30), `${problems.length} errors`).toEqual([]);
  });
});

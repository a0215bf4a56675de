/**
 * Lighthouse (npm `lighthouse`, its default mobile preset with simulated throttling) on
 * Debian's Chromium, one fresh browser per run; the four category scores of the run with the
 * median performance score, and the audits that kept a category below 100. Lighthouse runs as a
 * child process, asynchronously: the site's server lives in this process and must keep answering.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../tests/support/browser.ts';

export interface LighthouseRow {
  page: string;
  path: string;
  scores: { performance: number; accessibility: number; 'best-practices': number; seo: number };
  /** Audits scored below 1 that count towards a category. */
  failing: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const FLAGS = [
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run',
  '--disable-background-networking --disable-component-update --disable-sync',
].join(' ');

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { id: string; score: number | null; title: string }>;
}

/** Runs the Lighthouse CLI on one URL; resolves with its JSON report. */
function run(root: string, url: string): Promise<Lhr> {
  const args = [
    join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as Lhr)
        : reject(new Error(`lighthouse ${url} failed (${code}):\n${err.slice(-2000)}`)),
    );
  });
}

/** Scores each page `runs` times and keeps the run with the median performance score. */
export async function lighthouse(
  root: string,
  baseUrl: string,
  pages: readonly { page: string; path: string }[],
  runs: number,
): Promise<LighthouseRow[]> {
  const rows: LighthouseRow[] = [];
  for (const { page, path } of pages) {
    const reports: Lhr[] = [];
    for (let r = 0; r < runs; r++) reports.push(await run(root, baseUrl + path));
    reports.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
    const lhr = reports[reports.length >> 1]!;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as LighthouseRow['scores'];
    const weighted = new Set(
      CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []),
    );
    const failing = Object.values(lhr.audits)
      .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => `${a.id} (${a.score})`);
    console.error(`bench: lighthouse ${path}: ${CATEGORIES.map((c) => scores[c]).join(' / ')}`);
    rows.push({ page, path, scores, failing });
  }
  return rows;
}

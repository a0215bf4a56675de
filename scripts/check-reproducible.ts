/**
 * Reproducible build check: builds the site twice from scratch into two temporary folders
 * (`astro build --force --outDir`, then the Pagefind step on each) and compares every file
 * byte for byte. Prints each file that differs and exits 1 if any does.
 *
 *   node scripts/check-reproducible.ts
 *
 * Excluded from the comparison: nothing (see EXCLUDED). The two builds go to different paths on
 * purpose, so a build that writes its own location into a file is caught too. The one dated
 * input, the access date printed in citations (src/lib/citation/build-date.ts), is pinned to the
 * same day for both builds (BUILD_DATE: the caller's, else today), so a run across midnight is
 * not taken for a difference.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../src/lib/citation/build-date.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * Files allowed to differ between builds, each with the reason. Empty: every file of dist/,
 * the Pagefind index included, is a function of the sources.
 */
const EXCLUDED: readonly { pattern: RegExp; reason: string }[] = [];
const BUILD_DATE = process.env['BUILD_DATE'] ?? buildDate();

/**
 * The two builds run in time zones 25 hours apart (one side of the date line, then the other), so output
 * that depends on the zone (a zip entry's local time, a date printed from the clock) is a difference.
 */
const ZONES = ['Pacific/Kiritimati', 'Etc/GMT+11'] as const;

/** Runs a build step in a time zone, failing loudly with its output if it fails. */
function run(command: string, args: string[], tz: string): void {
  const env = { ...process.env, BUILD_DATE, TZ: tz, ASTRO_TELEMETRY_DISABLED: '1' };
  // Astro logs every page it writes: the default 1 MiB buffer would kill a build of a few thousand pages.
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) {
    const why = result.error ? ` (${result.error.message})` : '';
    console.error(`${command} ${args.join(' ')} failed${why}:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
}

/** A complete site build (astro, then the search index) into `outDir`, in time zone `tz`. */
function build(outDir: string, tz: string): void {
  const started = performance.now();
  run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], tz);
  run(process.execPath, [join(ROOT, 'scripts/build-search.ts'), '--dist', outDir], tz);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.error(`check-reproducible: built ${outDir} (TZ=${tz}) in ${seconds} s`);
}

const filesOf = (dir: string) =>
  new Set(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1)),
  );

/** Every difference between two builds: files only in one, and files whose bytes differ. */
export function compareBuilds(a: string, b: string): string[] {
  const inA = filesOf(a);
  const inB = filesOf(b);
  const problems: string[] = [];
  for (const file of [...new Set([...inA, ...inB])].sort()) {
    if (EXCLUDED.some((e) => e.pattern.test(file))) continue;
    if (!inA.has(file) || !inB.has(file)) {
      problems.push(`${file}: only in ${inA.has(file) ? 'the first' : 'the second'} build`);
      continue;
    }
    const x = readFileSync(join(a, file));
    const y = readFileSync(join(b, file));
    if (x.equals(y)) continue;
    let at = 0;
    while (at < x.length && x[at] === y[at]) at++;
    const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, at - 30), at + 50).toString('utf8'));
    problems.push(
      `${file}: differs from byte ${at} (${x.length} vs ${y.length} bytes)\n    ${around(x)}\n    ${around(y)}`,
    );
  }
  return problems;
}

function main(): void {
  const temp = mkdtempSync(join(tmpdir(), 'yearbook-repro-'));
  try {
    const first = join(temp, 'first');
    const second = join(temp, 'second');
    build(first, ZONES[0]);
    build(second, ZONES[1]);
    const problems = compareBuilds(first, second);
    const count = filesOf(second).size;
    if (problems.length) {
      console.error(
        `check-reproducible: ${problems.length} of ${count} files differ between two builds:` +
          `\n  ${problems.slice(0, 50).join('\n  ')}`,
      );
      process.exit(1);
    }
    console.error(
      `check-reproducible: two builds are byte-identical ` +
        `(${count} files${EXCLUDED.length ? `, ${EXCLUDED.length} patterns excluded` : ''})`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

/**
 * Runs a command as a child process and measures its wall time and peak memory. Peak memory is
 * the maximum resident set size reported by GNU time (`/usr/bin/time -v`), when the machine has it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Measured {
  ms: number;
  /** Peak resident memory in MiB, or null without /usr/bin/time. */
  peakMiB: number | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Measured {
  const [cmd, argv] = hasTime ? [TIME, ['-v', command, ...args]] : [command, [...args]];
  const started = performance.now();
  const result = spawnSync(cmd, argv, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):` +
        `\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`,
    );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(result.stderr)?.[1];
  return { ms, peakMiB: rss ? Number(rss) / 1024 : null, stdout: result.stdout, stderr: result.stderr };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export const maxOrNull = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v !== null) ? Math.max(...values.filter((v): v is number => v !== null)) : null;

import { readFileSync } from 'node:fs';
import pkg from '../../../package.json' with { type: 'json' };
import { parseChangelog, type ReleaseNote } from './changelog.ts';

/**
 * The data release: `version` in package.json is the release identifier every citation carries,
 * and CHANGELOG.md (repo root, newest release first) says when it was released and what it holds.
 * The build stops when the two disagree, so a citation never names a release the changelog lacks.
 */
export function readReleases(path = './CHANGELOG.md', version: string = pkg.version): ReleaseNote[] {
  const releases = parseChangelog(readFileSync(path, 'utf8'), path);
  const latest = releases[0];
  if (!latest || latest.version !== version) {
    throw new Error(
      `${path}: the newest release is ${latest?.version ?? 'missing'}, but package.json "version" is ${version}; ` +
        `add a changelog entry for ${version}`,
    );
  }
  return releases;
}

let cached: ReleaseNote[] | undefined;
/** All releases, newest first (read once per build). */
export const releases = (): ReleaseNote[] => (cached ??= readReleases());

/** The current release: `{ version, date }`. */
export function currentRelease(): { version: string; date: string } {
  const { version, date } = releases()[0]!;
  return { version, date };
}

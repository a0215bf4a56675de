import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { parseChangelog } from './changelog.ts';
import { readReleases } from './release.ts';

const SAMPLE = `# Changelog

Intro text is ignored.

## [0.2.0] - 2027-01-05

### English
- Fixed a figure.
- A long item that
  wraps onto a second line.

### 中文
- 修正一个数字。

## [0.1.0] - 2026-11-23

### English
- First release.

### 中文
- 首次发布。
`;

describe('parseChangelog', () => {
  test('reads releases newest first with their items in both languages', () => {
    expect(parseChangelog(SAMPLE)).toEqual([
      {
        version: '0.2.0',
        date: '2027-01-05',
        items: { en: ['Fixed a figure.', 'A long item that wraps onto a second line.'], zh: ['修正一个数字。'] },
      },
      { version: '0.1.0', date: '2026-11-23', items: { en: ['First release.'], zh: ['首次发布。'] } },
    ]);
  });
  test('names the line of a malformed release heading', () => {
    expect(() => parseChangelog('## 0.1.0 (2026)\n', 'CHANGELOG.md')).toThrow(
      'CHANGELOG.md:1: a release heading reads "## [x.y.z] - YYYY-MM-DD"',
    );
  });
  test('refuses a release without both languages', () => {
    expect(() => parseChangelog('## [0.1.0] - 2026-11-23\n### English\n- Only English.\n')).toThrow(
      /needs items under both/u,
    );
  });
});

describe('the repository changelog', () => {
  test('its newest release is package.json "version"', () => {
    const releases = readReleases(new URL('../../../CHANGELOG.md', import.meta.url).pathname);
    expect(releases[0]!.version).toBe(pkg.version);
    expect(readFileSync(new URL('../../../CHANGELOG.md', import.meta.url), 'utf8')).toContain(`## [${pkg.version}] - `);
  });
  test('a version without a changelog entry stops the build', () => {
    expect(() => readReleases(new URL('../../../CHANGELOG.md', import.meta.url).pathname, '9.9.9')).toThrow(
      /add a changelog entry for 9\.9\.9/u,
    );
  });
});

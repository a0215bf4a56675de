/**
 * Finds the three things `npm test` needs from the operating system and npm cannot provide:
 * Debian's Chromium (browser tests drive it; nothing downloads a browser), a Java runtime (the Nu Html
 * Checker of `vnu-jar`) and a CJK font (without one every Chinese glyph is a box, and layout checks measure
 * another page than readers see). When one is missing it installs them with apt-get if it runs as root,
 * else it stops at once and prints the one command to run.
 *
 *   node scripts/dev/system-requirements.ts            (the first step of `npm test`)
 *   node scripts/dev/system-requirements.ts --check    (never installs)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../tests/support/browser.ts';

interface Requirement {
  /** What the tests need it for, printed when it is missing. */
  what: string;
  /** The Debian package that provides it. */
  debian: string;
  present: () => boolean;
}

function succeeds(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0;
}

/** fontconfig lists a face covering Chinese; dpkg's record of the package is the fallback without fc-list. */
function hasCjkFont(): boolean {
  const fc = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (fc.status === 0) return fc.stdout.trim() !== '';
  const dpkg = spawnSync('dpkg-query', ['-W', '-f=${Status}', 'fonts-noto-cjk'], { encoding: 'utf8' });
  return dpkg.status === 0 && dpkg.stdout.endsWith(' installed');
}

export const REQUIREMENTS: Requirement[] = [
  {
    what: `Chromium at ${CHROMIUM_PATH} (browser tests)`,
    debian: 'chromium',
    present: () => existsSync(CHROMIUM_PATH),
  },
  {
    what: 'a Java runtime (the Nu Html Checker)',
    debian: 'default-jre-headless',
    present: () => succeeds('java', ['-version']),
  },
  { what: 'a CJK font (pages render as readers see them)', debian: 'fonts-noto-cjk', present: hasCjkFont },
];

function main(): void {
  const missing = REQUIREMENTS.filter((r) => !r.present());
  if (missing.length === 0) return;
  const packages = missing.map((r) => r.debian);
  for (const r of missing) console.error(`system-requirements: missing ${r.what}`);
  const isRoot = process.getuid?.() === 0;
  const canInstall = isRoot && !process.argv.includes('--check') && succeeds('apt-get', ['--version']);
  if (!canInstall) {
    console.error(
      `system-requirements: run this, then npm test again:\n\n  sudo apt-get install -y ${packages.join(' ')}\n`,
    );
    process.exit(1);
  }
  console.error(`system-requirements: installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (result.status !== 0) {
      console.error(`system-requirements: apt-get ${args[0]} failed; run: apt-get install -y ${packages.join(' ')}`);
      process.exit(1);
    }
  }
  const still = REQUIREMENTS.filter((r) => !r.present());
  if (still.length > 0) {
    console.error(`system-requirements: still missing after apt-get: ${still.map((r) => r.what).join('; ')}`);
    process.exit(1);
  }
}

main();

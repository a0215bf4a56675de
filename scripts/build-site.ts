/**
 * `npm run build`: the content check, `astro build` and the search index, into a temporary folder
 * beside dist/ that replaces dist/ only when every step has passed. A failed build leaves the last good
 * dist/ whole (Astro empties its output folder first, so building in place left a partial site).
 *   node scripts/build-site.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** Inside the project, so the swap is a rename on one file system. */
const NEXT = join(ROOT, '.dist-next');
const OLD = join(ROOT, '.dist-old');

/** Runs one step on this Node with the terminal's output; false when it fails. */
function step(script: string, args: string[]): boolean {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: 'inherit' });
  return result.status === 0;
}

function main(): number {
  rmSync(NEXT, { recursive: true, force: true });
  const ok =
    step('scripts/build-content.ts', ['--check']) &&
    step('node_modules/astro/bin/astro.mjs', ['build', '--outDir', NEXT]) &&
    step('scripts/build-search.ts', ['--dist', NEXT]);
  if (!ok) {
    rmSync(NEXT, { recursive: true, force: true });
    const kept = existsSync(join(DIST, 'index.html'))
      ? 'dist/ still holds the last good build'
      : 'dist/ was not changed';
    console.error(`build: failed; ${kept}`);
    return 1;
  }
  rmSync(OLD, { recursive: true, force: true });
  if (existsSync(DIST)) renameSync(DIST, OLD);
  renameSync(NEXT, DIST);
  rmSync(OLD, { recursive: true, force: true });
  return 0;
}

process.exit(main());

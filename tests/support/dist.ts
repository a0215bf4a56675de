import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The build the site and browser tests check: `DIST_DIR`, else the project's dist/. Always ends in a
 * slash so `${DIST}en` and `new URL(…, pathToFileURL(DIST))` both work.
 */
export const DIST = `${resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url)))}/`;

/**
 * Every file of the build, relative and sorted. Throws when there is no build, so a site test fails
 * (it would otherwise find no pages, define no tests and pass).
 */
export function builtFiles(): string[] {
  if (!existsSync(`${DIST}index.html`)) {
    throw new Error(`${DIST} holds no built site: run \`npm run build\` first (or set DIST_DIR to a build)`);
  }
  return (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).sort();
}

/** Every built HTML page, relative to DIST and sorted. */
export const builtPages = (): string[] => builtFiles().filter((f) => f.endsWith('.html'));

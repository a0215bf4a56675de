import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests run against the built site in dist/, served on a free loopback port. */
export default async function setup(project: TestProject) {
  // DIST_DIR serves another build (the default is the project's dist/).
  const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const { url, server } = await startStaticServer(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

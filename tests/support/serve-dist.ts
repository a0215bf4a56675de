import type { TestProject } from 'vitest/node';
import { builtFiles, DIST } from './dist.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Browser tests run against the built site (DIST_DIR, else dist/), served on a free loopback port. */
export default async function setup(project: TestProject) {
  builtFiles(); // throws, naming the folder, when there is no build
  const { url, server } = await startStaticServer(DIST);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

import type { APIRoute } from 'astro';
import { dataFiles, zipFiles } from './_lib/files.ts';

/** The whole dataset in one zip: every file of /data/ with README (zh, en), licence and citation. */
export const GET: APIRoute = async () => {
  const bytes = zipFiles(await dataFiles());
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};

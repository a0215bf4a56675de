import type { APIRoute } from 'astro';
import { contentType, dataFiles } from './_lib/files.ts';

/** Every file of the open-data package at a stable URL under /data/ (see _lib/resources.ts). */
export async function getStaticPaths() {
  const { files } = await dataFiles();
  return [...files.keys()].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const file = params['file']!;
  const text = (await dataFiles()).files.get(file);
  if (text === undefined) return new Response(null, { status: 404 });
  return new Response(text, { headers: { 'Content-Type': contentType(file) } });
};

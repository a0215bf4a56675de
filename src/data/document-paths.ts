import { getCollection } from 'astro:content';
import { LOCALES } from '../i18n/index.ts';

/** One page per source document and language, the document as its props: the reader and side by side. */
export async function documentPaths() {
  const entries = await getCollection('documents');
  return LOCALES.flatMap((lang) =>
    entries.map((entry) => ({ params: { lang, slug: entry.data.slug }, props: { doc: entry.data } })),
  );
}

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';

/** Source documents parsed by scripts/build-content.ts; the schema is the one the scripts use. */
const documents = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/documents' }),
  schema: documentSchema,
});

export const collections = { documents };

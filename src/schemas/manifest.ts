import { z } from 'zod';

/** A text in both site languages. `en` is the project's translation unless marked otherwise. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** 文献类型 — what kind of publication a source document is. */
export const documentKindSchema = z.enum(['yearbook-chapter', 'article', 'funding-call']);

/** One source document as described in `seeds/manifest.yaml`. */
export const manifestEntrySchema = z.object({
  /** Seed file name inside `seeds/`, unchanged from the shared originals. */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  /** SHA-256 of the file's bytes; the build refuses a seed that does not match. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** URL segment of the document's reader page; never changes once published. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  kind: documentKindSchema,
  /** `printed: false` means the source has no title and this one is supplied by the project. */
  title: bilingualSchema.extend({ printed: z.boolean() }),
  /** Years the document reports on, as read from its contents. */
  period: z.object({ from: z.number().int(), to: z.number().int() }).refine((p) => p.from <= p.to, 'period.from must not be after period.to'),
  /** Only what the text itself shows about where it comes from; null where it shows nothing. */
  origin: z.object({
    author: bilingualSchema.extend({ affiliation: bilingualSchema.optional() }).nullable(),
    byline: bilingualSchema.optional(),
    publication: bilingualSchema.nullable(),
    note: bilingualSchema,
  }),
});

export const manifestSchema = z.object({ documents: z.array(manifestEntrySchema).min(1) });

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

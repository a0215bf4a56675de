import { z } from 'zod';

/** A text in both site languages. `en` is the project's translation unless marked otherwise. */
export const bilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/**
 * 文献类型 — what kind of publication a source document is. Kinds are data
 * (`content/curated/document-kinds.yaml`), so a new kind of document needs no code change.
 */
export const documentKindSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  label: bilingualSchema,
  /** How citations print it: part of a host (chapter), an article in a journal, or a publication of its own. */
  citation: z.object({
    form: z.enum(['part', 'article', 'standalone']),
    gbt7714: z.string().regex(/^[A-Z]{1,2}$/),
    ris: z.string().regex(/^[A-Z]{2,6}$/),
    bibtex: z.string().regex(/^[a-z]+$/),
    csl: z.string().regex(/^[a-z-]+$/),
  }),
});
export type DocumentKind = z.infer<typeof documentKindSchema>;

/**
 * draft: published and marked, its open curation items reported, never blocking the build;
 * reviewed (the default): every curation gate must pass. A document is promoted by changing this.
 */
export const documentStatusSchema = z.enum(['draft', 'reviewed']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** One source document as described in `seeds/manifest.yaml`. */
export const manifestEntrySchema = z.object({
  /** Seed file name inside `seeds/`, unchanged from the shared originals. */
  file: z.string().regex(/^[\w.-]+\.(?:txt|md)$/),
  /** SHA-256 of the file's bytes; the build refuses a seed that does not match. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** URL segment of the document's reader page; never changes once published. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Id of an entry in content/curated/document-kinds.yaml. */
  kind: documentKindSchema.shape.id,
  /** Absent means reviewed. */
  status: documentStatusSchema.optional(),
  /**
   * `printed: false` means the source has no title and this one is supplied by the project.
   * `en: null` (drafts only) means not yet translated.
   */
  title: z.object({ zh: z.string().min(1), en: z.string().min(1).nullable(), printed: z.boolean() }),
  /** Years the document reports on, as read from its contents; null (drafts only) until an editor reads them. */
  period: z
    .object({ from: z.number().int(), to: z.number().int() })
    .refine((p) => p.from <= p.to, 'period.from must not be after period.to')
    .nullable(),
  /** Only what the text itself shows about where it comes from; null where it shows nothing. */
  origin: z.object({
    author: bilingualSchema.extend({ affiliation: bilingualSchema.optional() }).nullable(),
    byline: bilingualSchema.optional(),
    publication: bilingualSchema.nullable(),
    note: bilingualSchema,
  }),
});

export const manifestSchema = z.object({
  documents: z
    .array(
      manifestEntrySchema.superRefine((d, ctx) => {
        // What a draft may still lack, a reviewed document must have.
        if (d.status === 'draft') return;
        const lacks = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
        if (d.title.en === null) lacks(['title', 'en'], 'a reviewed document needs an English title');
        if (d.period === null) lacks(['period'], 'a reviewed document needs its period');
      }),
    )
    .min(1),
});

/** True for a document published as a draft: its curation gates report instead of failing. */
export const isDraft = (d: { status?: DocumentStatus | undefined }): boolean => d.status === 'draft';

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;
export type Manifest = z.infer<typeof manifestSchema>;

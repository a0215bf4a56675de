import { z } from 'zod';
import { glossaryEntrySchema, recordIdSchema } from './records.ts';

/** 机构 — an institution or company, with every record and passage that names it. */
export const organisationSchema = z.object({
  id: recordIdSchema,
  zh: z.string(),
  en: z.string(),
  official: z.boolean(),
  /** Where the English comes from (the glossary's `source`); absent when not recorded. */
  source: z.string().optional(),
  kind: glossaryEntrySchema.shape.kind,
  aliases: z.array(z.string()),
  /** The organisation it is a unit of (a college of a university, an institute of an academy), or null. */
  parent: recordIdSchema.nullable(),
  /** Records that name it: `platforms/<id>`, `cases/<id>`, `events/<id>`. */
  records: z.array(z.string()),
  /** Source passages that print any of its names. */
  mentions: z.array(z.object({ doc: z.string(), anchor: z.string() })),
});
export type Organisation = z.infer<typeof organisationSchema>;

import { z } from 'zod';
import { bilingualSchema } from './manifest.ts';
import { policyOverlaySchema, recordIdSchema, sourceRefSchema } from './records.ts';

/** 政策文件 — a document the sources cite: every printed title, its 文号, and where it is cited. */
export const policySchema = z.object({
  id: recordIdSchema,
  /** The main printed title (Chinese). */
  title: z.string(),
  /** Every title under which the sources cite it. */
  titles: z.array(z.string()),
  titleEn: z.string(),
  /** 文号 as printed, e.g. `新政发〔2018〕44号`, or null. */
  number: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: policyOverlaySchema.shape.kind,
  issuer: z.string().nullable(),
  note: bilingualSchema.nullable(),
  /** Every citation in the sources. */
  mentions: z.array(sourceRefSchema).min(1),
});
export type Policy = z.infer<typeof policySchema>;

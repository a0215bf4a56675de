import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'a lower-case, hyphenated id');

/**
 * 旧地址 — a record id that was published and then changed (ids derive from English names, which the
 * glossary review corrects). People cite permalinks, so `/{lang}/<section>/<from>/` stays as a page
 * that sends the reader to `/{lang}/<section>/<to>/` (content/curated/former-ids.yaml).
 */
export const formerIdSchema = z
  .object({
    /** The path segment of the record's pages: `organisations`, `platforms`, … */
    section: slug,
    /** The id that was published. */
    from: slug,
    /** The id the record has now. */
    to: slug,
    /** When the id changed (YYYY-MM-DD). */
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date YYYY-MM-DD'),
    /** Why the id changed (the renamed English name). */
    why: z.string().min(1),
  })
  .strict();
export type FormerId = z.infer<typeof formerIdSchema>;

import { z } from 'zod';

/** A period of the timeline (content/curated/periods.yaml): a year range chosen by the editors. */
export const periodSchema = z
  .object({
    /** Used in addresses (`/timeline/filter/all/all/2000-2009/`); by convention `<from>-<to>`. */
    id: z.string().regex(/^[a-z0-9-]+$/u),
    /** First year, included. */
    from: z.number().int(),
    /** Last year, included. */
    to: z.number().int(),
  })
  .refine((p) => p.from <= p.to, 'from must not be after to');
export type Period = z.infer<typeof periodSchema>;

/** content/curated/periods.yaml: the periods, and the source whose own phases events record. */
export const periodsFileSchema = z.object({
  /** Slug of the document whose periodisation the events' `phase` follows. */
  phasesDoc: z.string(),
  periods: z.array(periodSchema),
});
export type PeriodsFile = z.infer<typeof periodsFileSchema>;

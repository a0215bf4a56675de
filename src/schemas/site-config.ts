import { z } from 'zod';

/** site.config.json: settings of one deployment of the site, read at build time. */
export const siteConfigSchema = z.object({
  /** Where "Report an error" sends readers. Both may be set; with neither the page says how to reach the editors. */
  corrections: z.object({
    /**
     * A new-issue address of the project's tracker with `{title}` and `{body}` where the prefilled
     * text goes, e.g. `https://github.com/owner/repo/issues/new?title={title}&body={body}`; or null.
     */
    issueTracker: z
      .url({ protocol: /^https?$/u })
      .refine((u) => u.includes('{body}'), 'must contain {body} where the message goes')
      .nullable()
      .default(null),
    /** An e-mail address of the editors, or null. */
    email: z.email().nullable().default(null),
  }),
});
export type SiteConfig = z.infer<typeof siteConfigSchema>;

import { z } from 'zod';

/**
 * 译文 — the project's English translation of one source document, aligned node by node.
 * Each entry names the source anchor and a hash of the source text it translates, so a changed
 * source paragraph shows its translation as outdated instead of silently mismatched.
 *
 * Quantities with 万/亿/千 (money, areas) are written as tokens `{{285亿美元}}` holding the exact
 * Chinese text; the site converts them with one tested function. Other numbers are written as
 * the same digits as the source.
 */
export const translatedNodeSchema = z.object({
  anchor: z.string().regex(/^[hpftea]-[0-9a-f]{8}(?:-\d+)?$/),
  /** First 12 hex digits of the SHA-256 of the source text that was translated. */
  hash: z.string().regex(/^[0-9a-f]{12}$/),
  /** Paragraph, heading or photo-caption text (headings without their numbering). */
  en: z.string().optional(),
  /** For tables: the caption and every cell, in the source grid's shape ('' for empty cells). */
  caption: z.string().optional(),
  cells: z.array(z.array(z.string())).optional(),
});

export const translationSchema = z.object({
  doc: z.string(),
  nodes: z.array(translatedNodeSchema),
});

export type TranslatedNode = z.infer<typeof translatedNodeSchema>;
export type Translation = z.infer<typeof translationSchema>;

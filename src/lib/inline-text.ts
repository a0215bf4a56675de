import type { Inline } from '../schemas/document.ts';

/** Readable text of inline content for labels (tables of contents, titles): errata left out. */
export const cleanInlineText = (inlines: readonly Inline[]): string =>
  inlines
    .map((i) => (i.kind === 'text' ? i.text : ''))
    .join('')
    .trim();

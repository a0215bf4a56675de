import type { SourceLine } from './lines.ts';
import { charLength } from './text.ts';

/** A caption is a short line; a longer one is prose that happens to precede the table. */
export const TABLE_CAPTION_MAX_CHARS = 80;

const isTableLine = (l: SourceLine | undefined) => l?.kind === 'tab-row' || l?.kind === 'cell-line';

/**
 * Is line `i` the caption of a table that follows it directly (blank lines allowed)? It must be
 * short and not end a sentence; a caption never ends in `。`. The caller checks that the line
 * does not carry on an unfinished sentence of the paragraph above.
 */
export function captionBeforeTable(lines: readonly SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (l.kind !== 'text' || l.terminal || charLength(l.text) > TABLE_CAPTION_MAX_CHARS) return false;
  let k = i + 1;
  while (lines[k]?.kind === 'blank') k++;
  return isTableLine(lines[k]);
}

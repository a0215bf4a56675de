import { createHash } from 'node:crypto';
import type { DocNode } from '../../src/schemas/document.ts';
import { rawText } from './inline-errata.ts';
import { nonBlank } from './text.ts';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
/** A node before its anchor is known. */
export type DraftNode = WithoutId<DocNode>;

const PREFIX: Record<DocNode['type'], string> = {
  heading: 'h',
  paragraph: 'p',
  table: 't',
  figure: 'f',
  artifact: 'a',
};

/** Every printed character of a node in source order (marker and errata included). */
export function nodeContent(node: DraftNode): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph':
      return (node.marker ?? '') + rawText(node.inlines);
    case 'figure':
      return rawText(node.inlines);
    case 'table':
      return (
        (node.caption ? rawText(node.caption.inlines) : '') +
        node.rows
          .flat()
          .map((c) => rawText(c.inlines))
          .join('')
      );
    case 'artifact':
      return node.raw;
  }
}

/**
 * Gives each node an anchor made from a hash of its own content, so editing one paragraph
 * never moves another's link. Identical texts (`一、项目目标` in every annex) are told apart
 * by their order: `h-…`, `h-…-2`.
 */
export function assignAnchors(drafts: readonly DraftNode[]): DocNode[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const hash = createHash('sha256')
      .update(nonBlank(nodeContent(draft)))
      .digest('hex')
      .slice(0, 8);
    const base = `${PREFIX[draft.type]}-${hash}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, ...draft } as DocNode;
  });
}

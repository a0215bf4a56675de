import type { DocNode } from '../../schemas/document.ts';
import type { Bilingual } from './types.ts';

/**
 * Where a paragraph is, for texts without page numbers: the nearest heading above it and the
 * paragraph's number under that heading (APA 8.28 locates unpaginated text the same way).
 * `“一、丝绸之路经济带核心区科技中心建设”第 2 段` / `Section “一、丝绸之路经济带核心区科技中心建设”, paragraph 2`.
 * Headings stay in Chinese on both languages: they are what a reader finds in the original.
 */
export function paragraphLocator(nodes: readonly DocNode[], anchor: string): Bilingual {
  const at = nodes.findIndex((n) => n.id === anchor);
  const node = nodes[at];
  if (!node || node.type !== 'paragraph') throw new Error(`citation: no paragraph #${anchor}`);
  let count = 0;
  for (let i = at; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.type === 'paragraph') count++;
    if (n.type === 'heading') {
      const heading = `${n.marker ?? ''}${n.text}`;
      return { zh: `“${heading}”第 ${count} 段`, en: `Section “${heading}”, paragraph ${count}` };
    }
  }
  return { zh: `第 ${count} 段`, en: `Paragraph ${count}` };
}

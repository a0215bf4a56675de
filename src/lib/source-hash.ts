import { createHash } from 'node:crypto';
import type { DocNode } from '../schemas/document.ts';

/** The source text a translation of this node renders: its text, or a table's caption and cells. */
export function translatableText(node: DocNode): string {
  if (node.type === 'table')
    return [node.caption?.text ?? '', ...node.rows.map((r) => r.map((c) => c.text).join('\t'))].join('\n');
  if (node.type === 'artifact') return '';
  return node.text;
}

/** 12 hex digits of SHA-256 over the translatable text: changes exactly when the source does. */
export const sourceHash = (node: DocNode): string =>
  createHash('sha256').update(translatableText(node)).digest('hex').slice(0, 12);

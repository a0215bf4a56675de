import { createHash } from 'node:crypto';
import type { DocNode, Table } from '../schemas/document.ts';

/**
 * The anchor of each row of a source table in the reader: `r-` and 8 hex digits of a hash of the
 * table's anchor and the row's cells (repeats told apart by order), like the nodes' anchors, so
 * a link to a row moves only when that table changes.
 */
export function rowAnchors(table: Pick<Table, 'id' | 'rows'>): string[] {
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const text = `${table.id}\n${row.map((c) => c.text).join('\t')}`;
    const base = `r-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Where a source link lands, and what its text says: a table's row, a numbered paragraph, a node. */
export type SourceTarget =
  | { kind: 'row'; anchor: string; table: number; row: number; label: string }
  | { kind: 'table'; anchor: string; table: number }
  | { kind: 'paragraph'; anchor: string; paragraph: number }
  | { kind: 'node'; anchor: string };

/** The row's label as printed: its first cell with text (a row header, or the first value). */
const rowLabel = (t: Table, r: number) => t.rows[r]!.find((c) => c.text.trim())?.text.trim() ?? '';

/**
 * The target of a quote inside a document: the row of a table that holds the quote (in one cell,
 * or across cells joined by ` | `, as the evidence check reads rows), else the whole table (a quote
 * of its caption); a paragraph by its number in the document; any other node as it is. Tables and
 * paragraphs are numbered in reading order, 1-based.
 */
export function sourceTarget(nodes: readonly DocNode[], anchor: string, quote: string): SourceTarget {
  const at = nodes.findIndex((n) => n.id === anchor);
  const node = nodes[at];
  if (!node) throw new Error(`source link: no node #${anchor}`);
  const ordinal = (type: DocNode['type']) => nodes.slice(0, at + 1).filter((n) => n.type === type).length;
  if (node.type === 'paragraph') return { kind: 'paragraph', anchor, paragraph: ordinal('paragraph') };
  if (node.type !== 'table') return { kind: 'node', anchor };
  const q = quote.trim();
  const holds = (r: Table['rows'][number]) =>
    r.some((c) => c.text.includes(q)) ||
    r
      .map((c) => c.text)
      .join(' | ')
      .includes(q);
  const row = node.rows.findIndex(holds);
  if (row < 0) return { kind: 'table', anchor, table: ordinal('table') };
  return { kind: 'row', anchor: rowAnchors(node)[row]!, table: ordinal('table'), row, label: rowLabel(node, row) };
}

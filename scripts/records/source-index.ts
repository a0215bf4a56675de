import type { DocNode, SourceDocument } from '../../src/schemas/document.ts';

/** The texts a quote may be found in, for one node: its text, or a table's caption, cells and rows. */
export function quotableTexts(node: DocNode): string[] {
  switch (node.type) {
    case 'table':
      // A quote may be one cell, or several cells of one row joined by ` | `, so that a claim
      // such as “Tajikistan | 2013 年 5 月” is proven to come from a single row.
      return [
        node.caption?.text ?? '',
        ...node.rows.flat().map((c) => c.text),
        ...node.rows.map((r) => r.map((c) => c.text).join(' | ')),
      ].filter(Boolean);
    case 'artifact':
      return [node.raw];
    case 'figure':
      return [node.text];
    default:
      return [(node.marker ?? '') + node.text, node.text];
  }
}

/** Looks up nodes by document slug and anchor. */
export class SourceIndex {
  readonly #nodes = new Map<string, { doc: SourceDocument; node: DocNode }>();
  readonly documents: readonly SourceDocument[];

  constructor(documents: readonly SourceDocument[]) {
    this.documents = documents;
    for (const doc of documents) for (const node of doc.nodes) this.#nodes.set(`${doc.slug}#${node.id}`, { doc, node });
  }

  get(doc: string, anchor: string): { doc: SourceDocument; node: DocNode } | undefined {
    return this.#nodes.get(`${doc}#${anchor}`);
  }

  /** True when `quote` occurs literally in the node (for tables: within one cell or the caption). */
  contains(doc: string, anchor: string, quote: string): boolean {
    const hit = this.get(doc, anchor);
    return hit !== undefined && quotableTexts(hit.node).some((t) => t.includes(quote));
  }
}

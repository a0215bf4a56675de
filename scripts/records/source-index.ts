import type { DocNode, SourceDocument } from '../../src/schemas/document.ts';

/** The texts a quote may be found in, for one node: its text, or a table's caption and cells. */
export function quotableTexts(node: DocNode): string[] {
  switch (node.type) {
    case 'table':
      return [node.caption?.text ?? '', ...node.rows.flat().map((c) => c.text)].filter(Boolean);
    case 'artifact':
      return [node.raw];
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

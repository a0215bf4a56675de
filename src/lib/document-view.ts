import type { DocNode, ErratumKind, Heading, Inline, SourceDocument, Span } from '../schemas/document.ts';

/**
 * The document's own title node: a first heading at level 1 that no other heading shares
 * (the printed title of 001 and 003, `第九章` of 002). Texts whose first level holds several
 * sections (一、 二、 三、) have none.
 */
export function titleNode(doc: SourceDocument): Heading | null {
  const first = doc.nodes[0];
  if (first?.type !== 'heading' || first.level !== 1) return null;
  const others = doc.nodes.some((n, i) => i > 0 && n.type === 'heading' && n.level === 1);
  return others ? null : first;
}

/** HTML heading rank for a source heading under the page's h1. */
export function headingRank(doc: SourceDocument, heading: Heading): 2 | 3 | 4 | 5 | 6 {
  const shift = titleNode(doc) ? 1 : 0;
  return Math.max(2, Math.min(6, heading.level - shift + 1)) as 2 | 3 | 4 | 5 | 6;
}

export interface TocEntry {
  heading: Heading;
  children: TocEntry[];
}

/** The outline of the document below its title, nested by level. */
export function tableOfContents(doc: SourceDocument): TocEntry[] {
  const title = titleNode(doc);
  const roots: TocEntry[] = [];
  const stack: TocEntry[] = [];
  for (const node of doc.nodes) {
    if (node.type !== 'heading' || node === title || node.markerKind === 'label') continue;
    const entry: TocEntry = { heading: node, children: [] };
    while (stack.length && stack.at(-1)!.heading.level >= node.level) stack.pop();
    (stack.at(-1)?.children ?? roots).push(entry);
    stack.push(entry);
  }
  return roots;
}

/** First and last seed line of a node, for citing the source file: `13-26` or `101`. */
export function lineRange(node: { spans: readonly Span[] }): string {
  const lines = node.spans.map((s) => s[0]);
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  return first === last ? String(first) : `${first}–${last}`;
}

export interface NodeCounts {
  headings: number;
  paragraphs: number;
  tables: number;
  figures: number;
}

export function countNodes(doc: SourceDocument): NodeCounts {
  const count = (type: DocNode['type']) => doc.nodes.filter((n) => n.type === type).length;
  return {
    headings: count('heading'),
    paragraphs: count('paragraph'),
    tables: count('table'),
    figures: count('figure'),
  };
}

/** One defect listed in a document's errata, with the anchor the inline mark links to. */
export interface ErratumEntry {
  id: string;
  nodeId: string;
  kind: ErratumKind;
  /** The characters as printed, for inline errata; null for notes on a whole node. */
  raw: string | null;
  /** Values for the localized explanation of a whole-node note. */
  params: Record<string, number>;
  lines: string;
}

/**
 * Numbers every erratum of a document in reading order. `idOf` gives the anchor of each
 * inline erratum so the text can link to its entry in the list.
 */
export function collectErrata(doc: SourceDocument): { list: ErratumEntry[]; idOf: Map<Inline, string> } {
  const list: ErratumEntry[] = [];
  const idOf = new Map<Inline, string>();
  for (const node of doc.nodes) {
    let n = 0;
    const add = (entry: Omit<ErratumEntry, 'id' | 'nodeId' | 'lines'>, inline?: Inline) => {
      n++;
      const id = `${node.id}-e${n}`;
      list.push({ id, nodeId: node.id, lines: lineRange(node), ...entry });
      if (inline) idOf.set(inline, id);
    };
    const scan = (inlines: readonly Inline[]) => {
      for (const inline of inlines)
        if (inline.kind === 'erratum') add({ kind: inline.erratum, raw: inline.raw, params: {} }, inline);
    };
    for (const note of node.notes) add({ kind: note.erratum, raw: null, params: note.params });
    if (node.type === 'artifact') add({ kind: node.erratum, raw: node.raw, params: {} });
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'figure') scan(node.inlines);
    if (node.type === 'table') {
      if (node.caption) scan(node.caption.inlines);
      for (const row of node.rows) for (const cell of row) scan(cell.inlines);
    }
  }
  return { list, idOf };
}

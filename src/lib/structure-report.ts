import type { DocNode, SourceDocument } from '../schemas/document.ts';

/** A sign that the parser probably misread a document's layout; reported, never fatal. */
export interface StructureWarning {
  kind: 'long-paragraph' | 'heading-with-full-stop' | 'markup' | 'digit-space-digit' | 'short-paragraph-run';
  /** Anchor of the (first) node concerned. */
  anchor: string;
  detail: string;
}

/** A paragraph this long is usually several paragraphs, or a heading and table, run together. */
export const LONG_PARAGRAPH_CHARS = 1500;
/** Paragraphs this short, several in a row, are usually a table or a list read as prose. */
const SHORT_PARAGRAPH_CHARS = 8;
const SHORT_RUN = 3;
/** Markdown or HTML that reached the text: a line starting `#` or `<`, or a tag anywhere. */
const MARKUP = /^[#<]|<\/?[a-z][a-z0-9]*[\s/>]/iu;
/** A space between two digits, except before a clock time (`2025-01-25 09:30`). */
const DIGIT_SPACE_DIGIT = /\d (?!\d{1,2}:\d{2})\d/u;

const textOf = (n: DocNode): string | null => (n.type === 'heading' || n.type === 'paragraph' ? n.text : null);
const excerpt = (text: string, at: number) => text.slice(Math.max(0, at - 8), at + 9);

/** Structure warnings for one parsed document, in reading order. Pure. */
export function structureReport(doc: Pick<SourceDocument, 'nodes'>): StructureWarning[] {
  const out: StructureWarning[] = [];
  let shortRun: DocNode[] = [];
  const flushShort = () => {
    if (shortRun.length >= SHORT_RUN) {
      out.push({
        kind: 'short-paragraph-run',
        anchor: shortRun[0]!.id,
        detail: `${shortRun.length} paragraphs of at most ${SHORT_PARAGRAPH_CHARS} characters in a row`,
      });
    }
    shortRun = [];
  };
  for (const node of doc.nodes) {
    const text = textOf(node);
    if (node.type === 'paragraph' && [...node.text].length <= SHORT_PARAGRAPH_CHARS) shortRun.push(node);
    else flushShort();
    if (text === null) continue;
    const chars = [...text].length;
    if (node.type === 'paragraph' && chars > LONG_PARAGRAPH_CHARS)
      out.push({ kind: 'long-paragraph', anchor: node.id, detail: `${chars} characters` });
    // A run-in heading ends with its full stop; one inside a heading means prose was taken for it.
    if (node.type === 'heading' && text.slice(0, -1).includes('。'))
      out.push({ kind: 'heading-with-full-stop', anchor: node.id, detail: text.slice(0, 40) });
    if (MARKUP.test(text)) out.push({ kind: 'markup', anchor: node.id, detail: text.slice(0, 40) });
    const seam = DIGIT_SPACE_DIGIT.exec(text);
    if (seam) out.push({ kind: 'digit-space-digit', anchor: node.id, detail: excerpt(text, seam.index) });
  }
  flushShort();
  return out;
}

import type { SourceDocument } from '../../src/schemas/document.ts';

/** One citation of a document title (《…》) in the sources, with its number when printed. */
export interface PolicyMention {
  /** The title inside 《》 as printed. */
  title: string;
  /** 文号 such as `新政发〔2018〕44号`, or null. */
  number: string | null;
  /** Year of the number (〔2018〕), or null. */
  year: number | null;
  doc: string;
  anchor: string;
  /** The title with its number exactly as printed, for the evidence quote. */
  quote: string;
}

// A title may nest another in angle brackets: 《关于贯彻落实<国务院关于…的意见>的实施意见》.
const CITATION = /《([^《》]+)》(?:\s*[（(]\s*((?:[^（）()〔﹝]*?)[〔﹝](\d{4})[〕﹞]\s*\d+\s*号)\s*[）)])?/gu;

/** Every 《title》 cited in one text, with 文号 and its year where printed, and where it starts. */
type Citation = Pick<PolicyMention, 'title' | 'number' | 'year' | 'quote'> & { index: number };
export function citationsIn(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((m) => ({
    title: m[1]!,
    number: m[2] ? m[2].replace(/\s+/gu, '') : null,
    year: m[3] ? Number(m[3]) : null,
    quote: m[0],
    index: m.index,
  }));
}

/** Every 《title》 cited in the documents' paragraphs and headings, with 文号 where printed. */
export function findPolicyMentions(documents: readonly SourceDocument[]): PolicyMention[] {
  const out: PolicyMention[] = [];
  for (const doc of documents) {
    for (const node of doc.nodes) {
      if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'figure') continue;
      for (const { title, number, year, quote } of citationsIn(node.text))
        out.push({ title, number, year, doc: doc.slug, anchor: node.id, quote });
    }
  }
  return out;
}

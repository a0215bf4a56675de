import type { SourceDocument, Table } from '../../../src/schemas/document.ts';
import type { CandidateData, ExtractionWords } from '../../../src/schemas/candidates.ts';
import { nameEndingAt } from '../platform-names.ts';
import { sentencesOf } from '../sentences.ts';
import { candidateId, candidateQuantity, dateFields, passagesOf, readPassage, type Passage } from './shared.ts';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Firm names in a text: read back from a firm ending (公司, 集团…) to the word that introduces them.
 * The ending is kept whole, so a lead-in inside it (有 of 有限公司) does not cut the name.
 */
export function firmsIn(text: string, words: ExtractionWords): string[] {
  const endings = [...words.cases.firmSuffixes].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?:${endings.map(escape).join('|')})`, 'gu');
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const name = nameEndingAt(text, m.index, words.platforms.leadIns) + m[0];
    if ([...name].length >= 4 && !endings.includes(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

/** The column of a case table that names the firm: a header cell holding one of the case-table words. */
function firmColumn(table: Table, words: ExtractionWords): number {
  for (const row of table.rows.slice(0, table.headerRows))
    for (const [i, cell] of row.entries()) if (words.cases.tableHeaders.some((h) => cell.text.includes(h))) return i;
  return -1;
}

/**
 * Enterprise-case candidates of one document: each row of a case table (a header names the firm
 * column), and each sentence of prose that names a firm, a partner country and a project.
 */
export function caseCandidates(doc: SourceDocument, words: ExtractionWords): CandidateData[] {
  const out: CandidateData[] = [];
  const candidate = (p: Passage, name: string, quote: string): CandidateData => {
    const read = readPassage(quote, words.figures.skipUnits, words.figures.units);
    return {
      id: candidateId('cases', doc.slug, `${p.node.id}\u0000${name}\u0000${quote}`),
      collection: 'cases',
      doc: doc.slug,
      name,
      platformKind: null,
      eventKind: null,
      countries: read.countries,
      host: null,
      place: null,
      ...dateFields(read.dates[0]),
      quantities: read.quantities.map(candidateQuantity),
      status: null,
      sources: [{ doc: doc.slug, anchor: p.node.id, quote }],
    };
  };
  for (const p of passagesOf(doc)) {
    if (p.node.type === 'table') {
      const col = firmColumn(p.node, words);
      const firm = col >= 0 && p.row !== null ? p.node.rows[p.row]![col]!.text.trim() : '';
      if (firm) out.push(candidate(p, firm, p.text));
      continue;
    }
    for (const s of sentencesOf(p.text)) {
      const firms = firmsIn(s.text, words);
      if (firms.length === 0 || !words.cases.projectWords.some((w) => s.text.includes(w))) continue;
      if (readPassage(s.text).countries.length === 0) continue;
      out.push(candidate(p, firms[0]!, s.text));
    }
  }
  return out;
}

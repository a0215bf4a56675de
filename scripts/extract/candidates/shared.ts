import { createHash } from 'node:crypto';
import type { DocNode, SourceDocument } from '../../../src/schemas/document.ts';
import type { CandidateCollection, CandidateData } from '../../../src/schemas/candidates.ts';
import { countryMentions } from './country-evidence.ts';
import { findDates, type DateMention } from '../dates.ts';
import { findQuantities, type Quantity } from '../quantities.ts';
import { clausesOf } from '../sentences.ts';

/** Id prefix per collection: a candidate's id says what it is and which document it comes from. */
const PREFIX: Record<CandidateCollection, string> = {
  platforms: 'platform',
  events: 'event',
  figures: 'figure',
  cases: 'case',
  policies: 'policy',
};

/**
 * A stable id: collection, document and 8 hex digits of SHA-256 over what identifies the candidate
 * in its document (a platform's name, an event's passage…), so it survives edits elsewhere.
 */
export const candidateId = (collection: CandidateCollection, doc: string, key: string): string =>
  `${PREFIX[collection]}-${doc}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;

/** A passage a candidate quotes: a paragraph's or heading's text, a table cell or a table row. */
export interface Passage {
  doc: SourceDocument;
  node: DocNode;
  text: string;
  /** For a table row: the row's index; its text is the cells joined by ` | ` (a quotable form). */
  row: number | null;
}

/** The passages of a document: paragraphs, headings, captions and table body rows, in reading order. */
export function passagesOf(doc: SourceDocument): Passage[] {
  const out: Passage[] = [];
  for (const node of doc.nodes) {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'figure') {
      if (node.text.trim()) out.push({ doc, node, text: node.text, row: null });
    } else if (node.type === 'table') {
      node.rows.forEach((cells, row) => {
        if (row < node.headerRows) return;
        const text = cells.map((c) => c.text).join(' | ');
        if (cells.some((c) => c.text.trim())) out.push({ doc, node, text, row });
      });
    }
  }
  return out;
}

/** Fields every candidate has, read from one passage of text. */
export function readPassage(text: string, skipUnits: readonly string[] = [], units?: readonly string[]) {
  const dates = findDates(text);
  return {
    countries: countryMentions(text).filter((c) => c.code !== 'CN'),
    dates,
    quantities: quantitiesIn(text, skipUnits, units),
  };
}

/** The first date of a passage in the candidate's shape, with its printed form. */
export const dateFields = (d: DateMention | undefined): Pick<CandidateData, 'date' | 'datePrinted'> =>
  d
    ? {
        date: { year: d.year, month: d.month, day: d.day, toYear: d.toYear, openEnded: d.openEnded },
        datePrinted: d.printed,
      }
    : { date: null, datePrinted: null };

/** Quantities with the words before each in its clause (what it counts), dates and skipped units left out. */
export function quantitiesIn(text: string, skipUnits: readonly string[], units?: readonly string[]) {
  const out: (Quantity & { subject: string })[] = [];
  for (const clause of clausesOf(text)) {
    let from = 0;
    for (const q of findQuantities(clause.text, units)) {
      if (skipUnits.includes(q.unit)) continue;
      const at = clause.text.indexOf(q.printed, from);
      from = at + q.printed.length;
      // A year printed as 2018年 is a date, not a figure; findDates reads it.
      if (q.unit === '年' && q.min >= 1900) continue;
      out.push({ ...q, subject: clause.text.slice(0, Math.max(0, at)).trim() });
    }
  }
  return out;
}

/** A quantity in the candidate's shape. */
export const candidateQuantity = (q: Quantity & { subject: string }): CandidateData['quantities'][number] => ({
  printed: q.printed,
  value: q.min,
  max: q.max,
  scale: q.scale,
  unit: q.unit,
  qualifier: q.qualifier,
  subject: q.subject,
});

/** The first key of `words` (longest first) that `text` contains, mapped to its value. */
export function firstWord<T>(text: string, words: Readonly<Record<string, T>>): T | null {
  let best: { at: number; len: number; value: T } | null = null;
  for (const [word, value] of Object.entries(words)) {
    const at = text.indexOf(word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && word.length > best.len)) best = { at, len: word.length, value };
  }
  return best?.value ?? null;
}

/** Cuts a long printed text for a title, marking the cut. */
export const shorten = (text: string, max = 48): string =>
  [...text].length > max ? `${[...text].slice(0, max).join('')}…` : text;

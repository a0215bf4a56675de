import { apa } from './apa.ts';
import { bibtex } from './bibtex.ts';
import { chicago } from './chicago.ts';
import { cslItem, cslJson, type CslItem } from './csl-json.ts';
import { gbt7714 } from './gbt7714.ts';
import { ris } from './ris.ts';
import type { CiteContext, CitedRecord, SourceDoc } from './types.ts';

/** Every style of one record. The text styles hold one reference per source document. */
export interface CitationSet {
  gbt7714: string[];
  apa: string[];
  chicago: string[];
  /** Entries separated by a blank line. */
  bibtex: string;
  /** Records separated by a blank line. */
  ris: string;
  csl: CslItem[];
  /** `csl` as the text of a .json file. */
  cslJson: string;
}

/** The style ids, in the order the cite panel shows them. */
export const STYLES = ['gbt7714', 'apa', 'chicago', 'bibtex', 'ris', 'cslJson'] as const;
export type StyleId = (typeof STYLES)[number];

/**
 * Cites a record: first its source document(s), as far as the manifest knows them, then this
 * site as the place it was accessed, with access date and data release. A record drawn from two
 * documents gets two references, in the order of its evidence.
 */
export function citeRecord(record: CitedRecord, documents: readonly SourceDoc[], ctx: CiteContext): CitationSet {
  const docs = record.docs.map((slug) => {
    const doc = documents.find((d) => d.slug === slug);
    if (!doc) throw new Error(`citation: ${record.kind} "${record.id}" cites unknown document "${slug}"`);
    return doc;
  });
  if (docs.length === 0) throw new Error(`citation: ${record.kind} "${record.id}" names no source document`);
  const entries = docs.map((doc) => ({ doc, record, ctx }));
  const csl = entries.map(cslItem);
  return {
    gbt7714: entries.map(gbt7714),
    apa: entries.map(apa),
    chicago: entries.map(chicago),
    bibtex: entries.map(bibtex).join('\n\n'),
    ris: entries.map(ris).join('\n\n'),
    csl,
    cslJson: cslJson(csl),
  };
}

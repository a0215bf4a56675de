import { mentions, namesIn } from '../../src/lib/glossary-consistency.ts';
import { unmatchedNumbers } from '../../src/lib/english-numbers.ts';
import type { RecordBody } from '../../src/lib/record-body.ts';
import { plainText } from '../../src/lib/record-body-text.ts';
import type { GlossaryEntry, SourceRef } from '../../src/schemas/records.ts';
import { digitsIn, occursAsNumber } from './evidence-numbers.ts';

/** A record's body with what it may draw on: its quotes (front matter and body) and other Chinese evidence. */
export interface BodyToCheck {
  /** The .mdx file, as messages name it (`content/curated/cases/x.mdx`). */
  file: string;
  prose: RecordBody;
  /** Front-matter sources; the body's own `<SourceQuote>`s count as well. */
  sources: readonly SourceRef[];
  /** Chinese besides the quotes an English number may come from (printed figures, a document's title). */
  evidence: readonly string[];
}

/**
 * The body's numbers and names are checked as the front matter's are, line by line so that a
 * message names `file:line`: every number in the Chinese occurs in one of the record's quotes;
 * every number in the English is one the Chinese of the same part (or the evidence) states, after
 * conversion; and every glossary name the Chinese of a part names is called by its one English name.
 */
export function checkRecordBodies(records: readonly BodyToCheck[], glossary: readonly GlossaryEntry[]): string[] {
  const problems: string[] = [];
  for (const r of records) {
    const quotes = [...r.sources.map((s) => s.quote), ...r.prose.quotes.map((q) => q.quote)];
    const zhOf = new Map(r.prose.blocks.filter((b) => b.lang === 'zh').map((b) => [b.part, b]));
    for (const block of r.prose.blocks) {
      const zh = zhOf.get(block.part)!;
      block.source.split('\n').forEach((line, i) => {
        const at = `${r.file}:${block.line + i}`;
        // A figure's number is proven by the figure's own sources, not this record's.
        const text = plainText(line, block.lang);
        if (block.lang === 'zh') {
          for (const d of digitsIn(text)) {
            if (!quotes.some((q) => occursAsNumber(q, d)))
              problems.push(`${at}: the Chinese body states “${d}”, which none of the record's quotes contains`);
          }
          return;
        }
        for (const n of unmatchedNumbers(text, [plainText(zh.source, 'zh'), ...quotes, ...r.evidence])) {
          problems.push(
            `${at}: the English body states ${n}, which its Chinese does not (${JSON.stringify(text.slice(0, 80))})`,
          );
        }
      });
      if (block.lang !== 'en') continue;
      const english = plainText(block.source, 'en');
      for (const entry of namesIn(plainText(zh.source, 'zh'), glossary)) {
        if ([entry.en, ...entry.enAliases].some((name) => mentions(english, name))) continue;
        problems.push(
          `${r.file}:${block.line}: the Chinese names ${entry.zh}; ` +
            `the English body does not call it “${entry.en}” (the glossary's name)`,
        );
      }
    }
  }
  return problems;
}

/** Every id a `<RecordLink>` or `<FigureRef>` names is a record (or a key figure) that exists. */
export function checkBodyReferences(
  records: readonly BodyToCheck[],
  recordIds: ReadonlySet<string>,
  figureIds: ReadonlySet<string>,
): string[] {
  return records.flatMap((r) =>
    r.prose.references
      .filter((ref) => !(ref.component === 'FigureRef' ? figureIds : recordIds).has(ref.id))
      .map(
        (ref) =>
          `${r.file}:${ref.line}: <${ref.component} id="${ref.id}"> names no ` +
          `${ref.component === 'FigureRef' ? 'key figure' : 'record'}`,
      ),
  );
}

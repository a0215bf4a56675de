import { stringify } from 'yaml';
import type { Candidate } from '../../../src/schemas/candidates.ts';

/** Where a candidate's file goes: one folder per collection, the id as its name. */
export const candidatePath = (c: Pick<Candidate, 'collection'> & { id: string }): string =>
  `content/candidates/${c.collection}/${c.id}.mdx`;

/**
 * A candidate as an MDX record: typed front matter, then a body quoting each source passage through
 * the record bodies' `SourceQuote` component (src/components/body/), which links to the anchored
 * paragraph or table row. The quote is a JSON string literal, so no character of the source text is
 * read as Markdown or JSX.
 */
export function candidateMdx(c: Candidate & { id: string }): string {
  const { id: _id, ...data } = c;
  const front = stringify(data, { lineWidth: 0, sortMapEntries: false });
  const quotes = c.sources.map(
    (s) =>
      `<SourceQuote doc=${JSON.stringify(s.doc)} anchor=${JSON.stringify(s.anchor)}>` +
      `{${JSON.stringify(s.quote)}}</SourceQuote>`,
  );
  return `---\n${front}---\n\n${quotes.join('\n\n')}\n`;
}

import type { DocNode, Span } from '../../src/schemas/document.ts';
import { nodeContent } from './anchors.ts';
import { nonBlank } from './text.ts';

export interface AccountingReport {
  /** Non-blank characters in the seed. */
  sourceChars: number;
  /** Of those, how many lie in exactly one node span. */
  accountedChars: number;
  /** Problems found, each naming a line (and node); empty when every character is accounted for. */
  problems: string[];
}

/**
 * Proves that nothing is lost or duplicated: every non-blank character of the seed lies in
 * exactly one span of one node (or, in a markup format, of its syntax), and each node holds
 * exactly the characters of its spans.
 */
export function accountFor(source: string, nodes: readonly DocNode[], markup: readonly Span[] = []): AccountingReport {
  const lines = (source.startsWith('\ufeff') ? source.slice(1) : source).split(/\r?\n|\r/u);
  const owner = lines.map((l) => new Array<string | null>(l.length).fill(null));
  const problems: string[] = [];

  for (const node of nodes) {
    for (const [line, start, end] of node.spans as Span[]) {
      const row = owner[line - 1];
      if (!row || end > row.length || start > end) {
        problems.push(`line ${line}: ${node.id} has a span [${start}, ${end}) outside the line`);
        continue;
      }
      for (let c = start; c < end; c++) {
        if (/\s/u.test(lines[line - 1]![c]!)) continue;
        if (row[c]) problems.push(`line ${line}, column ${c + 1}: claimed by both ${row[c]} and ${node.id}`);
        row[c] = node.id;
      }
    }
    const fromSpans = (node.spans as Span[]).map(([line, s, e]) => lines[line - 1]?.slice(s, e) ?? '').join('');
    if (sorted(nonBlank(fromSpans)) !== sorted(nonBlank(nodeContent(node)))) {
      problems.push(`line ${node.spans[0]![0]}: ${node.id} does not hold exactly the characters of its source spans`);
    }
  }

  // The syntax of a markup format is accounted for as markup, and may not also be a node's text.
  for (const [line, start, end] of markup) {
    const row = owner[line - 1];
    if (!row || end > row.length) {
      problems.push(`line ${line}: markup span [${start}, ${end}) outside the line`);
      continue;
    }
    for (let c = start; c < end; c++) {
      if (/\s/u.test(lines[line - 1]![c]!)) continue;
      if (row[c]) problems.push(`line ${line}, column ${c + 1}: claimed by both ${row[c]} and the markup`);
      row[c] = 'markup';
    }
  }

  let sourceChars = 0;
  let accountedChars = 0;
  lines.forEach((text, i) => {
    for (let c = 0; c < text.length; c++) {
      if (/\s/u.test(text[c]!)) continue;
      sourceChars++;
      if (owner[i]![c]) accountedChars++;
      else problems.push(`line ${i + 1}, column ${c + 1}: '${text[c]}' belongs to no node`);
    }
  });
  return { sourceChars, accountedChars, problems };
}

const sorted = (s: string) => [...s].sort().join('');

/**
 * Prints every anchor of a source document with its text, for writing curated records.
 *   node scripts/dev/anchors.ts <slug or file prefix such as 001>
 * Tables print one line per row; figures and headings are marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { SourceDocument } from '../../src/schemas/document.ts';

const want = process.argv[2] ?? '';
const dir = new URL('../../content/documents/', import.meta.url);
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const doc = JSON.parse(readFileSync(new URL(name, dir), 'utf8')) as SourceDocument;
  if (want && !doc.slug.startsWith(want) && !doc.file.startsWith(want)) continue;
  console.log(`# ${doc.slug} (${doc.file})`);
  for (const node of doc.nodes) {
    const lines = `L${node.spans[0]![0]}`;
    if (node.type === 'table') {
      console.log(`${node.id}\t${lines}\tTABLE\t${node.caption?.text ?? '(no caption)'}`);
      node.rows.forEach((row, r) => console.log(`${node.id}\t\trow ${r}\t${row.map((c) => c.text).join(' | ')}`));
    } else if (node.type === 'artifact') console.log(`${node.id}\t${lines}\tARTIFACT\t${node.raw}`);
    else {
      const marker = 'marker' in node && node.marker ? node.marker : '';
      console.log(`${node.id}\t${lines}\t${node.type.toUpperCase()}\t${marker}${node.text}`);
    }
  }
}

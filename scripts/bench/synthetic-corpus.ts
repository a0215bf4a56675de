/**
 * Synthetic corpora for the scale benchmark: `factor` varied copies of every seed, each with its
 * own file, slug and manifest entry (sha256 included), written to a folder that reads like seeds/.
 * Copy 0 is the seed itself; copy k shifts every digit by (k mod 9) + 1 and ends with a line of
 * its own, so no two copies of a seed have the same text.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readManifest } from '../build-documents.ts';

const vary = (text: string, k: number): string =>
  k === 0 ? text : `${text.replace(/[0-9]/gu, (d) => String((Number(d) + (k % 9) + 1) % 10))}\n\n副本${k}。\n`;

/** Writes the corpus to `outDir`; returns its size. */
export function writeCorpus(
  seedsDir: string,
  outDir: string,
  factor: number,
): { documents: number; chars: number; bytes: number } {
  mkdirSync(outDir, { recursive: true });
  const manifest = readManifest(seedsDir);
  const documents = [];
  let chars = 0;
  let bytes = 0;
  for (let k = 0; k < factor; k++) {
    for (const entry of manifest.documents) {
      const text = vary(readFileSync(join(seedsDir, entry.file), 'utf8'), k);
      const file = k === 0 ? entry.file : entry.file.replace(/\.txt$/u, `_copy${k}.txt`);
      const buffer = Buffer.from(text, 'utf8');
      writeFileSync(join(outDir, file), buffer);
      chars += text.replace(/\s+/gu, '').length;
      bytes += buffer.length;
      documents.push({
        ...entry,
        file,
        slug: k === 0 ? entry.slug : `${entry.slug}-copy-${k}`,
        sha256: createHash('sha256').update(buffer).digest('hex'),
      });
    }
  }
  writeFileSync(join(outDir, 'manifest.yaml'), stringify({ documents }));
  return { documents: documents.length, chars, bytes };
}

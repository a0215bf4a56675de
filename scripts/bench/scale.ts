/**
 * Scale: ingest corpora of 1×, 10× and 100× the seeds, each in a fresh process, and report
 * time and peak memory per size, per source document and per 1,000 source characters. Growth
 * from one size to the next is given as the exponent b in time ∝ documents^b (1 = linear) and
 * as the memory each added document costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, median } from './measure.ts';
import { writeCorpus } from './synthetic-corpus.ts';

export interface ScaleRow {
  factor: number;
  documents: number;
  sourceChars: number;
  nodes: number;
  /** Median ingest time inside the process (read → validated, serialised trees). */
  ms: number;
  msPerDocument: number;
  msPer1kChars: number;
  /** Peak resident memory of the whole process (Node itself included). */
  peakMiB: number | null;
  /** b in time ∝ documents^b from the previous size (1 = linear); null for the first. */
  timeExponent: number | null;
  /** Extra peak memory per added document since the previous size. */
  miBPerAddedDocument: number | null;
}

export function scale(root: string, factors: readonly number[], runs: number): ScaleRow[] {
  const temp = mkdtempSync(join(tmpdir(), 'yearbook-scale-'));
  const rows: ScaleRow[] = [];
  try {
    for (const factor of factors) {
      const dir = join(temp, `x${factor}`);
      const corpus = writeCorpus(join(root, 'seeds'), dir, factor);
      const samples = Array.from({ length: runs }, () => {
        const m = measure(process.execPath, [join(root, 'scripts/bench/ingest-corpus.ts'), dir, join(root, 'seeds')], {
          cwd: root,
        });
        return { ...(JSON.parse(m.stdout) as { ms: number; nodes: number }), peakMiB: m.peakMiB };
      });
      const ms = median(samples.map((s) => s.ms));
      const msPerDocument = ms / corpus.documents;
      const previous = rows.at(-1);
      const peakMiB = samples.every((s) => s.peakMiB !== null) ? Math.max(...samples.map((s) => s.peakMiB!)) : null;
      rows.push({
        factor,
        documents: corpus.documents,
        sourceChars: corpus.chars,
        nodes: samples[0]!.nodes,
        ms,
        msPerDocument,
        msPer1kChars: ms / (corpus.chars / 1000),
        peakMiB,
        timeExponent: previous ? Math.log(ms / previous.ms) / Math.log(corpus.documents / previous.documents) : null,
        miBPerAddedDocument:
          previous && peakMiB !== null && previous.peakMiB !== null
            ? (peakMiB - previous.peakMiB) / (corpus.documents - previous.documents)
            : null,
      });
      console.error(`bench: scale ${factor}×: ${corpus.documents} documents in ${(ms / 1000).toFixed(2)} s`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return rows;
}

/**
 * Ingests one corpus folder the way the build does — read, check sha256, decode, parse, account
 * for every character, validate, serialise — and prints what it took as JSON on stdout.
 *   node scripts/bench/ingest-corpus.ts <seeds-folder> [<warm-up-folder>]
 * Run as its own process by the scale benchmark, so its peak memory is the corpus's alone. The
 * warm-up folder (the real seeds) is ingested first, untimed, so the timing excludes JIT warm-up.
 */
import { buildDocuments } from '../build-documents.ts';
import { toJson } from '../generated-files.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/bench/ingest-corpus.ts <seeds-folder>');
if (process.argv[3]) buildDocuments(process.argv[3]);
const started = performance.now();
const documents = buildDocuments(dir);
const jsonBytes = documents.reduce((sum, d) => sum + Buffer.byteLength(toJson(d)), 0);
const ms = performance.now() - started;
const nodes = documents.reduce((sum, d) => sum + d.nodes.length, 0);
console.log(
  JSON.stringify({
    ms,
    documents: documents.length,
    nodes,
    jsonBytes,
    heapUsedMiB: process.memoryUsage().heapUsed / 2 ** 20,
  }),
);

/**
 * Accepts a candidate record: writes the curated record from it, naming the candidate.
 *   npm run accept -- <candidate-id> [--id <record-id>]
 * Platforms, events and cases get their own MDX file; figures and policies are appended to their YAML
 * list. The record id defaults to the candidate's; records are URLs, so give an English one with --id.
 */
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { recordIdSchema } from '../src/schemas/records.ts';
import { acceptCandidate, recordFile } from './extract/candidates/accept.ts';
import { assemblePipeline } from './pipeline.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
function main(): void {
  const args = process.argv.slice(2);
  const at = args.indexOf('--id');
  const candidateId = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
  if (!candidateId) throw new Error('usage: npm run accept -- <candidate-id> [--id <record-id>]');
  const recordId = at >= 0 ? args[at + 1] : candidateId;
  if (!recordId || !recordIdSchema.safeParse(recordId).success)
    throw new Error(`--id ${recordId ?? ''}: ids are kebab-case: a-z, 0-9 and hyphens`);
  const { candidates } = assemblePipeline(ROOT);
  const c = candidates.find((x) => x.id === candidateId);
  if (!c) throw new Error(`${candidateId}: no such candidate (see content/candidates/)`);
  if (c.review.status === 'accepted') throw new Error(`${candidateId}: already accepted as ${c.review.record}`);
  const accepted = acceptCandidate(c, recordId);
  const path = join(ROOT, accepted.file);
  if (accepted.collection === 'platforms' || accepted.collection === 'events' || accepted.collection === 'cases') {
    if (existsSync(path)) throw new Error(`${accepted.file} exists; choose another --id`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, recordFile(accepted));
  } else {
    appendFileSync(path, `\n${stringify([accepted.data], { lineWidth: 0 })}`);
  }
  console.error(
    `${accepted.file}: ${recordId} written from ${candidateId}` +
      `${c.review.status === 'rejected' ? ' (it was rejected; remove the rejection)' : ''}.\n` +
      'Fill in the English (and every empty field), check the kind, countries and date against the quote, ' +
      'then run npm run content.',
  );
}

try {
  main();
} catch (error) {
  console.error(`accept: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

/**
 * The one orchestrator that does file I/O for the data pipeline:
 * seeds/ → parse + validate → content/ (generated).
 *
 *   node scripts/build-content.ts          write content/
 *   node scripts/build-content.ts --check  fail if content/ differs from what the seeds give
 */
import { fileURLToPath } from 'node:url';
import { buildDocuments } from './build-documents.ts';
import { diffGenerated, toJson, writeGenerated, type GeneratedFile } from './generated-files.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Folders whose every file (but README.md) is generated. */
export const GENERATED_DIRS = ['content/documents'] as const;

/** Everything the pipeline generates, in memory. */
export function generateContent(root: string): GeneratedFile[] {
  const documents = buildDocuments(`${root}/seeds`);
  return documents.map((doc) => ({ path: `content/documents/${doc.slug}.json`, content: toJson(doc) }));
}

function main(): void {
  const check = process.argv.includes('--check');
  const started = performance.now();
  const files = generateContent(ROOT);
  if (check) {
    const problems = diffGenerated(ROOT, GENERATED_DIRS, files);
    if (problems.length) {
      console.error(`content/ is out of date; run npm run content:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.error(`content/ matches the seeds (${files.length} files)`);
    return;
  }
  writeGenerated(ROOT, GENERATED_DIRS, files);
  console.error(`wrote ${files.length} files to content/ in ${Math.round(performance.now() - started)} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    // Seed errors already name file:line; print the message, not a bare stack.
    console.error(`build-content: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

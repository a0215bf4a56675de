/**
 * Adds a source document as a draft, in one command:
 *   npm run add-source -- <file> [--slug S] [--kind K]
 * Several files may be given at once (without --slug); content/ is then regenerated once.
 *
 * Copies the file byte-for-byte into seeds/ (named `NNN_<sha256 prefix>.<ext>` like the others),
 * derives the title from the document's printed title line where it has one, and appends a
 * manifest entry with `status: draft`. Nothing is guessed: what the text does not show (the
 * English title, the period) is null until an editor fills it; the intake report lists it.
 * The file is parsed and accounted for before anything is written, so a bad file changes nothing.
 * Then content/ is regenerated (as `npm run content` does), so `npm run build` works right away.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml, stringify } from 'yaml';
import { manifestSchema, type ManifestEntry } from '../src/schemas/manifest.ts';
import { parseWithFriendlyErrors } from '../src/schemas/parse-with-friendly-errors.ts';
import { readDocumentKinds } from '../src/lib/document-kinds.ts';
import { GENERATED_DIRS, generateContent } from './build-content.ts';
import { parseSource, readManifest } from './build-documents.ts';
import { writeGenerated } from './generated-files.ts';
import { INTAKE_REPORT, reportSummary } from './intake/report.ts';
import { accountFor } from './parse/accounting.ts';
import { decodeSeed } from './parse/lines.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
/** The kind a document gets when the command is not told one. */
const DEFAULT_KIND = 'document';

export interface AddSourceOptions {
  root: string;
  file: string;
  slug?: string | undefined;
  kind?: string | undefined;
}

/** A slug from the file's own name when it is already one (`work-report-2024.txt`), else from its hash. */
export function deriveSlug(file: string, sha256: string): string {
  const stem = basename(file, extname(file))
    .toLowerCase()
    .replace(/[_\s.]+/gu, '-');
  return SLUG.test(stem) && /[a-z]/u.test(stem) ? stem : `draft-${sha256.slice(0, 8)}`;
}

/** Validates everything, copies the file and appends the manifest entry; returns the entry. */
export function addSource({ root, file, slug, kind = DEFAULT_KIND }: AddSourceOptions): ManifestEntry {
  const seeds = join(root, 'seeds');
  const ext = extname(file).toLowerCase() === '.md' ? 'md' : 'txt';
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const manifestPath = join(seeds, 'manifest.yaml');
  // A new corpus starts its manifest with its first document.
  const started =
    existsSync(manifestPath) &&
    (parseYaml(readFileSync(manifestPath, 'utf8')) as { documents?: unknown } | null)?.documents;
  const manifest = started ? readManifest(seeds) : { documents: [] };
  const kinds = readDocumentKinds(join(root, 'content/curated/document-kinds.yaml')).map((k) => k.id);
  if (!kinds.includes(kind))
    throw new Error(
      `--kind ${kind}: not in content/curated/document-kinds.yaml (known: ${kinds.join(', ')}); add it there first`,
    );
  const same = manifest.documents.find((d) => d.sha256 === sha256);
  if (same) throw new Error(`${file}: already in the manifest as ${same.slug} (seeds/${same.file})`);
  const finalSlug = slug ?? deriveSlug(file, sha256);
  if (!SLUG.test(finalSlug)) throw new Error(`--slug ${finalSlug}: use lower-case letters, digits and hyphens`);
  if (manifest.documents.some((d) => d.slug === finalSlug))
    throw new Error(`slug '${finalSlug}' is already used; pass --slug`);

  // Parse and account for every character now: a file the pipeline cannot read is refused here.
  const source = decodeSeed(bytes, file);
  const parsed = parseSource(source, file);
  const accounting = accountFor(source, parsed.nodes, parsed.markup);
  if (accounting.problems.length) throw new Error(`${file}: ${accounting.problems.slice(0, 5).join('; ')}`);
  const titleNode = parsed.nodes.find((n) => n.type === 'heading' && n.markerKind === 'title');
  const printedTitle = titleNode?.type === 'heading' ? titleNode.text : null;

  const numbers = readdirSync(seeds).flatMap((f) => (/^(\d{3})_/u.exec(f) ? [Number(f.slice(0, 3))] : []));
  const seedName = `${String(Math.max(-1, ...numbers) + 1).padStart(3, '0')}_${sha256.slice(0, 16)}.${ext}`;
  const name = basename(file);
  const entry: ManifestEntry = {
    file: seedName,
    sha256,
    slug: finalSlug,
    kind,
    status: 'draft',
    title: { zh: printedTitle ?? basename(file, extname(file)), en: null, printed: printedTitle !== null },
    period: null,
    origin: {
      author: null,
      publication: null,
      note: {
        zh: `草稿：由 npm run add-source 自 ${name} 导入，尚待编辑审校。`,
        en: `Draft: imported by npm run add-source from ${name}; not yet reviewed by an editor.`,
      },
    },
  };
  // Appended as text so the hand-written manifest keeps its comments and layout.
  const block = stringify([entry], { lineWidth: 0 }).replace(/^/gmu, '  ').trimEnd();
  const current = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : 'documents:\n';
  const next = `${current.endsWith('\n') ? current : `${current}\n`}${block}\n`;
  parseWithFriendlyErrors(manifestSchema, parseYaml(next), `${manifestPath} (with the new entry)`);
  copyFileSync(file, join(seeds, seedName));
  if (existsSync(manifestPath)) appendFileSync(manifestPath, next.slice(current.length));
  else writeFileSync(manifestPath, next);
  return entry;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, kind: { type: 'string' } },
  });
  if (positionals.length === 0 || (values.slug !== undefined && positionals.length > 1)) {
    throw new Error('usage: npm run add-source -- <file> [--slug S] [--kind K]  (several files: no --slug)');
  }
  for (const file of positionals) {
    const entry = addSource({ root: ROOT, file, slug: values.slug, kind: values.kind });
    console.error(
      `added seeds/${entry.file} as ${entry.slug} (draft, kind ${entry.kind}); title: ${entry.title.zh}` +
        (entry.title.printed ? '' : ' (supplied: no printed title found)'),
    );
  }
  const files = generateContent(ROOT);
  writeGenerated(ROOT, GENERATED_DIRS, files);
  console.error(`regenerated content/; ${reportSummary(files.find((f) => f.path === INTAKE_REPORT)!.content)}`);
  console.error(`next: npm run build; ${INTAKE_REPORT} (npm run intake-report) lists what an editor must still do`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    console.error(`add-source: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

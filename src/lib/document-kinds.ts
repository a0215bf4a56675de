import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { documentKindSchema, type DocumentKind } from '../schemas/manifest.ts';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';

/** Where the kinds of source document are defined; paths are relative to the project root. */
export const DOCUMENT_KINDS_FILE = 'content/curated/document-kinds.yaml';

/** Reads and validates the kinds file; ids must be unique. */
export function readDocumentKinds(file: string): DocumentKind[] {
  const kinds = parseWithFriendlyErrors(z.array(documentKindSchema), parse(readFileSync(file, 'utf8')) ?? [], file);
  const seen = new Set<string>();
  for (const k of kinds) {
    if (seen.has(k.id)) throw new Error(`${file}: kind '${k.id}' is defined twice`);
    seen.add(k.id);
  }
  return kinds;
}

let cached: Map<string, DocumentKind> | undefined;

/** The kind a manifest entry names; an unknown id is an error naming the kinds file. */
export function documentKind(id: string): DocumentKind {
  cached ??= new Map(readDocumentKinds(DOCUMENT_KINDS_FILE).map((k) => [k.id, k]));
  const kind = cached.get(id);
  if (!kind) throw new Error(`${DOCUMENT_KINDS_FILE}: no kind '${id}' (known: ${[...cached.keys()].join(', ')})`);
  return kind;
}

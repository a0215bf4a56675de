import type { CitedRecord, SourceDoc } from './types.ts';

/**
 * The identifier of one citation, shared by BibTeX (key), RIS (`ID`) and CSL-JSON (`id`):
 * `technology-transfer-network:table-kz-kg-goods-shares-2010`, `central-asia-cooperation-2018:p-3a0f0b3f`,
 * or the slug alone for a whole document. Stable because slugs, record ids and anchors are.
 */
export function citationKey(doc: SourceDoc, record: CitedRecord): string {
  if (record.kind === 'document') return doc.slug;
  if (record.kind === 'paragraph') return `${doc.slug}:${record.id}`;
  return `${doc.slug}:${record.kind}-${record.id}`;
}

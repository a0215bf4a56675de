/**
 * Writes (or completes) content/translations/<slug>.yaml: one entry per translatable node with
 * its anchor and source hash, keeping every English text already written.
 *   node scripts/dev/translation-skeleton.ts <slug>
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { sourceHash } from '../../src/lib/source-hash.ts';
import { translationSchema, type TranslatedNode } from '../../src/schemas/translation.ts';

const slug = process.argv[2];
if (!slug) throw new Error('usage: node scripts/dev/translation-skeleton.ts <slug>');
const doc = JSON.parse(
  readFileSync(new URL(`../../content/documents/${slug}.json`, import.meta.url), 'utf8'),
) as SourceDocument;
const path = new URL(`../../content/translations/${slug}.yaml`, import.meta.url);
const existing = existsSync(path)
  ? translationSchema.parse(parse(readFileSync(path, 'utf8'), { schema: 'failsafe' }))
  : { doc: slug, nodes: [] };
const byAnchor = new Map(existing.nodes.map((n) => [n.anchor, n]));
const nodes: TranslatedNode[] = doc.nodes
  .filter((n) => n.type !== 'artifact')
  .map((n) => {
    const old = byAnchor.get(n.id);
    if (n.type === 'table') {
      return old ?? { anchor: n.id, hash: sourceHash(n), caption: '', cells: n.rows.map((r) => r.map(() => '')) };
    }
    return old ?? { anchor: n.id, hash: sourceHash(n), en: '' };
  });
writeFileSync(
  path,
  `# English translation of ${doc.file} — the project's own translation, aligned to source anchors.\n` +
    `${stringify({ doc: slug, nodes }, { lineWidth: 0 })}`,
);
console.error(`${slug}: ${nodes.length} nodes`);

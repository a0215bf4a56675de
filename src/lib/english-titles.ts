import type { SourceDocument } from '../schemas/document.ts';
import type { Translation } from '../schemas/translation.ts';
import { renderTokens } from './quantity-en.ts';

/** What a table record says about its English title (content/curated/tables.yaml). */
interface TableTitle {
  id: string;
  doc: string;
  anchor: string;
  title: { en: string };
  /** True when the project supplied the title because the printed caption is not this table's. */
  titleSupplied?: boolean | undefined;
}

const norm = (s: string) => renderTokens(s).trim().toLowerCase();

/**
 * One English title per document and per table, used everywhere: a printed document title's
 * translation is the document's English title (manifest), and a table's English title contains the
 * translation of its own printed caption. Returns one message per mismatch.
 */
export function checkEnglishTitles(
  documents: readonly SourceDocument[],
  translations: ReadonlyMap<string, Translation>,
  tables: readonly TableTitle[],
): string[] {
  const problems: string[] = [];
  const english = (doc: string, anchor: string) => translations.get(doc)?.nodes.find((n) => n.anchor === anchor);
  for (const d of documents) {
    const title = d.title.printed ? d.nodes.find((n) => n.type === 'heading' && n.markerKind === 'title') : undefined;
    const en = title && english(d.slug, title.id)?.en;
    if (en && norm(en) !== norm(d.title.en))
      problems.push(
        `seeds/manifest.yaml ${d.slug}: title.en “${d.title.en}” differs from the reader's “${renderTokens(en)}” ` +
          `(content/translations/${d.slug}.yaml ${title!.id})`,
      );
  }
  for (const t of tables) {
    if (t.titleSupplied) continue;
    const caption = english(t.doc, t.anchor)?.caption;
    if (caption?.trim() && !norm(t.title.en).includes(norm(caption)))
      problems.push(
        `content/curated/tables.yaml ${t.id}: title “${t.title.en}” does not contain the caption's English ` +
          `“${renderTokens(caption)}” (content/translations/${t.doc}.yaml ${t.anchor})`,
      );
  }
  return problems;
}

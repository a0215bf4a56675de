import type { DocNode } from '../../schemas/document.ts';
import type { Policy } from '../../schemas/policies.ts';
import type { KeyProject } from '../../schemas/programs.ts';
import type { Case, KeyFigure, Platform, SourceRef, TimelineEvent } from '../../schemas/records.ts';
import type { TableRecord } from '../../schemas/tables.ts';
import { paragraphLocator } from './locators.ts';
import type { CitedRecord } from './types.ts';

/**
 * Turns site records into what the citation module cites. Each helper names the record in the
 * source's terms (the caption as printed, the printed figure, the name as printed) and in English,
 * lists its source documents in evidence order, and gives its permalink path.
 */

const docsOf = (sources: readonly Pick<SourceRef, 'doc'>[]): string[] => [...new Set(sources.map((s) => s.doc))];

/** A whole source document (its reader page). */
export const citeDocument = (doc: { slug: string }): CitedRecord => ({ kind: 'document', id: doc.slug, locator: null, docs: [doc.slug], path: `sources/${doc.slug}/` });

/** 统计表 — a table; a title the source does not print is bracketed. */
export function citeTable(t: Pick<TableRecord, 'id' | 'doc' | 'caption' | 'title' | 'titleSupplied'>): CitedRecord {
  const zh = t.caption && !t.titleSupplied ? `表“${t.caption}”` : `表[${t.title.zh}]`;
  const en = t.titleSupplied ? `Table [${t.title.en}]` : `Table “${t.title.en}”`;
  return { kind: 'table', id: t.id, locator: { zh, en }, docs: [t.doc], path: `tables/${t.id}/` };
}

/** 关键数据 — a key statistic, named by the figure as printed and what it measures. */
export const citeFigure = (f: Pick<KeyFigure, 'id' | 'printed' | 'measures' | 'sources'>): CitedRecord => ({
  kind: 'figure',
  id: f.id,
  locator: { zh: `关键数据“${f.printed}”（${f.measures.zh}）`, en: `Key figure “${f.printed}” (${f.measures.en})` },
  docs: docsOf(f.sources),
  path: `figures/${f.id}/`,
});

/** 合作平台 — a platform; `nameEn` is its glossary name (null keeps the printed name). */
export const citePlatform = (p: Pick<Platform, 'name' | 'sources'> & { id: string }, nameEn: string | null): CitedRecord => ({
  kind: 'platform',
  id: p.id,
  locator: { zh: `合作平台“${p.name}”`, en: `Platform “${nameEn ?? p.name}”` },
  docs: docsOf(p.sources),
  path: `platforms/${p.id}/`,
});

/** 大事记 — a dated event. */
export const citeEvent = (e: Pick<TimelineEvent, 'title' | 'sources'> & { id: string }): CitedRecord => ({
  kind: 'event',
  id: e.id,
  locator: { zh: `大事记“${e.title.zh}”`, en: `Event “${e.title.en}”` },
  docs: docsOf(e.sources),
  path: `timeline/${e.id}/`,
});

/** 案例 — an enterprise case or aid project. */
export const citeCase = (c: Pick<Case, 'title' | 'sources'> & { id: string }): CitedRecord => ({
  kind: 'case',
  id: c.id,
  locator: { zh: `案例“${c.title.zh}”`, en: `Case “${c.title.en}”` },
  docs: docsOf(c.sources),
  path: `cases/${c.id}/`,
});

/** 政策文件 — a policy document as the sources cite it (title in 《》 and its 文号). */
export const citePolicy = (p: Pick<Policy, 'id' | 'title' | 'titleEn' | 'number' | 'mentions'>): CitedRecord => ({
  kind: 'policy',
  id: p.id,
  locator: { zh: `政策文件《${p.title}》${p.number ? `（${p.number}）` : ''}`, en: `Policy document “${p.titleEn}”` },
  docs: docsOf(p.mentions),
  path: `policies/${p.id}/`,
});

/** 考核指标 — one assessment indicator of a key project of the 2018 call. */
export function citeIndicator(doc: string, k: Pick<KeyProject, 'id' | 'annex' | 'title'>, i: { anchor: string; marker: string | null }): CitedRecord {
  const marker = i.marker ? ` ${i.marker}` : '';
  return {
    kind: 'indicator',
    id: i.anchor,
    locator: { zh: `附件${k.annex}“${k.title}”考核指标${marker}`, en: `Annex ${k.annex}, assessment indicator${marker}` },
    docs: [doc],
    path: `program/${k.id}/#${i.anchor}`,
  };
}

/** A paragraph of a source document, located by its section and number (see locators.ts). */
export const citeParagraph = (doc: { slug: string; nodes: readonly DocNode[] }, anchor: string): CitedRecord => ({
  kind: 'paragraph',
  id: anchor,
  locator: paragraphLocator(doc.nodes, anchor),
  docs: [doc.slug],
  path: `sources/${doc.slug}/#${anchor}`,
});

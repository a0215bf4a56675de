import type { DocNode } from '../../schemas/document.ts';
import type { Policy } from '../../schemas/policies.ts';
import type { KeyProject } from '../../schemas/programmes.ts';
import type { Case, KeyFigure, Platform, SourceRef, TimelineEvent } from '../../schemas/records.ts';
import type { TableRecord } from '../../schemas/tables.ts';
import { paragraphLocator } from './locators.ts';
import type { Bilingual, CitedRecord } from './types.ts';

/**
 * Turns site records into what the citation module cites. Each helper names the record in the
 * source's terms (the caption as printed, the printed figure, the name as printed) and in English,
 * lists its source documents in evidence order, and gives its permalink path.
 */

const docsOf = (sources: readonly Pick<SourceRef, 'doc'>[]): string[] => [...new Set(sources.map((s) => s.doc))];

/** A whole source document (its reader page). */
export const citeDocument = (doc: { slug: string }): CitedRecord => ({
  kind: 'document',
  id: doc.slug,
  locator: null,
  docs: [doc.slug],
  path: `sources/${doc.slug}/`,
});

/** 统计表 — a table; a title the source does not print is bracketed. */
export function citeTable(t: Pick<TableRecord, 'id' | 'doc' | 'caption' | 'title' | 'titleSupplied'>): CitedRecord {
  const zh = t.caption && !t.titleSupplied ? `表“${t.caption}”` : `表[${t.title.zh}]`;
  const en = t.titleSupplied ? `Table [${t.title.en}]` : `Table “${t.title.en}”`;
  return { kind: 'table', id: t.id, locator: { zh, en }, docs: [t.doc], path: `tables/${t.id}/` };
}

/** What a cited cell says besides its position: the value with its unit, and the table's period. */
export interface CellFacts {
  row: Bilingual;
  column: Bilingual;
  /** `285（亿美元）` / `285 (USD 100 million)`: as printed, with the table's unit. */
  value: Bilingual;
  period: Bilingual | null;
}

/**
 * 单元格 — one value of a table: the table as `citeTable` names it, then the cell's row and
 * column labels, the value with its unit and the reference period. The permalink is the cell's
 * anchor on the table page.
 */
export function citeValue(t: Parameters<typeof citeTable>[0], cellId: string, f: CellFacts): CitedRecord {
  const table = citeTable(t).locator!;
  const periodZh = f.period ? `，${f.period.zh}` : '';
  const periodEn = f.period ? `, ${f.period.en}` : '';
  return {
    kind: 'value',
    id: `${t.id}-${cellId}`,
    locator: {
      zh: `${table.zh}，“${f.row.zh}”行“${f.column.zh}”列：${f.value.zh}${periodZh}`,
      en: `${table.en}, row “${f.row.en}”, column “${f.column.en}”: ${f.value.en}${periodEn}`,
    },
    docs: [t.doc],
    path: `tables/${t.id}/#${cellId}`,
  };
}

/**
 * 图表 — a chart of this site, drawn from a source table: cited as that table, with the chart
 * named after it (the chart is this site's drawing; the numbers are the source's).
 */
export const citeChart = (
  c: { id: string; title: Bilingual; docs: readonly string[] },
  table: CitedRecord | null,
): CitedRecord => ({
  kind: 'chart',
  id: c.id,
  locator: {
    zh: table?.locator ? `${table.locator.zh}，本站据此绘制的图表“${c.title.zh}”` : `本站绘制的图表“${c.title.zh}”`,
    en: `${table?.locator ? `${table.locator.en}, ` : ''}as drawn by this site in the chart “${c.title.en}”`,
  },
  docs: [...c.docs],
  path: `charts/${c.id}/`,
});

/** 关键数据 — a key statistic, named by the figure as printed and what it measures. */
export const citeFigure = (f: Pick<KeyFigure, 'id' | 'printed' | 'measures' | 'sources'>): CitedRecord => ({
  kind: 'figure',
  id: f.id,
  locator: { zh: `关键数据“${f.printed}”（${f.measures.zh}）`, en: `Key figure “${f.printed}” (${f.measures.en})` },
  docs: docsOf(f.sources),
  path: `figures/${f.id}/`,
});

/** 合作平台 — a platform; `nameEn` is its glossary name (null keeps the printed name). */
export const citePlatform = (
  p: Pick<Platform, 'name' | 'sources'> & { id: string },
  nameEn: string | null,
): CitedRecord => ({
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
export function citeIndicator(
  doc: string,
  k: Pick<KeyProject, 'id' | 'annex' | 'title'>,
  i: { anchor: string; marker: string | null },
): CitedRecord {
  const marker = i.marker ? ` ${i.marker}` : '';
  return {
    kind: 'indicator',
    id: i.anchor,
    locator: {
      zh: `附件${k.annex}“${k.title}”考核指标${marker}`,
      en: `Annex ${k.annex}, assessment indicator${marker}`,
    },
    docs: [doc],
    path: `programme/${k.id}/#${i.anchor}`,
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

import { DOCUMENT_KINDS_FILE, readDocumentKinds } from '../../../lib/document-kinds.ts';
import type { SiteData } from '../../../data/site-data.ts';
import { toCsv } from '../../../lib/csv.ts';
import { field, list, tableSchema, type Bilingual, type Field } from './fields.ts';
import { tableCells, type CellRow } from '../../../lib/table-cells.ts';

/** One file of the data package, with what datapackage.json says about it. */
export interface DataResource {
  name: string;
  path: string;
  title: Bilingual;
  description: Bilingual;
  format: 'csv' | 'json';
  /** File text (CSV with BOM, or JSON). */
  text: string;
  /** Number of data rows (CSV resources). */
  rows?: number;
  /** Table Schema (CSV resources). */
  schema?: ReturnType<typeof tableSchema>;
  /** The collection a JSON resource holds, for validation (`records`, `tables`, …). */
  collection?: string;
  /** Where the rows come from: reader URLs of the source passages. */
  sources?: { title: string; path: string }[];
}

type Url = (path: string) => string;

/** Both permalinks of a record. */
const urls = <T>(path: (r: T) => string, url: Url): Field<T>[] => [
  field('url_zh', 'string', '中文页面', 'Page (Chinese)', (r) => url(`/zh/${path(r)}`)),
  field('url_en', 'string', '英文页面', 'Page (English)', (r) => url(`/en/${path(r)}`)),
];

function tabular<T>(
  name: string,
  path: string,
  title: Bilingual,
  description: Bilingual,
  fields: Field<T>[],
  rows: readonly T[],
  primaryKey?: string[],
): DataResource {
  return {
    name,
    path,
    title,
    description,
    format: 'csv',
    rows: rows.length,
    schema: tableSchema(fields, primaryKey),
    text: toCsv([fields.map((f) => f.name), ...rows.map((r) => fields.map((f) => f.value(r)))]),
  };
}

const json = (
  name: string,
  path: string,
  title: Bilingual,
  description: Bilingual,
  data: unknown,
  collection: string,
): DataResource => ({
  name,
  path,
  title,
  description,
  format: 'json',
  collection,
  text: `${JSON.stringify(data, null, 2)}\n`,
});

/** The fields of every table CSV (one row per cell, see table-cells.ts). */
export function tableFields(unit: Bilingual | null): Field<CellRow>[] {
  return [
    field('row', 'integer', '行', 'Row', (c) => c.row, {
      required: true,
      description: 'Row in the printed grid, 1-based, header rows included.',
    }),
    field('column', 'integer', '列', 'Column', (c) => c.column, {
      required: true,
      description: 'Column in the printed grid, 1-based.',
    }),
    field('header', 'boolean', '表头', 'Header cell', (c) => c.header, { required: true }),
    field('covered', 'boolean', '合并单元格', 'Covered by a span', (c) => c.covered, {
      required: true,
      description: 'An empty cell drawn as part of a neighbouring cell that spans it.',
    }),
    field('row_label', 'string', '行标签', 'Row label', (c) => c.row_label, {
      description: 'Printed text of the first cell of the row (following spans).',
    }),
    field('column_label', 'string', '列标签', 'Column label', (c) => c.column_label, {
      description: 'Printed text of the header cells above, joined by “ / ”.',
    }),
    field('printed', 'string', '原文', 'As printed', (c) => c.printed, {
      description: 'The cell exactly as printed in the source; empty when nothing is printed.',
    }),
    field('value', 'number', '数值', 'Value', (c) => c.value, {
      description: 'The number as printed, only when the cell is a number.',
      ...(unit && { unit }),
    }),
    field('value_status', 'string', '单元格类型', 'Cell status', (c) => c.value_status, {
      required: true,
      enum: ['number', 'text', 'missing', 'not-applicable', 'empty'],
      description:
        'number; text; missing (“—” printed: no value given, not zero); not-applicable (“/” printed); ' +
        'empty (nothing printed).',
    }),
    field('flag', 'string', '标记', 'Flag', (c) => c.flag, {
      description: 'The symbol printed instead of a number (“—”, “/”).',
    }),
    field('qualifier', 'string', '限定词', 'Qualifier', (c) => c.qualifier, {
      description: 'A qualifier printed with the number (约, 近, 以上, …); semicolon-separated.',
    }),
  ];
}

/** Every table and collection of the site, as CSV and JSON resources. `url` makes absolute URLs. */
export function buildResources(data: SiteData, url: Url): DataResource[] {
  const { documents, tables, platforms, events, cases, figures, policies, organisations, programmes, glossary, names } =
    data;
  const out: DataResource[] = [];
  const docTitle = (slug: string) => documents.find((d) => d.slug === slug)?.title.zh ?? slug;
  const en = (zh: string | null) => (zh ? names.en(zh) : null);

  // --- documents
  type Doc = (typeof documents)[number];
  out.push(
    tabular<Doc>(
      'documents',
      'documents.csv',
      { zh: '原始文献', en: 'Source documents' },
      {
        zh: '全部原始文献及清单所记录的全部信息（含草稿）。',
        en: 'Every source document, drafts included, and everything the manifest records about it.',
      },
      [
        field('slug', 'string', '标识', 'Slug', (d) => d.slug, { required: true }),
        field('file', 'string', '源文件', 'Seed file', (d) => d.file, { required: true }),
        field('sha256', 'string', 'SHA-256', 'SHA-256', (d) => d.sha256, { required: true }),
        field('kind', 'string', '文献类型', 'Kind', (d) => d.kind, {
          required: true,
          enum: readDocumentKinds(DOCUMENT_KINDS_FILE).map((k) => k.id),
        }),
        field('status', 'string', '状态', 'Status', (d) => d.status ?? 'reviewed', {
          required: true,
          enum: ['draft', 'reviewed'],
          description: 'draft: published before curation and translation are finished.',
        }),
        field('title_zh', 'string', '题名', 'Title (Chinese)', (d) => d.title.zh, { required: true }),
        field('title_en', 'string', '英文题名', 'Title (English, our translation)', (d) => d.title.en, {
          required: true,
        }),
        field('title_printed', 'boolean', '题名为原文所印', 'Title printed in the source', (d) => d.title.printed, {
          required: true,
          description: 'false: the source has no title; this one is supplied by the project.',
        }),
        field('period_from', 'year', '记述起始年', 'Period from', (d) => d.period?.from ?? null, {
          description: 'Empty: a draft whose period is not yet determined.',
        }),
        field('period_to', 'year', '记述截止年', 'Period to', (d) => d.period?.to ?? null),
        field('author_zh', 'string', '作者', 'Author (Chinese)', (d) => d.origin.author?.zh ?? null, {
          description: 'Empty: the text names no author.',
        }),
        field('author_en', 'string', '作者（拼音）', 'Author (romanized)', (d) => d.origin.author?.en ?? null),
        field(
          'author_affiliation_zh',
          'string',
          '作者单位',
          'Affiliation (Chinese)',
          (d) => d.origin.author?.affiliation?.zh ?? null,
        ),
        field(
          'author_affiliation_en',
          'string',
          '作者单位（英文）',
          'Affiliation (English)',
          (d) => d.origin.author?.affiliation?.en ?? null,
        ),
        field('byline_zh', 'string', '署名', 'Byline (Chinese)', (d) => d.origin.byline?.zh ?? null),
        field('publication_zh', 'string', '出版物', 'Publication (Chinese)', (d) => d.origin.publication?.zh ?? null, {
          description: 'Empty: the text does not name it.',
        }),
        field(
          'publication_en',
          'string',
          '出版物（英文）',
          'Publication (English)',
          (d) => d.origin.publication?.en ?? null,
        ),
        field('note_zh', 'string', '说明', 'Note (Chinese)', (d) => d.origin.note.zh, { required: true }),
        field('note_en', 'string', '说明（英文）', 'Note (English)', (d) => d.origin.note.en, { required: true }),
        ...urls<Doc>((d) => `sources/${d.slug}/`, url),
      ],
      documents,
      ['slug'],
    ),
  );
  out.push(
    json(
      'documents-json',
      'documents.json',
      { zh: '原始文献（JSON）', en: 'Source documents (JSON)' },
      { zh: '清单信息，不含全文。', en: 'Manifest entries, without the text.' },
      documents.map(({ nodes: _n, layout: _l, generated: _g, ...d }) => d),
      'manifest',
    ),
  );
  for (const d of documents) {
    out.push(
      json(
        `document-${d.slug}`,
        `documents/${d.slug}.json`,
        d.title,
        {
          zh: '全文：段落、标题、表格、图片说明与勘误，各带锚点与源文件行号。',
          en: 'Full text: paragraphs, headings, tables, photo captions and errata, with anchors and seed lines.',
        },
        d,
        'document',
      ),
    );
  }

  // --- tables: an index, then one CSV and JSON per table
  type Table = (typeof tables)[number];
  out.push(
    tabular<Table>(
      'tables',
      'tables.csv',
      { zh: '统计表目录', en: 'Tables (index)' },
      {
        zh: '原始文献中的全部表格及其数据所指时期、单位与说明。',
        en: 'Every table of the sources with its reference period, unit and notes.',
      },
      [
        field('id', 'string', '标识', 'Id', (t) => t.id, { required: true }),
        field('doc', 'string', '原始文献', 'Source document', (t) => t.doc, { required: true }),
        field('anchor', 'string', '锚点', 'Anchor', (t) => t.anchor, { required: true }),
        field('caption', 'string', '原表题', 'Caption as printed', (t) => t.caption, {
          description: 'Empty: the source table has no caption.',
        }),
        field('title_zh', 'string', '标题', 'Title (Chinese)', (t) => t.title.zh, { required: true }),
        field('title_en', 'string', '英文标题', 'Title (English)', (t) => t.title.en, { required: true }),
        field('title_supplied', 'boolean', '标题为本站所拟', 'Title supplied', (t) => t.titleSupplied, {
          required: true,
        }),
        field(
          'reference_from',
          'year',
          '数据所指起始年',
          'Reference period from',
          (t) => t.referencePeriod?.from ?? null,
          { description: 'The year(s) the numbers describe; empty when the source does not say.' },
        ),
        field('reference_to', 'year', '数据所指截止年', 'Reference period to', (t) => t.referencePeriod?.to ?? null, {
          description: 'Empty with reference_from set: an open period (“since …”).',
        }),
        field(
          'reference_basis_zh',
          'string',
          '时期依据',
          'Reference period basis (Chinese)',
          (t) => t.referencePeriod?.basis.zh ?? null,
        ),
        field(
          'reference_basis_en',
          'string',
          '时期依据（英文）',
          'Reference period basis (English)',
          (t) => t.referencePeriod?.basis.en ?? null,
        ),
        field(
          'reference_note_zh',
          'string',
          '时期说明',
          'Reference note (Chinese)',
          (t) => t.referenceNote?.zh ?? null,
        ),
        field(
          'reference_note_en',
          'string',
          '时期说明（英文）',
          'Reference note (English)',
          (t) => t.referenceNote?.en ?? null,
        ),
        field('unit_zh', 'string', '单位', 'Unit (Chinese)', (t) => t.unit?.zh ?? null),
        field('unit_en', 'string', '单位（英文）', 'Unit (English)', (t) => t.unit?.en ?? null),
        field('notes_zh', 'string', '说明', 'Notes (Chinese)', (t) =>
          list(t.notes.map((n) => n.zh.replace(/;/gu, '；'))),
        ),
        field('notes_en', 'string', '说明（英文）', 'Notes (English)', (t) =>
          list(t.notes.map((n) => n.en.replace(/;/gu, ','))),
        ),
        field(
          'sum_checks',
          'string',
          '合计核对',
          'Sum checks',
          (t) => list(t.sumChecks.map((c) => `${c.kind} ${c.label}: ${c.actual} ≠ ${c.expected}`)),
          { description: 'Sums computed from the printed numbers that do not come out as expected.' },
        ),
        field('errata', 'string', '勘误', 'Errata', (t) => list(t.errata.map((e) => e.erratum))),
        field('header_rows', 'integer', '表头行数', 'Header rows', (t) => t.headerRows, { required: true }),
        field('columns', 'integer', '列数', 'Columns', (t) => t.columns, { required: true }),
        field('first_line', 'integer', '起始行', 'First seed line', (t) => t.lines[0], { required: true }),
        field('last_line', 'integer', '结束行', 'Last seed line', (t) => t.lines[1], { required: true }),
        field('csv', 'string', 'CSV 文件', 'CSV file', (t) => `tables/${t.id}.csv`, { required: true }),
        ...urls<Table>((t) => `tables/${t.id}/`, url),
      ],
      tables,
      ['id'],
    ),
  );
  out.push(
    json(
      'tables-json',
      'tables.json',
      { zh: '统计表（JSON）', en: 'Tables (JSON)' },
      { zh: '全部表格，单元格已分类。', en: 'All tables with typed cells.' },
      tables,
      'tables',
    ),
  );
  for (const t of tables) {
    const title = { zh: t.title.zh, en: t.title.en };
    const note = { zh: t.notes.map((n) => n.zh).join(' '), en: t.notes.map((n) => n.en).join(' ') };
    const sources = [{ title: docTitle(t.doc), path: url(`/zh/sources/${t.doc}/#${t.anchor}`) }];
    out.push({
      ...tabular(
        `table-${t.id}`,
        `tables/${t.id}.csv`,
        title,
        { zh: `每个单元格一行。${note.zh}`.trim(), en: `One row per cell. ${note.en}`.trim() },
        tableFields(t.unit),
        tableCells(t),
        ['row', 'column'],
      ),
      sources,
    });
    out.push({
      ...json(
        `table-${t.id}-json`,
        `tables/${t.id}.json`,
        title,
        { zh: '表格记录（JSON）。', en: 'The table record (JSON).' },
        t,
        'table',
      ),
      sources,
    });
  }

  // --- key figures
  type Figure = (typeof figures)[number];
  out.push(
    tabular<Figure>(
      'figures',
      'figures.csv',
      { zh: '关键数据', en: 'Key figures' },
      {
        zh: '原文叙述中的关键数字，按原文记录。',
        en: 'Key statistics stated in the prose of the sources, recorded as printed.',
      },
      [
        field('id', 'string', '标识', 'Id', (f) => f.id, { required: true }),
        field('printed', 'string', '原文', 'As printed', (f) => f.printed, { required: true }),
        field('value', 'number', '数值', 'Value', (f) => f.value, {
          description: 'The number as printed digits; empty when written in words, a range or a ratio.',
        }),
        field('unit', 'string', '单位', 'Unit (as printed)', (f) => f.unit || null, {
          description: 'Empty when the figure has no unit (a ratio, a share written in words).',
        }),
        field('qualifier', 'string', '限定词', 'Qualifier', (f) => f.qualifier, {
          description: '约, 近, 以上, 余, 多… as printed; empty when exact.',
        }),
        field('measures_zh', 'string', '所指', 'Measures (Chinese)', (f) => f.measures.zh, { required: true }),
        field('measures_en', 'string', '所指（英文）', 'Measures (English)', (f) => f.measures.en, { required: true }),
        field('year', 'year', '数据所指年份', 'Reference year', (f) => f.year, {
          description: 'The year the number describes, only when the quoted text states it.',
        }),
        field('countries', 'string', '国家', 'Countries', (f) => list(f.countries), {
          description: 'ISO 3166-1 alpha-2 codes, semicolon-separated.',
        }),
        field('topic', 'string', '主题', 'Topic', (f) => f.topic, { required: true }),
        field(
          'docs',
          'string',
          '原始文献',
          'Source documents',
          (f) => list([...new Set(f.sources.map((s) => s.doc))]),
          { required: true },
        ),
        ...urls<Figure>((f) => `figures/${f.id}/`, url),
      ],
      figures,
      ['id'],
    ),
  );
  out.push(
    json(
      'figures-json',
      'figures.json',
      { zh: '关键数据（JSON）', en: 'Key figures (JSON)' },
      { zh: '含引文证据。', en: 'With their quoted evidence.' },
      figures,
      'figures',
    ),
  );

  // --- platforms, events, cases
  type PlatformRow = (typeof platforms)[number];
  out.push(
    tabular<PlatformRow>(
      'platforms',
      'platforms.csv',
      { zh: '合作平台', en: 'Cooperation platforms' },
      { zh: '原文所述的科技合作平台。', en: 'S&T cooperation platforms named in the sources.' },
      [
        field('id', 'string', '标识', 'Id', (p) => p.id, { required: true }),
        field('name_zh', 'string', '名称', 'Name (as printed)', (p) => p.name, { required: true }),
        field('name_en', 'string', '英文名称', 'Name (English)', (p) => en(p.name)),
        field('aliases', 'string', '别称', 'Other printed names', (p) => list(p.aliases)),
        field('kind', 'string', '类型', 'Kind', (p) => p.kind, { required: true }),
        field('countries', 'string', '合作国家', 'Countries', (p) => list(p.countries), {
          description: 'ISO 3166-1 alpha-2 codes, semicolon-separated.',
        }),
        field('host_zh', 'string', '依托单位', 'Host (as printed)', (p) => p.host),
        field('host_en', 'string', '依托单位（英文）', 'Host (English)', (p) => en(p.host)),
        field('location_zh', 'string', '所在地', 'Location (as printed)', (p) => p.location),
        field('location_en', 'string', '所在地（英文）', 'Location (English)', (p) => en(p.location)),
        field('parent', 'string', '上级平台', 'Parent platform', (p) => p.parent ?? null),
        field('year', 'year', '年份', 'Year', (p) => p.year),
        field('status', 'string', '状态', 'Status', (p) => p.status),
        field('summary_zh', 'string', '概述', 'Summary (Chinese)', (p) => p.summary.zh, { required: true }),
        field('summary_en', 'string', '概述（英文）', 'Summary (English)', (p) => p.summary.en, { required: true }),
        ...urls<PlatformRow>((p) => `platforms/${p.id}/`, url),
      ],
      platforms,
      ['id'],
    ),
  );
  out.push(
    json(
      'platforms-json',
      'platforms.json',
      { zh: '合作平台（JSON）', en: 'Cooperation platforms (JSON)' },
      { zh: '含引文证据。', en: 'With their quoted evidence.' },
      platforms,
      'platforms',
    ),
  );

  type EventRow = (typeof events)[number];
  out.push(
    tabular<EventRow>(
      'events',
      'events.csv',
      { zh: '大事记', en: 'Timeline events' },
      { zh: '原文所述的有日期事件，日期精确到原文所给。', en: 'Dated events, as precise as the sources give them.' },
      [
        field('id', 'string', '标识', 'Id', (e) => e.id, { required: true }),
        field('title_zh', 'string', '标题', 'Title (Chinese)', (e) => e.title.zh, { required: true }),
        field('title_en', 'string', '英文标题', 'Title (English)', (e) => e.title.en, { required: true }),
        field('year', 'year', '年', 'Year', (e) => e.date.year, { required: true }),
        field('month', 'integer', '月', 'Month', (e) => e.date.month),
        field('day', 'integer', '日', 'Day', (e) => e.date.day),
        field('to_year', 'year', '截止年', 'To year', (e) => e.date.toYear, { description: 'Last year of a period.' }),
        field('open_ended', 'boolean', '以来', 'Open period', (e) => e.date.openEnded === true, {
          required: true,
          description: 'True for “since year” (N 年以来): the period has no end.',
        }),
        field('kind', 'string', '类型', 'Kind', (e) => e.kind, { required: true }),
        field('phase', 'string', '阶段', 'Phase', (e) => e.phase, { required: true }),
        field('countries', 'string', '国家', 'Countries', (e) => list(e.countries)),
        field('related', 'string', '相关记录', 'Related records', (e) => list(e.related)),
        field('summary_zh', 'string', '概述', 'Summary (Chinese)', (e) => e.summary.zh, { required: true }),
        field('summary_en', 'string', '概述（英文）', 'Summary (English)', (e) => e.summary.en, { required: true }),
        ...urls<EventRow>((e) => `timeline/${e.id}/`, url),
      ],
      events,
      ['id'],
    ),
  );
  out.push(
    json(
      'events-json',
      'events.json',
      { zh: '大事记（JSON）', en: 'Timeline events (JSON)' },
      { zh: '含引文证据。', en: 'With their quoted evidence.' },
      events,
      'events',
    ),
  );

  type CaseRow = (typeof cases)[number];
  out.push(
    tabular<CaseRow>(
      'cases',
      'cases.csv',
      { zh: '案例', en: 'Cases' },
      { zh: '企业合作案例与援疆项目。', en: 'Enterprise cases and S&T aid projects.' },
      [
        field('id', 'string', '标识', 'Id', (c) => c.id, { required: true }),
        field('kind', 'string', '类型', 'Kind', (c) => c.kind, { required: true, enum: ['enterprise', 'aid-project'] }),
        field('actor_zh', 'string', '主体', 'Actor (as printed)', (c) => c.actor, { required: true }),
        field('actor_en', 'string', '主体（英文）', 'Actor (English)', (c) => en(c.actor)),
        field('years', 'string', '年份', 'Years', (c) => list(c.years), {
          description: 'Years as printed, semicolon-separated.',
        }),
        field('countries', 'string', '国家', 'Countries', (c) => list(c.countries)),
        field('partners', 'string', '合作方', 'Partners (as printed)', (c) => list(c.partners)),
        field('title_zh', 'string', '标题', 'Title (Chinese)', (c) => c.title.zh, { required: true }),
        field('title_en', 'string', '英文标题', 'Title (English)', (c) => c.title.en, { required: true }),
        field('content_zh', 'string', '内容', 'Content (Chinese)', (c) => c.content.zh, { required: true }),
        field('content_en', 'string', '内容（英文）', 'Content (English)', (c) => c.content.en, { required: true }),
        field('results_zh', 'string', '成效', 'Results (Chinese)', (c) => c.results.zh, { required: true }),
        field('results_en', 'string', '成效（英文）', 'Results (English)', (c) => c.results.en, { required: true }),
        field('related', 'string', '相关记录', 'Related records', (c) => list(c.related)),
        ...urls<CaseRow>((c) => `cases/${c.id}/`, url),
      ],
      cases,
      ['id'],
    ),
  );
  out.push(
    json(
      'cases-json',
      'cases.json',
      { zh: '案例（JSON）', en: 'Cases (JSON)' },
      { zh: '含引文证据。', en: 'With their quoted evidence.' },
      cases,
      'cases',
    ),
  );

  // --- figures stated about platforms and cases, and the evidence of every curated record
  const stated = [
    ...platforms.flatMap((p) => p.figures.map((f, i) => ({ type: 'platform', id: p.id, i, f }))),
    ...cases.flatMap((c) => c.figures.map((f, i) => ({ type: 'case', id: c.id, i, f }))),
  ];
  out.push(
    tabular<(typeof stated)[number]>(
      'stated-figures',
      'stated-figures.csv',
      { zh: '记录所述数字', en: 'Figures stated about records' },
      {
        zh: '原文就某一平台或案例所述的数字，按原文记录。',
        en: 'Numbers the sources state about a platform or case, as printed.',
      },
      [
        field('record_type', 'string', '记录类型', 'Record type', (s) => s.type, {
          required: true,
          enum: ['platform', 'case'],
        }),
        field('record_id', 'string', '记录标识', 'Record id', (s) => s.id, { required: true }),
        field('position', 'integer', '序号', 'Position', (s) => s.i + 1, { required: true }),
        field('printed', 'string', '原文', 'As printed', (s) => s.f.printed, { required: true }),
        field('measures_zh', 'string', '所指', 'Measures (Chinese)', (s) => s.f.measures.zh, { required: true }),
        field('measures_en', 'string', '所指（英文）', 'Measures (English)', (s) => s.f.measures.en, {
          required: true,
        }),
      ],
      stated,
      ['record_type', 'record_id', 'position'],
    ),
  );
  const evidence = [
    ...platforms.flatMap((r) => r.sources.map((s, i) => ({ type: 'platform', id: r.id, i, s }))),
    ...events.flatMap((r) => r.sources.map((s, i) => ({ type: 'event', id: r.id, i, s }))),
    ...cases.flatMap((r) => r.sources.map((s, i) => ({ type: 'case', id: r.id, i, s }))),
    ...figures.flatMap((r) => r.sources.map((s, i) => ({ type: 'figure', id: r.id, i, s }))),
    ...policies.flatMap((r) => r.mentions.map((s, i) => ({ type: 'policy', id: r.id, i, s }))),
  ];
  out.push(
    tabular<(typeof evidence)[number]>(
      'evidence',
      'evidence.csv',
      { zh: '出处', en: 'Evidence' },
      {
        zh: '每条记录的原文出处：引文与原文逐字一致。',
        en: 'The source passages of every record; each quote occurs verbatim in the passage.',
      },
      [
        field('record_type', 'string', '记录类型', 'Record type', (e) => e.type, {
          required: true,
          enum: ['platform', 'event', 'case', 'figure', 'policy'],
        }),
        field('record_id', 'string', '记录标识', 'Record id', (e) => e.id, { required: true }),
        field('position', 'integer', '序号', 'Position', (e) => e.i + 1, { required: true }),
        field('doc', 'string', '原始文献', 'Source document', (e) => e.s.doc, { required: true }),
        field('anchor', 'string', '锚点', 'Anchor', (e) => e.s.anchor, { required: true }),
        field('quote', 'string', '引文', 'Quote', (e) => e.s.quote, { required: true }),
        field(
          'source_url',
          'string',
          '原文链接',
          'Passage in the reader',
          (e) => url(`/zh/sources/${e.s.doc}/#${e.s.anchor}`),
          { required: true },
        ),
      ],
      evidence,
      ['record_type', 'record_id', 'position'],
    ),
  );

  // --- policies, organisations, names
  type PolicyRow = (typeof policies)[number];
  out.push(
    tabular<PolicyRow>(
      'policies',
      'policies.csv',
      { zh: '政策文件', en: 'Policy documents' },
      { zh: '原文引用的政策文件及其文号。', en: 'Policy documents the sources cite, with their document numbers.' },
      [
        field('id', 'string', '标识', 'Id', (p) => p.id, { required: true }),
        field('title', 'string', '题名', 'Title (as printed)', (p) => p.title, { required: true }),
        field('titles', 'string', '全部题名', 'All printed titles', (p) => list(p.titles)),
        field('title_en', 'string', '英文题名', 'Title (English)', (p) => p.titleEn, { required: true }),
        field('number', 'string', '文号', 'Document number', (p) => p.number),
        field('year', 'year', '年份', 'Year', (p) => p.year),
        field('kind', 'string', '类型', 'Kind', (p) => p.kind, { required: true }),
        field('issuer', 'string', '发布机构', 'Issuer (as stated)', (p) => p.issuer),
        field('note_zh', 'string', '说明', 'Note (Chinese)', (p) => p.note?.zh ?? null),
        field('note_en', 'string', '说明（英文）', 'Note (English)', (p) => p.note?.en ?? null),
        ...urls<PolicyRow>((p) => `policies/${p.id}/`, url),
      ],
      policies,
      ['id'],
    ),
  );
  out.push(
    json(
      'policies-json',
      'policies.json',
      { zh: '政策文件（JSON）', en: 'Policy documents (JSON)' },
      { zh: '含每次引用的出处。', en: 'With every mention in the sources.' },
      policies,
      'policies',
    ),
  );

  type OrgRow = (typeof organisations)[number];
  out.push(
    tabular<OrgRow>(
      'organisations',
      'organisations.csv',
      { zh: '机构', en: 'Organisations' },
      { zh: '原文提及的机构与企业。', en: 'Institutions and companies the sources name.' },
      [
        field('id', 'string', '标识', 'Id', (o) => o.id, { required: true }),
        field('name_zh', 'string', '名称', 'Name (Chinese)', (o) => o.zh, { required: true }),
        field('name_en', 'string', '英文名称', 'Name (English)', (o) => o.en, { required: true }),
        field('official', 'boolean', '官方英文名', 'Official English name', (o) => o.official, { required: true }),
        field('kind', 'string', '类型', 'Kind', (o) => o.kind, { required: true }),
        field('aliases', 'string', '别称', 'Other names', (o) => list(o.aliases)),
        field('parent_id', 'string', '所属机构', 'Part of (organisation id)', (o) => o.parent, {
          description: 'The organisation whose name this unit’s name begins with (a college, institute or sub-branch).',
        }),
        field('records', 'string', '相关记录', 'Records', (o) => list(o.records)),
        field('mentions', 'integer', '提及次数', 'Mentions', (o) => o.mentions.length, { required: true }),
        ...urls<OrgRow>((o) => `organisations/${o.id}/`, url),
      ],
      organisations,
      ['id'],
    ),
  );
  out.push(
    json(
      'organisations-json',
      'organisations.json',
      { zh: '机构（JSON）', en: 'Organisations (JSON)' },
      { zh: '含全部提及之处。', en: 'With every mention.' },
      organisations,
      'organisations',
    ),
  );

  type NameRow = (typeof glossary)[number];
  out.push(
    tabular<NameRow>(
      'names',
      'names.csv',
      { zh: '术语表', en: 'Names and terms' },
      { zh: '本站英文名称的唯一来源。', en: 'The single source of the English names used on the site.' },
      [
        field('zh', 'string', '中文', 'Chinese', (g) => g.zh, { required: true }),
        field('en', 'string', '英文', 'English', (g) => g.en, { required: true }),
        field('official', 'boolean', '官方英文名', 'Official English name', (g) => g.official, { required: true }),
        field('source', 'string', '英文名出处', 'Where the English name comes from', (g) => g.source ?? null),
        field('kind', 'string', '类型', 'Kind', (g) => g.kind, { required: true }),
        field('aliases', 'string', '别称', 'Other Chinese forms', (g) => list(g.aliases)),
        field('country', 'string', '国家代码', 'Country code', (g) => g.country ?? null),
        field('note', 'string', '说明', 'Note', (g) => g.note ?? null),
      ],
      glossary,
      ['zh'],
    ),
  );
  out.push(
    json(
      'names-json',
      'names.json',
      { zh: '术语表（JSON）', en: 'Names and terms (JSON)' },
      { zh: '术语表条目。', en: 'Glossary entries.' },
      glossary,
      'names',
    ),
  );

  // --- the 2018 call: categories, key projects, indicators and their quantities
  const programme = programmes[0];
  if (programme) out.push(...programmeResources(programme, url));
  out.push(
    json(
      'programmes-json',
      'programmes.json',
      { zh: '申报指南（JSON）', en: 'Calls for proposals (JSON)' },
      { zh: '2018年申报指南的全部结构化内容。', en: 'Everything structured from the 2018 call.' },
      programmes,
      'programmes',
    ),
  );
  return out;
}

type Programme = SiteData['programmes'][number];

function programmeResources(p: Programme, url: Url): DataResource[] {
  const quantityFields = <T>(
    q: (r: T) => Programme['categories'][number]['funding'] | undefined,
    prefix = '',
  ): Field<T>[] => [
    field(`${prefix}printed`, 'string', '原文', 'As printed', (r) => q(r)?.printed ?? null),
    field(`${prefix}min`, 'number', '下限', 'Minimum', (r) => q(r)?.min ?? null),
    field(`${prefix}max`, 'number', '上限', 'Maximum', (r) => q(r)?.max ?? null, {
      description: 'Empty for a single number.',
    }),
    field(`${prefix}scale`, 'string', '数量级', 'Scale', (r) => q(r)?.scale ?? null, {
      enum: ['千', '万', '亿'],
      description: '千 = 10^3, 万 = 10^4, 亿 = 10^8; min and max are in this scale.',
    }),
    field(`${prefix}unit`, 'string', '单位', 'Unit (as printed)', (r) => q(r)?.unit ?? null),
    field(`${prefix}qualifier`, 'string', '限定词', 'Qualifier', (r) => q(r)?.qualifier ?? null, {
      description: '以上, 左右, 不少于… as printed.',
    }),
  ];
  type Category = Programme['categories'][number];
  type KeyProject = Programme['keyProjects'][number];
  const indicators = p.keyProjects.flatMap((k) => k.indicators.map((i, n) => ({ k, i, n })));
  const quantities = indicators.flatMap(({ k, i }) => i.quantities.map((q, n) => ({ k, i, q, n })));
  return [
    tabular<Category>(
      'programme-categories',
      'programme-categories.csv',
      { zh: '项目类别', en: 'Project categories' },
      {
        zh: '2018年申报指南的项目类别、数量与资助额度。',
        en: 'Categories of the 2018 call with their quotas and funding ranges.',
      },
      [
        field('programme_id', 'string', '指南', 'Call', () => p.id, { required: true }),
        field('kind', 'string', '类别', 'Kind', (c) => c.kind, { required: true, enum: ['key', 'general'] }),
        field('name', 'string', '名称', 'Name (as printed)', (c) => c.name, { required: true }),
        field('max_projects', 'integer', '项目数上限', 'At most (projects)', (c) => c.maxProjects, { required: true }),
        ...quantityFields<Category>((c) => c.funding, 'funding_'),
        field('anchor', 'string', '锚点', 'Anchor', (c) => c.anchor, { required: true }),
      ],
      p.categories,
    ),
    tabular<KeyProject>(
      'programme-key-projects',
      'programme-key-projects.csv',
      { zh: '重点项目', en: 'Key projects' },
      { zh: '2018年申报指南的重点项目及其附件。', en: 'Key projects of the 2018 call and their annexes.' },
      [
        field('id', 'string', '标识', 'Id', (k) => k.id, { required: true }),
        field('programme_id', 'string', '指南', 'Call', () => p.id, { required: true }),
        field('number', 'integer', '序号', 'Number', (k) => k.number, { required: true }),
        field('title', 'string', '题名', 'Title (as printed)', (k) => k.title, { required: true }),
        field('annex', 'integer', '附件', 'Annex', (k) => k.annex, { required: true }),
        field('countries', 'string', '国家', 'Countries', (k) => list(k.countries)),
        field('experts_table', 'string', '专家名单表', 'Experts table', (k) => k.expertsTable),
        field('indicators', 'integer', '考核指标数', 'Indicators', (k) => k.indicators.length, { required: true }),
        ...urls<KeyProject>((k) => `programme/${k.id}/`, url),
      ],
      p.keyProjects,
      ['id'],
    ),
    tabular<(typeof indicators)[number]>(
      'programme-indicators',
      'programme-indicators.csv',
      { zh: '考核指标', en: 'Assessment indicators' },
      {
        zh: '重点项目的约束性与预期性考核指标。',
        en: 'Binding and expected assessment indicators of the key projects.',
      },
      [
        field('key_project_id', 'string', '重点项目', 'Key project', (r) => r.k.id, { required: true }),
        field('position', 'integer', '序号', 'Position', (r) => r.n + 1, { required: true }),
        field('anchor', 'string', '锚点', 'Anchor', (r) => r.i.anchor, { required: true }),
        field('marker', 'string', '编号', 'Marker (as printed)', (r) => r.i.marker),
        field('binding', 'boolean', '约束性', 'Binding', (r) => r.i.binding, {
          required: true,
          description: 'true: 约束性 (binding); false: 预期性 (expected).',
        }),
        field('text', 'string', '原文', 'Text (as printed)', (r) => r.i.text, { required: true }),
        field('quantities', 'integer', '数量数', 'Quantities', (r) => r.i.quantities.length, { required: true }),
        field(
          'unitless_numbers',
          'string',
          '未印单位的数字',
          'Numbers printed without a unit',
          (r) => list(r.i.unitless),
          {
            description:
              'Numbers in the text with no unit after them (lost to an image, or none printed); none is guessed.',
          },
        ),
        ...urls<(typeof indicators)[number]>((r) => `programme/${r.k.id}/#${r.i.anchor}`, url),
      ],
      indicators,
      ['key_project_id', 'position'],
    ),
    tabular<(typeof quantities)[number]>(
      'programme-quantities',
      'programme-quantities.csv',
      { zh: '考核指标中的数量', en: 'Quantities in the indicators' },
      {
        zh: '考核指标中的每个数量，限定词单列。',
        en: 'Every quantity in the indicators, its qualifier in its own column.',
      },
      [
        field('key_project_id', 'string', '重点项目', 'Key project', (r) => r.k.id, { required: true }),
        field('indicator_anchor', 'string', '指标锚点', 'Indicator anchor', (r) => r.i.anchor, { required: true }),
        field('position', 'integer', '序号', 'Position', (r) => r.n + 1, { required: true }),
        ...quantityFields<(typeof quantities)[number]>((r) => r.q),
      ],
      quantities,
      ['indicator_anchor', 'position'],
    ),
  ];
}

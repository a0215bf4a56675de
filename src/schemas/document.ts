import { z } from 'zod';
import { manifestEntrySchema } from './manifest.ts';

/**
 * Where a node's characters come from: 1-based line, 0-based [start, end) columns in code units.
 * Every non-blank character of a seed lies in exactly one span of exactly one node.
 */
export const spanSchema = z.tuple([
  z.number().int().positive(),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
]);

/** 勘误 — the kinds of defects found in the sources. Each is kept and annotated, never dropped. */
export const erratumKindSchema = z.enum([
  /** Word-processor bookmark marker such as `[bookmark: _GoBack]`. */
  'bookmark',
  /** `[image: ]` placeholder where the conversion lost an inline picture or symbol. */
  'image-placeholder',
  /** A line naming an image file (`image1.png`) left by the conversion. */
  'image-file',
  /** Markdown emphasis markers such as `**科技**` left by the conversion. */
  'markup',
  /** A lowercase English word inside Chinese text (`科研机构 and 高校`). */
  'latin-in-cjk',
  /** Characters repeated on both sides of a page break (`领先, / 先,`). */
  'repeated-at-break',
  /** A table caption that repeats an earlier table's caption. */
  'duplicate-caption',
  /** A heading printed at the start of its paragraph instead of on its own line. */
  'run-in-heading',
  /** A table row with fewer cells than the header; the missing cells are shown empty. */
  'missing-cells',
  /** A photo caption that interrupted a paragraph; the paragraph is rejoined around it. */
  'interrupting-caption',
  /** A line of web-page controls saved with a web export (`【打印】`, `下载`, `分享到：`). */
  'web-chrome',
  /** An HTML or code block of a Markdown export that the reader shows as printed, not rendered. */
  'markup-block',
]);

/** A piece of inline content: source text, or a defect kept in place with a note. */
export const inlineSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('erratum'),
    erratum: erratumKindSchema,
    /** The characters exactly as printed. */
    raw: z.string(),
    /** `flag`: the characters are shown, marked as a defect; `omit`: shown only as an annotation. */
    display: z.enum(['flag', 'omit']),
  }),
]);

/**
 * A defect that concerns a whole node rather than characters inside it. `params` fill the
 * localized explanation, e.g. `{ line: 127 }` for the table whose caption was repeated.
 */
export const nodeNoteSchema = z.object({ erratum: erratumKindSchema, params: z.record(z.string(), z.number().int()) });

const nodeBase = {
  /** Stable anchor: a hash of the node's own text, so edits elsewhere never change it. */
  id: z.string().regex(/^[hpftea]-[0-9a-f]{8}(?:-\d+)?$/),
  spans: z.array(spanSchema).min(1),
  notes: z.array(nodeNoteSchema),
};

/** 标题层级 — the numbering styles the sources use for headings, from outermost to innermost. */
export const markerKindSchema = z.enum([
  'title',
  'chapter',
  'annex',
  'bracket',
  'cn-top',
  'cn-paren',
  'label',
  'arabic',
  'task',
]);

export const headingSchema = z.object({
  type: z.literal('heading'),
  ...nodeBase,
  /** Nesting depth in the document outline, 1 = outermost. */
  level: z.number().int().min(1).max(6),
  markerKind: markerKindSchema,
  /** The numbering as printed (`一、`, `（一）`, `附件1`), or null for titles and labels. */
  marker: z.string().nullable(),
  inlines: z.array(inlineSchema),
  /** Clean text without marker and without omitted errata: what quotes and search use. */
  text: z.string(),
});

export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  ...nodeBase,
  /** `item`: a numbered list entry; `byline`: the author line of an article. */
  role: z.enum(['body', 'item', 'byline']),
  marker: z.string().nullable(),
  markerKind: markerKindSchema.nullable(),
  inlines: z.array(inlineSchema),
  text: z.string(),
});

export const cellSchema = z.object({
  /** As printed, numbers included; empty string for an empty cell. */
  text: z.string(),
  inlines: z.array(inlineSchema),
  header: z.boolean(),
  /** Display spans derived from empty neighbours; the empty cells they cover stay in the grid. */
  colspan: z.number().int().positive(),
  rowspan: z.number().int().positive(),
  /** True for an empty cell drawn as part of a neighbour's span. */
  covered: z.boolean(),
  span: spanSchema.nullable(),
});

export const tableSchema = z.object({
  type: z.literal('table'),
  ...nodeBase,
  caption: z.object({ inlines: z.array(inlineSchema), text: z.string(), spans: z.array(spanSchema) }).nullable(),
  /** `tabs`: one row per line, cells split by tabs; `cell-lines`: one cell per line, rows split by blank lines. */
  layout: z.enum(['tabs', 'cell-lines', 'markdown', 'html']),
  headerRows: z.number().int().nonnegative(),
  columns: z.number().int().positive(),
  rows: z.array(z.array(cellSchema)),
});

/** 图片说明 — a photo caption; the photo itself is not in the source text. */
export const figureSchema = z.object({
  type: z.literal('figure'),
  ...nodeBase,
  inlines: z.array(inlineSchema),
  text: z.string(),
});

/** A conversion leftover that stands on a line of its own (`image1.png`). */
export const artifactSchema = z.object({
  type: z.literal('artifact'),
  ...nodeBase,
  erratum: erratumKindSchema,
  raw: z.string(),
});

export const nodeSchema = z.discriminatedUnion('type', [
  headingSchema,
  paragraphSchema,
  tableSchema,
  figureSchema,
  artifactSchema,
]);

/** A parsed source document: the manifest entry plus its nodes in reading order. */
export const documentSchema = z.object({
  /** Says the file is generated and from what, so nobody edits it by hand. */
  generated: z.string(),
  ...manifestEntrySchema.shape,
  /** On the site a title always has English; a draft's untranslated title gets a plain placeholder. */
  title: z.object({ zh: z.string().min(1), en: z.string().min(1), printed: z.boolean() }),
  /** Layout facts the parser inferred, shown so a reader can judge its decisions. */
  layout: z.object({ hardWrapped: z.boolean(), wrapWidth: z.number().int().nullable(), lines: z.number().int() }),
  nodes: z.array(nodeSchema),
  /** Markdown syntax characters (`#`, `|`, `**`, tags), which are no node's text; only for `.md` seeds. */
  markup: z.array(spanSchema).optional(),
});

export type Span = z.infer<typeof spanSchema>;
export type ErratumKind = z.infer<typeof erratumKindSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type NodeNote = z.infer<typeof nodeNoteSchema>;
export type MarkerKind = z.infer<typeof markerKindSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type Paragraph = z.infer<typeof paragraphSchema>;
export type Cell = z.infer<typeof cellSchema>;
export type Table = z.infer<typeof tableSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Artifact = z.infer<typeof artifactSchema>;
export type DocNode = z.infer<typeof nodeSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;

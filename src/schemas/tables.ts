import { z } from 'zod';
import { nodeNoteSchema } from './document.ts';
import { bilingualSchema } from './manifest.ts';
import { recordIdSchema } from './records.ts';

/** The years a table's numbers describe, and how we know. */
export const referencePeriodSchema = z.object({
  from: z.number().int(),
  /** null for an open period such as “since 2010”. */
  to: z.number().int().nullable(),
  basis: bilingualSchema,
});

/** Curated facts about one source table (content/curated/tables.yaml). */
export const tableMetaSchema = z.object({
  anchor: z.string(),
  doc: z.string(),
  id: recordIdSchema,
  /**
   * `zh` only when the title is supplied: the source table has no caption, or its caption cannot
   * tell it apart (copied from another table, or shared by several); the printed caption is kept.
   */
  title: z.object({ zh: z.string().optional(), en: z.string() }),
  titleSupplied: z.boolean().default(false),
  referencePeriod: referencePeriodSchema.nullable(),
  referenceNote: bilingualSchema.optional(),
  unit: bilingualSchema.nullable(),
  /** Columns (0-based) whose body cells should add up to 100. */
  columnSums: z.array(z.number().int()).default([]),
  /** A total column and the columns that should add up to it, row by row. */
  rowSums: z.object({ total: z.number().int(), parts: z.array(z.number().int()) }).optional(),
  notes: z.array(bilingualSchema).default([]),
  /**
   * Columns (0-based) that label the cells to their right, up to the next such column: a table
   * printed as side-by-side blocks (import modes | share | export modes | share) has one per block.
   */
  rowLabelColumns: z.array(z.number().int().min(0)).default([0]),
});
export type TableMeta = z.infer<typeof tableMetaSchema>;

/** 单元格 — a typed cell: the printed text always, and the number when there is one. */
export const typedCellSchema = z.object({
  printed: z.string(),
  /** number: digits as printed; missing: “—”; not-applicable: “/”; empty: nothing printed. */
  kind: z.enum(['number', 'text', 'missing', 'not-applicable', 'empty']),
  value: z.number().nullable(),
  header: z.boolean(),
  colspan: z.number().int(),
  rowspan: z.number().int(),
  covered: z.boolean(),
});
export type TypedCell = z.infer<typeof typedCellSchema>;

/** A check computed from the printed numbers, shown beside the table. */
export const sumCheckSchema = z.object({
  kind: z.enum(['column-sum', 'row-sum']),
  /** Column (for column sums) or row (for row sums) the check is about, 0-based. */
  index: z.number().int(),
  label: z.string(),
  expected: z.number(),
  actual: z.number(),
});

/** 统计表 — a source table as a record: cells typed, caption exactly as printed. */
export const tableRecordSchema = z.object({
  id: recordIdSchema,
  doc: z.string(),
  /** Anchor of the table in the reader. */
  anchor: z.string(),
  /** Caption exactly as printed, or null when the source table has none. */
  caption: z.string().nullable(),
  title: bilingualSchema,
  titleSupplied: z.boolean(),
  referencePeriod: referencePeriodSchema.nullable(),
  referenceNote: bilingualSchema.nullable(),
  unit: bilingualSchema.nullable(),
  headerRows: z.number().int(),
  columns: z.number().int(),
  /** Columns whose cells label the cells to their right (tables.yaml `rowLabelColumns`). */
  rowLabelColumns: z.array(z.number().int()),
  rows: z.array(z.array(typedCellSchema)),
  /** Sums that do not come out as expected (e.g. a column adding up to 102). */
  sumChecks: z.array(sumCheckSchema),
  notes: z.array(bilingualSchema),
  /** Defects the parser found (a copied caption, missing cells). */
  errata: z.array(nodeNoteSchema),
  /** First and last seed line. */
  lines: z.tuple([z.number().int(), z.number().int()]),
});
export type TableRecord = z.infer<typeof tableRecordSchema>;

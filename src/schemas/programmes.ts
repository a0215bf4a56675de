import { z } from 'zod';
import { countrySchema, recordIdSchema } from './records.ts';

/** A passage of the call kept with its anchor, so every line is one click from the reader. */
export const anchoredTextSchema = z.object({
  anchor: z.string(),
  /** Numbering as printed (`1.`, `任务2.`, `（三）`), or null. */
  marker: z.string().nullable(),
  text: z.string(),
});

export const quantitySchema = z.object({
  printed: z.string(),
  min: z.number(),
  max: z.number().nullable(),
  scale: z.enum(['千', '万', '亿']).nullable(),
  unit: z.string(),
  qualifier: z.string().nullable(),
});

/** 考核指标 — an assessment indicator; binding (约束性) or expected (预期性). */
export const indicatorSchema = anchoredTextSchema.extend({
  binding: z.boolean(),
  quantities: z.array(quantitySchema),
  /** Numbers printed with no unit after them (lost to an image, or never printed), as printed. */
  unitless: z.array(z.string()),
});

export const expertSchema = z.object({ name: z.string(), affiliation: z.string(), title: z.string() });

/** 重点项目 — one of the key projects of the call, with its annex. */
export const keyProjectSchema = z.object({
  id: recordIdSchema,
  number: z.number().int(),
  /** The title as printed in the list of key projects, without the annex reference. */
  title: z.string(),
  annex: z.number().int(),
  countries: z.array(countrySchema),
  /** Anchors of the list entry and of the annex heading. */
  listAnchor: z.string(),
  annexAnchor: z.string(),
  goals: z.array(anchoredTextSchema),
  tasks: z.array(anchoredTextSchema),
  indicators: z.array(indicatorSchema),
  requirements: z.array(anchoredTextSchema),
  /** Id of the experts table (tables collection), or null. */
  expertsTable: z.string().nullable(),
  experts: z.array(expertSchema),
});
export type KeyProject = z.infer<typeof keyProjectSchema>;

/** 项目类别 — a category of the call with its quota and funding range as printed. */
export const categorySchema = z.object({
  kind: z.enum(['key', 'general']),
  name: z.string(),
  /** At most this many projects (…项以内). */
  maxProjects: z.number().int(),
  funding: quantitySchema,
  anchor: z.string(),
});

/** 计划 — the 2018 call of the SCO S&T Partnership Programme. */
export const programmeSchema = z.object({
  id: recordIdSchema,
  doc: z.string(),
  title: z.string(),
  year: z.number().int(),
  categories: z.array(categorySchema),
  keyProjects: z.array(keyProjectSchema),
  /** 一般项目 — the areas of general projects. */
  generalAreas: z.array(anchoredTextSchema),
  /** 申报要求 — requirements for all applications. */
  requirements: z.array(anchoredTextSchema),
});
export type Programme = z.infer<typeof programmeSchema>;

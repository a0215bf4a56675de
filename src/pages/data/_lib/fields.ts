import type { Cell } from '../../../lib/csv.ts';

/** A text in both site languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Frictionless field types used by the package. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'year';

/** One column: its Table Schema description and how to read it from a record. */
export interface Field<T> {
  name: string;
  type: FieldType;
  title: Bilingual;
  description?: string;
  unit?: Bilingual;
  required?: boolean;
  enum?: readonly string[];
  value: (row: T) => Cell;
}

/** Builds a field: `field('year', 'year', '年份', 'Year', (r) => r.year)`. */
export function field<T>(
  name: string,
  type: FieldType,
  zh: string,
  en: string,
  value: (row: T) => Cell,
  extra: Partial<Omit<Field<T>, 'name' | 'type' | 'title' | 'value'>> = {},
): Field<T> {
  return { name, type, title: { zh, en }, value, ...extra };
}

/** Lists travel in one cell, separated by semicolons (none of the values contains one). */
export const list = (items: readonly (string | number)[]): string | null => (items.length ? items.join(';') : null);

/** The Table Schema of a list of fields (https://specs.frictionlessdata.io/table-schema/). */
export function tableSchema<T>(fields: readonly Field<T>[], primaryKey?: readonly string[]) {
  return {
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      title: f.title.en,
      titles: f.title,
      ...(f.description && { description: f.description }),
      ...(f.unit && { unit: f.unit }),
      ...((f.required || f.enum) && {
        constraints: { ...(f.required && { required: true }), ...(f.enum && { enum: [...f.enum] }) },
      }),
    })),
    missingValues: [''],
    ...(primaryKey && { primaryKey: [...primaryKey] }),
  };
}

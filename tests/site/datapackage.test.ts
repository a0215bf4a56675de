import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseCsv } from '../../src/lib/csv.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { manifestEntrySchema } from '../../src/schemas/manifest.ts';
import { organisationSchema } from '../../src/schemas/organisations.ts';
import { policySchema } from '../../src/schemas/policies.ts';
import { programmeSchema } from '../../src/schemas/programmes.ts';
import {
  caseSchema,
  eventSchema,
  glossaryEntrySchema,
  keyFigureSchema,
  platformSchema,
  recordIdSchema,
} from '../../src/schemas/records.ts';
import { tableRecordSchema, type TableRecord } from '../../src/schemas/tables.ts';
import { builtFiles, DIST } from '../support/dist.ts';

// Runs on the built site: dist/data/datapackage.json and every file it describes.
builtFiles(); // fails without a build
const DATA = join(DIST, 'data');
const TABLES = fileURLToPath(new URL('../../content/tables/', import.meta.url));
const descriptorFile = join(DATA, 'datapackage.json');

interface FieldDescriptor {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'year';
  title: string;
  titles: { zh: string; en: string };
  constraints?: { required?: boolean; enum?: string[] };
}
interface ResourceDescriptor {
  name: string;
  path: string;
  format: 'csv' | 'json';
  bytes: number;
  titles: { zh: string; en: string };
  schema?: { fields: FieldDescriptor[]; primaryKey?: string[] };
  collection?: string;
}
const descriptor = JSON.parse(readFileSync(descriptorFile, 'utf8')) as {
  version: string;
  licenses: { name: string }[];
  resources: ResourceDescriptor[];
};

/** The Zod schema each JSON collection must satisfy: the same schemas the build validates with. */
const withId = <T extends z.ZodObject>(s: T) => s.extend({ id: recordIdSchema });
const COLLECTIONS: Record<string, z.ZodType> = {
  manifest: z.array(manifestEntrySchema),
  document: documentSchema,
  tables: z.array(tableRecordSchema),
  table: tableRecordSchema,
  figures: z.array(keyFigureSchema),
  platforms: z.array(withId(platformSchema)),
  events: z.array(withId(eventSchema)),
  cases: z.array(withId(caseSchema)),
  policies: z.array(policySchema),
  organisations: z.array(organisationSchema),
  names: z.array(glossaryEntrySchema.extend({ file: z.string() })),
  programmes: z.array(programmeSchema),
};

const TYPE_CHECKS: Record<FieldDescriptor['type'], (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/u.test(v),
  number: (v) => /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/iu.test(v) && Number.isFinite(Number(v)),
  boolean: (v) => v === 'true' || v === 'false',
  year: (v) => /^\d{4}$/u.test(v),
};

/** Problems of one CSV resource against its Table Schema. */
function csvProblems(r: ResourceDescriptor, text: string): string[] {
  const problems: string[] = [];
  if (!text.startsWith('\uFEFF')) problems.push(`${r.path}: no byte-order mark`);
  const [header, ...rows] = parseCsv(text);
  const fields = r.schema!.fields;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name)))
    problems.push(`${r.path}: header ${header?.join(',')} ≠ schema`);
  rows.forEach((row, i) => {
    if (row.length !== fields.length)
      return void problems.push(`${r.path}:${i + 2}: ${row.length} cells, schema has ${fields.length}`);
    fields.forEach((f, j) => {
      const v = row[j]!;
      if (v === '') {
        if (f.constraints?.required) problems.push(`${r.path}:${i + 2}: ${f.name} is required`);
        return;
      }
      if (!TYPE_CHECKS[f.type](v)) problems.push(`${r.path}:${i + 2}: ${f.name} "${v}" is not ${f.type}`);
      if (f.constraints?.enum && !f.constraints.enum.includes(v))
        problems.push(`${r.path}:${i + 2}: ${f.name} "${v}" not in enum`);
    });
  });
  const key = r.schema!.primaryKey;
  if (key) {
    const at = key.map((k) => fields.findIndex((f) => f.name === k));
    const seen = new Set(rows.map((row) => at.map((j) => row[j]).join('\u0000')));
    if (seen.size !== rows.length) problems.push(`${r.path}: primary key ${key.join('+')} is not unique`);
  }
  return problems;
}

describe('datapackage.json', () => {
  test('describes a release, a licence, and resources with titles in both languages', () => {
    expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/u);
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor.resources.length).toBeGreaterThan(40);
    for (const r of descriptor.resources) {
      expect(r.titles.zh, r.name).toMatch(/\S/u);
      expect(r.titles.en, r.name).toMatch(/\S/u);
      for (const f of r.schema?.fields ?? []) {
        expect(f.name, `${r.name}.${f.name}`).toMatch(/^[a-z][a-z0-9_]*$/u);
        expect(f.titles.zh && f.titles.en, `${r.name}.${f.name}`).toBeTruthy();
      }
    }
  });

  test('every resource exists with the size it declares', () => {
    const missing = descriptor.resources
      .filter((r) => !existsSync(join(DATA, r.path)) || statSync(join(DATA, r.path)).size !== r.bytes)
      .map((r) => r.path);
    expect(missing).toEqual([]);
  });

  test('every CSV resource parses and matches its Table Schema', () => {
    const problems = descriptor.resources
      .filter((r) => r.format === 'csv')
      .flatMap((r) => csvProblems(r, readFileSync(join(DATA, r.path), 'utf8')));
    expect(problems.slice(0, 20)).toEqual([]);
  });

  test('every JSON resource parses and matches the schema of its collection', () => {
    const problems: string[] = [];
    for (const r of descriptor.resources.filter((x) => x.format === 'json')) {
      const schema = COLLECTIONS[r.collection ?? ''];
      if (!schema) {
        problems.push(`${r.path}: unknown collection ${r.collection}`);
        continue;
      }
      const result = schema.safeParse(JSON.parse(readFileSync(join(DATA, r.path), 'utf8')));
      if (!result.success)
        problems.push(
          `${r.path}: ${result.error.issues
            .slice(0, 2)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`,
        );
    }
    expect(problems).toEqual([]);
  });

  test('every source table has a CSV whose numbers equal the typed values in content/tables', () => {
    const ids = readdirSync(TABLES).filter((f) => f.endsWith('.json'));
    expect(ids.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let numbers = 0;
    for (const file of ids) {
      const table = JSON.parse(readFileSync(join(TABLES, file), 'utf8')) as TableRecord;
      const resource = descriptor.resources.find((r) => r.name === `table-${table.id}`);
      if (!resource) {
        problems.push(`${table.id}: not in datapackage.json`);
        continue;
      }
      const [header, ...rows] = parseCsv(readFileSync(join(DATA, resource.path), 'utf8'));
      const col = (name: string) => header!.indexOf(name);
      const byPosition = new Map(rows.map((row) => [`${row[col('row')]},${row[col('column')]}`, row]));
      table.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const row = byPosition.get(`${r + 1},${c + 1}`);
          if (!row) return void problems.push(`${table.id} ${r + 1},${c + 1}: no CSV row`);
          if (row[col('printed')] !== cell.printed)
            problems.push(`${table.id} ${r + 1},${c + 1}: printed "${row[col('printed')]}" ≠ "${cell.printed}"`);
          const value = row[col('value')]!;
          if (cell.kind === 'number') {
            numbers++;
            if (value === '' || Number(value) !== cell.value)
              problems.push(`${table.id} ${r + 1},${c + 1}: value ${value} ≠ ${cell.value}`);
          } else if (value !== '')
            problems.push(`${table.id} ${r + 1},${c + 1}: value ${value} in a ${cell.kind} cell`);
          if (row[col('value_status')] !== cell.kind)
            problems.push(`${table.id} ${r + 1},${c + 1}: status ${row[col('value_status')]} ≠ ${cell.kind}`);
        }),
      );
      if (rows.length !== table.rows.flat().length)
        problems.push(`${table.id}: ${rows.length} CSV rows for ${table.rows.flat().length} cells`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(numbers).toBeGreaterThan(100);
  });

  test('the zip holds every file with README, licence and citation', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(DATA, 'silk-road-st-yearbook-data.zip'))));
    const folder = `silk-road-st-yearbook-data-${descriptor.version}/`;
    const names = Object.keys(zip);
    for (const f of [
      'README.md',
      'LICENSE.md',
      'citation.bib',
      'citation.ris',
      'citation.json',
      'datapackage.json',
      ...descriptor.resources.map((r) => r.path),
    ])
      expect(names, f).toContain(folder + f);
    const readme = new TextDecoder().decode(zip[`${folder}README.md`]);
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toMatch(/## 中文[\s\S]*## English/u);
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(zip[`${folder}tables/kz-kg-goods-shares-2010.csv`]),
    ).toBe(readFileSync(join(DATA, 'tables/kz-kg-goods-shares-2010.csv'), 'utf8'));
  });
});

import type { SourceDocument, Table } from '../../src/schemas/document.ts';
import type { TableMeta, TableRecord, TypedCell } from '../../src/schemas/tables.ts';
import type { OpenItems } from '../intake/open-items.ts';
import { exactSum } from '../../src/lib/printed-sum.ts';
import { typeCell } from './typed-cell.ts';

/** Adds printed number cells without floating-point noise (9.4 + 56.3 + 34.3 = 100). */
const add = (cells: readonly TypedCell[]): number =>
  exactSum(cells.map((c) => ({ value: c.value!, printed: c.printed })));

/** Column sums that should be 100 but are not, computed from the printed numbers. */
function columnChecks(rows: TypedCell[][], headerRows: number, columns: readonly number[]): TableRecord['sumChecks'] {
  const body = rows.slice(headerRows);
  return columns.flatMap((c) => {
    const actual = add(body.map((r) => r[c]!).filter((cell) => cell.kind === 'number'));
    const label = rows
      .slice(0, headerRows)
      .map((r) => headerAbove(r, c))
      .filter(Boolean)
      .join(' / ');
    return actual === 100 ? [] : [{ kind: 'column-sum' as const, index: c, label, expected: 100, actual }];
  });
}

/** The header text over column `c` in one header row, following a group heading's colspan. */
function headerAbove(row: readonly TypedCell[], c: number): string {
  for (let k = c; k >= 0; k--) {
    const cell = row[k]!;
    if (!cell.covered) return k + cell.colspan > c ? cell.printed : '';
  }
  return '';
}

/** Rows whose parts do not add up to their printed total (imports + exports vs total trade). */
function rowChecks(
  rows: TypedCell[][],
  headerRows: number,
  spec: NonNullable<TableMeta['rowSums']>,
): TableRecord['sumChecks'] {
  return rows.slice(headerRows).flatMap((row, i) => {
    const total = row[spec.total];
    const parts = spec.parts.map((c) => row[c]!);
    if (total?.kind !== 'number' || parts.some((p) => p.kind !== 'number')) return [];
    const actual = add(parts);
    return actual === total.value
      ? []
      : [{ kind: 'row-sum' as const, index: headerRows + i, label: row[0]!.printed, expected: total.value!, actual }];
  });
}

/**
 * Turns every source table into a table record. Each table must have curated metadata (an id
 * and an English title at least); a table without it, or metadata without a table, is an error.
 * In a draft document a table without metadata stays in the reader only, and is an open item.
 */
export function extractTables(
  documents: readonly SourceDocument[],
  metas: readonly TableMeta[],
  open?: OpenItems,
): TableRecord[] {
  const byAnchor = new Map(metas.map((m) => [`${m.doc}#${m.anchor}`, m]));
  const records: TableRecord[] = [];
  const used = new Set<string>();
  for (const doc of documents) {
    for (const node of doc.nodes) {
      if (node.type !== 'table') continue;
      const key = `${doc.slug}#${node.id}`;
      const meta = byAnchor.get(key);
      if (!meta && open?.isDraft(doc.slug)) {
        const table = `table “${node.caption?.text ?? 'no caption'}” (line ${node.spans[0]![0]})`;
        const message = `${table} has no entry in content/curated/tables.yaml`;
        open.add({ doc: doc.slug, gate: 'tables', where: node.id, message });
        continue;
      }
      if (!meta)
        throw new Error(
          `content/curated/tables.yaml: no entry for table ${key} (“${node.caption?.text ?? 'no caption'}”)`,
        );
      used.add(key);
      records.push(toRecord(doc, node, meta));
    }
  }
  for (const key of byAnchor.keys())
    if (!used.has(key)) throw new Error(`content/curated/tables.yaml: ${key} is not a table in the sources`);
  return records;
}

function toRecord(doc: SourceDocument, table: Table, meta: TableMeta): TableRecord {
  const rows = table.rows.map((r) => r.map(typeCell));
  const lines = table.spans.map((s) => s[0]);
  const captionZh = meta.title.zh ?? table.caption?.text;
  if (meta.title.zh && table.caption && !meta.titleSupplied) {
    const why = 'title.zh replaces it only with titleSupplied: true';
    throw new Error(`content/curated/tables.yaml: ${meta.id} has a caption; ${why}`);
  }
  if (!captionZh)
    throw new Error(`content/curated/tables.yaml: ${meta.id} has no caption in the source, so it needs title.zh`);
  return {
    id: meta.id,
    doc: doc.slug,
    anchor: table.id,
    caption: table.caption?.text ?? null,
    title: { zh: captionZh, en: meta.title.en },
    titleSupplied: meta.titleSupplied || table.caption === null,
    referencePeriod: meta.referencePeriod,
    referenceNote: meta.referenceNote ?? null,
    unit: meta.unit,
    headerRows: table.headerRows,
    columns: table.columns,
    rowLabelColumns: meta.rowLabelColumns,
    rows,
    sumChecks: [
      ...columnChecks(rows, table.headerRows, meta.columnSums),
      ...(meta.rowSums ? rowChecks(rows, table.headerRows, meta.rowSums) : []),
    ],
    notes: meta.notes,
    errata: table.notes,
    lines: [Math.min(...lines), Math.max(...lines)],
  };
}

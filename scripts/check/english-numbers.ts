import { unmatchedNumbers } from '../../src/lib/english-numbers.ts';

/** A record as far as this check needs it: where it lives, its fields, and the quotes that prove it. */
export interface RecordText {
  /** The file, as the error message names it (`content/curated/figures.yaml`). */
  file: string;
  /** The record's id where the file holds several (a list file); the message names it after the line. */
  id?: string;
  /** The line of a key path of `data` (`summary.en`) in the file; see src/lib/yaml-lines.ts. */
  lineOf?: ((key: string) => number | undefined) | undefined;
  data: unknown;
  /** Chinese the English may draw numbers from besides each field's own zh (quotes, printed figures). */
  evidence: readonly string[];
}

/** Every `{ zh, en }` pair in a record, with its key path (`summary`, `figures[2].measures`). */
function bilingualPairs(value: unknown, path: string, out: { key: string; zh: string; en: string }[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => bilingualPairs(v, `${path}[${i}]`, out));
  if (value === null || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.zh === 'string' && typeof o.en === 'string') out.push({ key: path, zh: o.zh, en: o.en });
  for (const [k, v] of Object.entries(o)) bilingualPairs(v, path ? `${path}.${k}` : k, out);
}

/**
 * Every number in a record's English corresponds to one in its Chinese (the field's own zh, the
 * record's quotes or printed figures), after conversion: “3,000 hectares … in 2009” with no
 * source for 3,000 or 2009 fails, naming the file, the line of the English and the key.
 */
export function checkEnglishNumbers(records: readonly RecordText[]): string[] {
  const problems: string[] = [];
  for (const r of records) {
    const pairs: { key: string; zh: string; en: string }[] = [];
    bilingualPairs(r.data, '', pairs);
    for (const p of pairs) {
      const key = p.key ? `${p.key}.en` : 'en';
      const where = `${r.file}:${r.lineOf?.(key) ?? 1}: ${r.id ? `${r.id} ` : ''}${key}`;
      for (const n of unmatchedNumbers(p.en, [p.zh, ...r.evidence])) {
        problems.push(`${where} states ${n}, which its Chinese does not (${JSON.stringify(p.en.slice(0, 80))})`);
      }
    }
  }
  return problems;
}

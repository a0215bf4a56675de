/** One collection as the audit lists it: the heading of its table in AUDIT.md and its record ids. */
export interface AuditedCollection {
  /** The `### …` heading's text before any “(N records)”, e.g. `Platforms`. */
  heading: string;
  ids: readonly string[];
}

const LABELS = (letter: 'C' | 'A') => `\\(${letter}\\d+(?:, ${letter}\\d+)*\\)`;
const VERDICT = `(?:corrected ${LABELS('C')}|ambiguity ${LABELS('A')})`;
const RESULT = new RegExp(`^(?:no change|${VERDICT}(?:, ${VERDICT})*)$`, 'u');

/**
 * AUDIT.md lists every record of every collection with its result, so a record added later is
 * read against the seeds before it ships: a record with no row, a row for a record that no longer
 * exists, a result that is not “no change”, “corrected (Cn)” or “ambiguity (An)”, a label the
 * file does not define, and a heading whose “(N records)” is not its number of rows are reported
 * as `AUDIT.md:line: reason`.
 */
export function checkAuditCoverage(
  markdown: string,
  collections: readonly AuditedCollection[],
  file = 'content/curated/AUDIT.md',
): string[] {
  const lines = markdown.split('\n');
  const defined = new Set([...markdown.matchAll(/^- \*\*([CA]\d+)\b/gmu)].map((m) => m[1]!));
  const sections = new Map<
    string,
    { line: number; count: number | null; rows: { id: string; result: string; line: number }[] }
  >();
  let current: { line: number; count: number | null; rows: { id: string; result: string; line: number }[] } | null =
    null;
  lines.forEach((text, i) => {
    const heading = /^### (.+?)(?: \((\d+) records?\))?$/u.exec(text);
    if (heading) {
      current = { line: i + 1, count: heading[2] ? Number(heading[2]) : null, rows: [] };
      sections.set(heading[1]!, current);
      return;
    }
    if (/^#{1,2} /u.test(text)) current = null;
    const row = /^\| `([^`]+)` \| (.*?) \|$/u.exec(text);
    if (row && current) current.rows.push({ id: row[1]!, result: row[2]!, line: i + 1 });
  });
  const problems: string[] = [];
  for (const c of collections) {
    const section = sections.get(c.heading);
    if (!section) {
      problems.push(`${file}: no “### ${c.heading}” section; list its ${c.ids.length} records with their results`);
      continue;
    }
    const listed = new Set(section.rows.map((r) => r.id));
    const ids = new Set(c.ids);
    for (const id of c.ids)
      if (!listed.has(id))
        problems.push(
          `${file}:${section.line}: ${c.heading} “${id}” has no row; read it against the seeds and add its result`,
        );
    for (const r of section.rows) {
      if (!ids.has(r.id))
        problems.push(`${file}:${r.line}: “${r.id}” is listed under ${c.heading} but no such record exists`);
      if (!RESULT.test(r.result))
        problems.push(
          `${file}:${r.line}: result “${r.result}” is not “no change”, “corrected (Cn)” or “ambiguity (An)”`,
        );
      for (const label of r.result.match(/[CA]\d+/gu) ?? [])
        if (!defined.has(label)) problems.push(`${file}:${r.line}: ${label} is not defined in the file`);
    }
    if (section.count !== null && section.count !== section.rows.length)
      problems.push(
        `${file}:${section.line}: the heading says ${section.count} records ` +
          `but the table has ${section.rows.length} rows`,
      );
  }
  return problems;
}

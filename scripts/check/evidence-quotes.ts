import type { SourceRef } from '../../src/schemas/records.ts';
import type { SourceIndex } from '../records/source-index.ts';

/** A record with its evidence, named for error messages (`platforms/xyz`). */
export interface Evidenced {
  name: string;
  sources: readonly SourceRef[];
}

/** Each quote occurs literally in the node its anchor names. */
export function checkQuotes(records: readonly Evidenced[], index: SourceIndex): string[] {
  const problems: string[] = [];
  for (const r of records) {
    r.sources.forEach((s, i) => {
      if (!index.get(s.doc, s.anchor))
        problems.push(`${r.name}: source ${i + 1}: no anchor ${s.anchor} in document '${s.doc}'`);
      else if (!index.contains(s.doc, s.anchor, s.quote))
        problems.push(`${r.name}: source ${i + 1}: quote “${s.quote}” is not in ${s.doc}#${s.anchor}`);
    });
  }
  return problems;
}

import type { FormerId } from '../../src/schemas/former-ids.ts';

/**
 * Old addresses must stay unambiguous and lead somewhere: a former id names a section that has
 * record pages, is not the id of a live record there (it would hide it), is listed once, and
 * points at a live id (chains are followed to their end by the editor, not by the reader).
 */
export function checkFormerIds(
  entries: readonly (FormerId & { line?: number | undefined })[],
  liveIds: ReadonlyMap<string, ReadonlySet<string>>,
  file: string,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    const at = `${file}${e.line === undefined ? '' : `:${e.line}`}`;
    const live = liveIds.get(e.section);
    if (!live) {
      const known = [...liveIds.keys()].join(', ');
      problems.push(`${at}: section “${e.section}” has no record pages (one of: ${known})`);
      continue;
    }
    const key = `${e.section}/${e.from}`;
    if (seen.has(key)) problems.push(`${at}: former id ${key} is listed twice`);
    seen.add(key);
    if (live.has(e.from)) {
      problems.push(`${at}: former id ${key} is the id of a live record; its old address would hide it`);
    }
    if (!live.has(e.to)) problems.push(`${at}: ${key} points at ${e.section}/${e.to}, which is not a live record id`);
  }
  return problems;
}

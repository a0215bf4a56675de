import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The 1-based line of every node of a YAML text, keyed by its path as the checks name it
 * (`[3].title.en`, `nodes[5].cells[2][1]`; the root is `''`), so an error can name the line to
 * edit rather than only the file and key. `firstLine` offsets the lines of YAML embedded in a
 * larger file (MDX front matter starts on line 2). A syntax error yields what was readable:
 * parseYaml reports it.
 */
export function yamlLines(text: string, firstLine = 0): Map<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines = new Map<string, number>();
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine;
  const walk = (node: unknown, path: string, line: number): void => {
    if (!lines.has(path)) lines.set(path, line);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = (pair.key as Node | null)?.range?.[0] ?? (pair.value as Node | null)?.range?.[0];
        walk(pair.value, path ? `${path}.${key}` : key, at === undefined ? line : lineAt(at));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const at = (item as Node | null)?.range?.[0];
        walk(item, `${path}[${i}]`, at === undefined ? line : lineAt(at));
      });
    }
  };
  const start = doc.contents?.range?.[0];
  walk(doc.contents, '', start === undefined ? 1 + firstLine : lineAt(start));
  return lines;
}

/** The line of `path` or, failing that, of its nearest ancestor that has one (a key the file spells another way). */
export function lineOf(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  for (let p = path; ; p = p.replace(/(?:^|\.)[^.[\]]+$|\[\d+\]$/u, '')) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (p === '') return undefined;
  }
}

import { parseDocument as parseYamlDocument } from 'yaml';

/** Splits an MDX file into its YAML frontmatter (parsed) and body; errors name the file and line. */
export function readFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  if (!m) throw new Error(`${file}:1: an MDX record must start with --- frontmatter ---`);
  return { data: parseYaml(m[1]!, file, 1), body: m[2]! };
}

/** Parses YAML, reporting the first error as file:line (offset by `firstLine - 1`). */
export function parseYaml(text: string, file: string, firstLine = 0): unknown {
  const doc = parseYamlDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + firstLine;
    throw new Error(`${file}:${line}: ${error.message.split('\n')[0]}`);
  }
  return doc.toJS();
}

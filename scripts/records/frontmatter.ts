import { parseYaml } from '../../src/lib/parse-yaml.ts';

/** Splits an MDX file into its YAML frontmatter (parsed) and body; errors name the file and line. */
export function readFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  if (!m) throw new Error(`${file}:1: an MDX record must start with --- frontmatter ---`);
  return { data: parseYaml(m[1]!, file, { firstLine: 1 }), body: m[2]! };
}

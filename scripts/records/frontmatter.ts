import { parseYaml } from '../../src/lib/parse-yaml.ts';
import { yamlLines } from '../../src/lib/yaml-lines.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u;

/** Splits an MDX file into its YAML frontmatter (parsed) and body; errors name the file and line. */
export function readFrontmatter(text: string, file: string): { data: unknown; body: string } {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error(`${file}:1: an MDX record must start with --- frontmatter ---`);
  return { data: parseYaml(m[1]!, file, { firstLine: 1 }), body: m[2]! };
}

/** The file line of every frontmatter key path (see yaml-lines.ts); the YAML starts on line 2. */
export function frontmatterLines(text: string): Map<string, number> {
  const m = FRONTMATTER.exec(text);
  return m ? yamlLines(m[1]!, 1) : new Map();
}

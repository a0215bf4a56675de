import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { formerIdSchema, type FormerId } from '../schemas/former-ids.ts';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';
import { parseYaml } from './parse-yaml.ts';
import { yamlLines } from './yaml-lines.ts';

/** Where the list of changed record ids is kept (relative to the project root). */
export const FORMER_IDS_FILE = 'content/curated/former-ids.yaml';

/** The changed record ids, each with the line of its entry; an absent file means none. */
export function readFormerIds(root = '.'): (FormerId & { line?: number | undefined })[] {
  const file = `${root}/${FORMER_IDS_FILE}`;
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const data = parseYaml(text, FORMER_IDS_FILE) ?? [];
  const list = parseWithFriendlyErrors(z.array(formerIdSchema), data, FORMER_IDS_FILE);
  const lines = yamlLines(text);
  return list.map((entry, i) => ({ ...entry, line: lines.get(`[${i}]`) }));
}

/** The old and new address of a changed id in one language. */
export const formerIdPaths = (lang: string, f: Pick<FormerId, 'section' | 'from' | 'to'>) => ({
  from: `/${lang}/${f.section}/${f.from}/`,
  to: `/${lang}/${f.section}/${f.to}/`,
});

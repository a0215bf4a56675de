import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/records.ts';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';
import { parseYaml } from './parse-yaml.ts';

/** Reads every glossary file (one YAML list each) in file-name order; entries remember their file. */
export function readGlossary(dir: string): (GlossaryEntry & { file: string })[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = join(dir, name);
    const list = parseWithFriendlyErrors(
      z.array(glossaryEntrySchema),
      parseYaml(readFileSync(file, 'utf8'), file) ?? [],
      file,
    );
    return list.map((entry) => ({ ...entry, file: `content/curated/glossary/${name}` }));
  });
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWithFriendlyErrors } from '../schemas/parse-with-friendly-errors.ts';
import { translationSchema, type Translation } from '../schemas/translation.ts';
import { parseYaml } from './parse-yaml.ts';

/** Reads content/translations/*.yaml, validated; keyed by document slug. */
export function readTranslations(dir: string): Map<string, Translation> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => {
        const file = join(dir, f);
        // Every value is text: the failsafe schema keeps a hash such as 103948572601 or 6e12… a string.
        const data = parseYaml(readFileSync(file, 'utf8'), file, { schema: 'failsafe' });
        const t = parseWithFriendlyErrors(translationSchema, data, file);
        if (`${t.doc}.yaml` !== f) throw new Error(`${file}: doc “${t.doc}” does not match the file name`);
        return [t.doc, t] as const;
      }),
  );
}

import { countriesNamedIn } from '../../check/countries-in-evidence.ts';
import { COUNTRY_ZH } from '../../../src/lib/countries.ts';
import type { Country } from '../../../src/schemas/records.ts';

/** The longest bilateral or collective form read (中-哈、塔、吉, 中亚五国) is well under this. */
const MAX_FORM = 12;

/**
 * The countries a text names (countriesNamedIn, the evidence check's own reading), each with the
 * printed form that names it: its full name or an alias where printed, else the shortest run of text
 * starting at a 中 that names it (a bilateral compound 中乌, 中-哈, or 中亚五国).
 */
export function countryMentions(text: string): { code: Country; printed: string }[] {
  const flat = text.replace(/\s+/gu, '');
  const starts = [...flat.matchAll(/中/gu)].map((m) => m.index);
  return [...countriesNamedIn(flat)].map((code) => {
    const zh = COUNTRY_ZH[code];
    const named = [zh.name, ...zh.aliases].find((n) => flat.includes(n));
    if (named) return { code, printed: named };
    for (let k = 2; k <= MAX_FORM; k++)
      for (const i of starts) {
        const form = flat.slice(i, i + k);
        if (countriesNamedIn(form).has(code)) return { code, printed: form };
      }
    return { code, printed: flat };
  });
}

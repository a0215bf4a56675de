/**
 * Glossary names as whole search tokens. Pagefind's Chinese segmentation splits 塔吉克斯坦 into
 * 塔吉克 + 斯坦, so 斯坦 inside 哈萨克斯坦 matched a query for 塔吉克斯坦. Each page's index copy
 * carries one Latin-letter token per glossary name its text contains (meta field `names`); the
 * search page adds the same token for a name it recognises in the query, so only pages holding
 * the whole name match. Shared by scripts/build-search.ts and the search page.
 */

/** A stable, letters-only token for a name (FNV-1a, base 26): `qz` + 7 letters. */
export function nameToken(name: string): string {
  let hash = 0x811c9dc5;
  for (const ch of name) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 7; i++) {
    out += String.fromCharCode(97 + (hash % 26));
    hash = Math.floor(hash / 26) + (i + 1) * 7919;
  }
  return `qz${out}`;
}

/** One glossary name with every form that stands for it; `zh` is the canonical Chinese form. */
export interface SearchName {
  zh: string;
  en: string;
  forms: string[];
}

/** Chinese forms shorter than this would match inside unrelated words. */
const MIN_HAN = 2;

/** The canonical names whose Chinese form occurs in `text` (substring: Chinese has no spaces). */
export function namesIn(text: string, names: readonly SearchName[]): SearchName[] {
  return names.filter((n) => [...n.zh].length >= MIN_HAN && text.includes(n.zh));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const isHan = (s: string) => /\p{Script=Han}/u.test(s);

/** A form occurs in a query: anywhere for Chinese, as whole words for Latin script. */
function findForm(query: string, form: string): number {
  if (isHan(form)) return query.indexOf(form);
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(form)}(?![\\p{L}\\p{N}])`, 'iu').exec(query);
  return m ? m.index : -1;
}

export interface NameHit {
  name: SearchName;
  start: number;
  end: number;
}

/**
 * The glossary names a query mentions, longest form first so 哈萨克斯坦农业部 wins over 哈萨克斯坦;
 * hits never overlap. One-letter forms and short Latin forms (< 3 letters) are ignored.
 */
export function namesInQuery(query: string, names: readonly SearchName[]): NameHit[] {
  const candidates: { name: SearchName; form: string }[] = [];
  for (const name of names) {
    for (const form of name.forms) {
      const len = [...form].length;
      if (isHan(form) ? len < MIN_HAN : len < 3) continue;
      candidates.push({ name, form });
    }
  }
  candidates.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
  const hits: NameHit[] = [];
  let rest = query;
  for (const { name, form } of candidates) {
    const at = findForm(rest, form);
    if (at < 0) continue;
    hits.push({ name, start: at, end: at + form.length });
    // Blank the match out (same length) so shorter forms cannot match inside it.
    rest = rest.slice(0, at) + ' '.repeat(form.length) + rest.slice(at + form.length);
  }
  return hits.sort((a, b) => a.start - b.start);
}

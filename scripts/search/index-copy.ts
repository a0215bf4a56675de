/**
 * The copy of a built page that Pagefind indexes — never the served page. Pure: HTML in, HTML out.
 * - the glossary's other names for what the title names go to the meta field `aliases`, so 哈国
 *   or TBEA find the record while excerpts never show an alias list;
 * - one token per glossary name the text contains goes to `names` (see src/lib/search-names.ts);
 * - the Chinese name printed on an English record (“Name as printed: …”, or a fact whose value
 *   is the Chinese original) goes to `original`;
 * - anchor ids (`¶ h-bd7b7d80`, `#p-3a0f0b3f`) are taken out of the text: they are link
 *   targets, not words anyone searches for, and they leaked into excerpts;
 * - spaced dashes: Pagefind keeps `China–Kazakhstan` as one word.
 */
import type { GlossaryEntry } from '../../src/schemas/records.ts';
import { nameToken, type SearchName } from '../../src/lib/search-names.ts';
import { escapeXml } from '../../src/lib/escape-xml.ts';
import { aliasesForTitle, formsOf } from './aliases.ts';

export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

/** Glossary entries as search names (every form, Chinese first). */
export const searchNames = (entries: readonly GlossaryEntry[]): SearchName[] =>
  entries.map((e) => ({ zh: e.zh, en: e.en, forms: [...new Set(formsOf(e))] }));

const isHan = (s: string) => /\p{Script=Han}/u.test(s);
const latinWord = (form: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

/** Names any of whose forms occur in the text: Chinese as substrings, Latin as whole words (≥ 3 letters). */
export function namesInText(text: string, names: readonly SearchName[]): SearchName[] {
  const lower = text.toLowerCase();
  return names.filter((n) =>
    n.forms.some((f) => {
      if (isHan(f)) return [...f].length >= 2 && text.includes(f);
      return f.length >= 3 && lower.includes(f.toLowerCase()) && latinWord(f).test(text);
    }),
  );
}

const ANCHOR_ID = /(?:¶\s*)?#?(?<![\p{L}\p{N}-])[a-z]{1,3}-[0-9a-f]{8}(?![\p{L}\p{N}])/gu;
const ORIGINAL_FACT = /<div><dt>[^<]*<\/dt><dd lang="zh-Hans">([^<]+)<\/dd><\/div>/gu;
const meta = (key: string, value: string) => `<span hidden data-pagefind-meta="${key}:${escapeXml(value)}"></span>`;

export function indexCopy(html: string, entries: readonly GlossaryEntry[], names: readonly SearchName[]): string {
  const main = /<main[^>]*>([\s\S]*?)<\/main>/u.exec(html)?.[1] ?? '';
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(main)?.[1] ?? '';
  const extra: string[] = [];
  const aliases = aliasesForTitle(textOf(h1).replace(/\s+/gu, ' ').trim(), entries);
  if (aliases.length) extra.push(meta('aliases', aliases.join(' · ')));
  const originals: string[] = [];
  const original = /<p class="original-name"[^>]*>([\s\S]*?)<\/p>/u.exec(main);
  if (original) {
    const text = textOf(original[1]!);
    const han = text.search(/\p{Script=Han}/u);
    if (han >= 0) originals.push(text.slice(han).trim());
  }
  // On English records a fact may be the Chinese original as printed (<dd lang="zh-Hans">).
  for (const m of main.matchAll(ORIGINAL_FACT)) originals.push(textOf(m[1]!).trim());
  if (originals.length) extra.push(meta('original', originals.join(' · ')));
  const tokens = namesInText(textOf(main), names).map((n) => nameToken(n.zh));
  if (tokens.length) extra.push(meta('names', [...new Set(tokens)].sort().join(' ')));
  let out = html.replace(/(<main[^>]*>)/u, `$1${extra.join('')}`);
  out = out.replace(ORIGINAL_FACT, '');
  // Text nodes only: attributes keep their ids and hrefs.
  out = out.replace(
    />([^<]+)</gu,
    (_, text: string) => `>${text.replace(ANCHOR_ID, '').replace(/([\p{L}\p{N}])[–—]([\p{L}\p{N}])/gu, '$1 – $2')}<`,
  );
  return out;
}

/** Selectors Pagefind leaves out of every page: navigation, link chrome, report links, cite lines. */
export const EXCLUDE_SELECTORS = [
  '.anchor-link',
  '.erratum-ref',
  '.skip-link',
  '.breadcrumbs',
  '.source-cite',
  '.original-name',
  'a[href$="/report/"]',
];

import { attrs, unescapeMdx, type BodyLang, type RecordBody } from './record-body.ts';

/**
 * A record body as plain text: what lists, country pages, data files and meta descriptions show of a
 * record's prose, and what the checks read numbers and names from (scripts/check/record-bodies.ts).
 */

/** What a body's figures and links read as in plain text (a figure's printed value, say). */
export interface PlainTextNames {
  figure?: (id: string, lang: BodyLang) => string;
}

/**
 * A block's text without markup: components give their text (a quote in quotation marks, a link
 * its words, a figure what `names.figure` says, else nothing), list and table syntax goes, lines
 * join with nothing in Chinese and a space in English.
 */
export function plainText(source: string, lang: BodyLang, names: PlainTextNames = {}): string {
  const text = source
    .replace(/<SourceQuote\b[^>]*>([\s\S]*?)<\/SourceQuote>/gu, (_, q: string) => `“${q.trim()}”`)
    .replace(/<FigureRef\b([^>]*?)\/>/gu, (_, a: string) => names.figure?.(attrs(a).id ?? '', lang) ?? '')
    .replace(/<RecordLink\b[^>]*>([\s\S]*?)<\/RecordLink>/gu, '$1')
    // A literal `<` is written `\<` in MDX (《关于贯彻落实\<国务院…\>的实施意见》).
    .replace(/(?<!\\)<[^>]+>/gu, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\*\*|__/gu, '');
  const lines: string[] = [];
  let table: string[][] = [];
  const endTable = () => {
    if (table.length) lines.push(tableText(table, lang));
    table = [];
  };
  for (const raw of unescapeMdx(text).split('\n')) {
    const l = raw.trim();
    if (/^\|.*\|$/u.test(l)) {
      // GFM table delimiter rows carry no text.
      if (!/^\|[\s:|-]+\|$/u.test(l))
        table.push(
          l
            .slice(1, -1)
            .split('|')
            .map((c) => c.trim()),
        );
      continue;
    }
    endTable();
    if (l) lines.push(l.replace(/^(?:[-*+]|\d+[.)])\s+/u, ''));
  }
  endTable();
  return lines
    .join(lang === 'zh' ? '' : ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A GFM table as a sentence, each row by its first cell with the others labelled by their column:
 * `重点项目（项目数：7项以内，支持额度：100～200万元）；一般项目（…）。`
 */
function tableText(rows: readonly string[][], lang: BodyLang): string {
  const [head = [], ...body] = rows;
  const [open, close, colon, comma, semi, end] =
    lang === 'zh' ? ['（', '）', '：', '，', '；', '。'] : [' (', ')', ': ', ', ', '; ', '.'];
  const row = (cells: readonly string[]) => {
    const rest = cells.slice(1).map((c, i) => (head[i + 1] ? `${head[i + 1]}${colon}${c}` : c));
    return rest.length ? `${cells[0]}${open}${rest.join(comma)}${close}` : (cells[0] ?? '');
  };
  return (body.length ? body : [head]).map(row).join(semi) + end;
}

/** Every part of a body as plain `{ zh, en }` text: `main`, or a case's `content` and `results`. */
export function bodyParts(body: RecordBody, names: PlainTextNames = {}): Map<string, { zh: string; en: string }> {
  const out = new Map<string, { zh: string; en: string }>();
  for (const b of body.blocks) {
    const entry = out.get(b.part) ?? { zh: '', en: '' };
    entry[b.lang] = plainText(b.source, b.lang, names);
    out.set(b.part, entry);
  }
  return out;
}

/** The plain `{ zh, en }` text of one part; an error naming the file when the body lacks it. */
export function bodyPart(
  body: RecordBody,
  part: string,
  file: string,
  names: PlainTextNames = {},
): { zh: string; en: string } {
  const text = bodyParts(body, names).get(part);
  if (!text) throw new Error(`${file}:1: the body has no “${part}” part (<Zh part="${part}">…</Zh>)`);
  return text;
}

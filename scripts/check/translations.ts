import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTranslations } from '../../src/lib/read-translations.ts';
import { checkTranslation, type TranslationReport } from '../../src/lib/translation-check.ts';
import type { SourceDocument } from '../../src/schemas/document.ts';
import { lineOf, yamlLines } from '../../src/lib/yaml-lines.ts';

const DIR = 'content/translations';

/** The line of each `anchor:` key in a translation file, so a problem names the line to edit. */
export function anchorLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:-\s+)?anchor:\s*["']?([\w-]+)/u.exec(line);
    if (m && !lines.has(m[1]!)) lines.set(m[1]!, i + 1);
  });
  return lines;
}

/**
 * The key path, in a translation file, of the text a problem is about: `doc#anchor cell 2,3: …` is
 * `nodes[i].cells[1][2]`, `doc#anchor caption: …` is `nodes[i].caption`, any other the entry's `en`.
 */
function problemPath(problem: string, index: ReadonlyMap<string, number>): string | undefined {
  const m = /^[^#\s]+#([\w-]+)(?: cell (\d+),(\d+)| (caption))?:/u.exec(problem);
  const i = m && index.get(m[1]!);
  if (i === undefined || !m) return undefined;
  if (m[2]) return `nodes[${i}].cells[${Number(m[2]) - 1}][${Number(m[3]) - 1}]`;
  if (m[4]) return `nodes[${i}].caption`;
  if (/ no longer has$/u.test(problem)) return `nodes[${i}]`;
  return / cells do not have /u.test(problem) ? `nodes[${i}].cells` : `nodes[${i}].en`;
}

/**
 * Every translation checked against its source document, each problem as `file:line: doc#anchor: reason`,
 * the line being that of the text at fault (the entry's `en`, caption or cell; else its `anchor:`):
 * a broken or invented `{{…}}` token, stray Chinese, a lost or invented number, an outdated entry (the
 * source changed since), a removed entry (pointing at the seed line still to translate), an entry for an
 * anchor the source no longer has. A YAML or schema error in a translation file throws, naming the file.
 * A document with no translation file at all is not a problem here: the site shows it in Chinese.
 */
export function checkTranslations(
  root: string,
  documents: readonly SourceDocument[],
): {
  problems: string[];
  reports: Map<string, TranslationReport>;
} {
  const translations = readTranslations(join(root, DIR));
  const problems: string[] = [];
  const reports = new Map<string, TranslationReport>();
  for (const doc of documents) {
    const translation = translations.get(doc.slug);
    const report = checkTranslation(doc, translation);
    reports.set(doc.slug, report);
    if (!translation) continue;
    const file = `${DIR}/${doc.slug}.yaml`;
    const text = existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '';
    const lines = anchorLines(text);
    const keyLines = yamlLines(text);
    const index = new Map(translation.nodes.map((n, i) => [n.anchor, i]));
    const at = (anchor: string | undefined) => `${file}:${(anchor && lines.get(anchor)) ?? 1}`;
    for (const p of report.problems) {
      const path = problemPath(p, index);
      problems.push(
        path ? `${file}:${lineOf(keyLines, path) ?? 1}: ${p}` : `${at(/^[^#\s]+#([\w-]+)/u.exec(p)?.[1])}: ${p}`,
      );
    }
    for (const [anchor, status] of report.status) {
      if (status === 'outdated') {
        problems.push(`${at(anchor)}: ${doc.slug}#${anchor}: outdated, the source text changed since (hash)`);
      } else if (status === 'missing') {
        const seedLine = doc.nodes.find((n) => n.id === anchor)?.spans[0]?.[0] ?? 1;
        const where = lines.has(anchor) ? at(anchor) : file;
        problems.push(`${where}: ${doc.slug}#${anchor}: not translated (seeds/${doc.file}:${seedLine})`);
      }
    }
  }
  return { problems, reports };
}

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDocuments } from '../../scripts/build-documents.ts';
import { checkEnglishTitles } from '../../src/lib/english-titles.ts';
import { readTranslations } from '../../src/lib/read-translations.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const documents = buildDocuments(`${ROOT}seeds`);
const translations = readTranslations(`${ROOT}content/translations`);
const tables = readdirSync(`${ROOT}content/tables`)
  .filter((f) => f.endsWith('.json'))
  .map(
    (f) =>
      JSON.parse(readFileSync(`${ROOT}content/tables/${f}`, 'utf8')) as Parameters<
        typeof checkEnglishTitles
      >[2][number],
  );

describe('one English title per document and per table', () => {
  test('the manifest, the reader and the table records agree', () => {
    expect(checkEnglishTitles(documents, translations, tables)).toEqual([]);
  });

  test('a title that differs from the reader’s is reported with its file', () => {
    const doc = documents.find((d) => d.title.printed)!;
    const renamed = [{ ...doc, title: { ...doc.title, en: 'Another title' } }];
    expect(checkEnglishTitles(renamed, translations, [])).toEqual([
      expect.stringMatching(/^seeds\/manifest\.yaml .*Another title/u),
    ]);
    const table = tables.find(
      (t) => !t.titleSupplied && translations.get(t.doc)?.nodes.some((n) => n.anchor === t.anchor && n.caption),
    )!;
    expect(checkEnglishTitles([], translations, [{ ...table, title: { en: 'Elsewhere' } }])).toEqual([
      expect.stringMatching(/^content\/curated\/tables\.yaml /u),
    ]);
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDocuments } from '../../scripts/build-documents.ts';
import { checkGlossaryUse } from '../../src/lib/glossary-consistency.ts';
import { readGlossary } from '../../src/lib/read-glossary.ts';
import { readTranslations } from '../../src/lib/read-translations.ts';
import { checkTranslation } from '../../src/lib/translation-check.ts';
import { isDraft } from '../../src/schemas/manifest.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const documents = buildDocuments(`${ROOT}seeds`);
const translations = readTranslations(`${ROOT}content/translations`);

describe('the English edition', () => {
  // Drafts are published before they are translated; the intake report lists what they lack.
  const reviewed = documents.filter((d) => !isDraft(d));
  test('at least one document is reviewed', () => expect(reviewed.length).toBeGreaterThan(0));
  const cases = reviewed.map((d) => [d.slug, d] as const);
  test.each(cases)('%s: every paragraph, heading, caption and table cell is translated and current', (_, doc) => {
    const report = checkTranslation(doc, translations.get(doc.slug));
    expect(report.problems).toEqual([]);
    const notCurrent = [...report.status.entries()].filter(([, s]) => s !== 'translated');
    expect(notCurrent).toEqual([]);
  });

  test('translations use the glossary as the single source of English names', { timeout: 120_000 }, () => {
    expect(checkGlossaryUse(documents, translations, readGlossary(`${ROOT}content/curated/glossary`))).toEqual([]);
  });

  test('every glossary entry has English and says whether it is official', () => {
    const glossary = readGlossary(`${ROOT}content/curated/glossary`);
    expect(glossary.length).toBeGreaterThan(250);
    for (const e of glossary) {
      expect(e.en.trim(), e.zh).not.toBe('');
      expect(e.en, e.zh).not.toMatch(/\p{Script=Han}/u);
    }
  });
});

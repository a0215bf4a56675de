import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readFrontmatter } from '../../scripts/records/frontmatter.ts';
import { candidateSchema, type Candidate } from '../../src/schemas/candidates.ts';
import { useTranslations, LOCALES } from '../../src/i18n/index.ts';
import { builtPages, DIST } from '../support/dist.ts';

// Candidate records as a reader meets them: unreviewed ones published and marked in both languages,
// linking to their passages; reviewed ones never published as candidates; no other page lists them.
const DIR = fileURLToPath(new URL('../../content/candidates/', import.meta.url));
const candidates = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const data: Candidate = candidateSchema.parse(readFrontmatter(text, f).data);
    return { id: f.replace(/^.*\//u, '').replace(/\.mdx$/u, ''), ...data };
  });
const pages = builtPages();
const html = (page: string) => readFileSync(join(DIST, page), 'utf8');
const pageOf = (lang: string, id: string) => `${lang}/candidates/${id}/index.html`;

describe('candidate records on the site', () => {
  test('every unreviewed candidate has a page in each language, marked, linking to each quoted passage', () => {
    const problems: string[] = [];
    for (const lang of LOCALES) {
      const t = useTranslations(lang);
      for (const c of candidates.filter((x) => x.review.status === 'unreviewed')) {
        const page = pageOf(lang, c.id);
        if (!existsSync(join(DIST, page))) {
          problems.push(`${page}: missing`);
          continue;
        }
        const text = html(page);
        if (!text.includes('data-review="unreviewed"') || !text.includes(t('extraction.unreviewed')))
          problems.push(`${page}: not marked`);
        for (const s of c.sources) {
          const href = `/${lang}/sources/${s.doc}/${lang === 'en' ? 'parallel/' : ''}#`;
          if (!text.includes(`href="${href}`)) problems.push(`${page}: no link to ${s.doc}#${s.anchor}`);
        }
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  test('accepted and rejected candidates have no candidate page', () => {
    const published = candidates.filter(
      (c) => c.review.status !== 'unreviewed' && existsSync(join(DIST, pageOf('zh', c.id))),
    );
    expect(published.map((c) => c.id)).toEqual([]);
  });

  test('the candidates index lists every unreviewed candidate, and no other list links to one', () => {
    for (const lang of LOCALES) {
      const index = html(`${lang}/candidates/index.html`);
      for (const c of candidates.filter((x) => x.review.status === 'unreviewed'))
        expect(index).toContain(`href="/${lang}/candidates/${c.id}/"`);
    }
    const elsewhere = pages.filter(
      (p) => !/^(?:zh|en)\/candidates\//u.test(p) && /href="\/(?:zh|en)\/candidates\/[a-z]/u.test(html(p)),
    );
    expect(elsewhere).toEqual([]);
  });

  test('every record page says whether it was accepted from a candidate or written by an editor', () => {
    const records = pages.filter((p) =>
      /^(?:zh|en)\/(?:platforms|timeline|cases|figures|policies)\/[a-z0-9-]+\/index\.html$/u.test(p),
    );
    const filters = /\/(?:country|kind|filter)\//u;
    const unmarked = records.filter((p) => !filters.test(p) && !html(p).includes('data-review="accepted"'));
    expect(records.length).toBeGreaterThan(0);
    expect(unmarked.slice(0, 10)).toEqual([]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readManifest } from '../../scripts/build-documents.ts';
import { isDraft } from '../../src/schemas/manifest.ts';
import intakeEn from '../../src/i18n/intake.en.json' with { type: 'json' };

// What a reader sees of a document's status in the built site: a draft is published, and says
// so on its reader (zh and en), side-by-side view, translation-status row and in the open data;
// a reviewed document carries no draft mark. Holds for whatever documents the manifest lists.
const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const documents = readManifest(SEEDS).documents;
const page = (path: string) => readFileSync(`${DIST}${path}index.html`, 'utf8');

describe.skipIf(!existsSync(`${DIST}zh/`))('document status on the site', () => {
  test.each(documents.map((d) => [d.slug, d] as const))('%s: marked as draft exactly when it is one', (slug, d) => {
    const draft = isDraft(d);
    for (const path of [`zh/sources/${slug}/`, `en/sources/${slug}/`, `zh/sources/${slug}/parallel/`]) {
      expect(page(path).includes('data-draft'), path).toBe(draft);
    }
    expect(page(`en/sources/${slug}/`).includes(intakeEn['intake.notTranslated']), 'English notice').toBe(draft);
    const status = new RegExp(`data-doc="${slug}"[\\s\\S]*?data-status="(\\w+)"`, 'u').exec(
      page('zh/translation-status/'),
    );
    expect(status?.[1]).toBe(draft ? 'draft' : 'reviewed');
    const row = readFileSync(`${DIST}data/documents.csv`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${slug},`));
    expect(row?.split(',')[4]).toBe(draft ? 'draft' : 'reviewed');
  });
});

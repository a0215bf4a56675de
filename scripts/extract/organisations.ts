import type { SourceDocument } from '../../src/schemas/document.ts';
import type { Organisation } from '../../src/schemas/organisations.ts';
import { quotableTexts } from '../records/source-index.ts';
import type { Curated } from '../records/load-curated.ts';

/**
 * A URL slug from an English name:
 * `Xinjiang Academy of Agricultural Sciences` → `xinjiang-academy-of-agricultural-sciences`.
 */
export const slugify = (en: string): string =>
  en
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/gu, ' and ')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 80)
    .replace(/-+$/u, '');

/**
 * Builds the organisations collection from the glossary's institutions and companies, listing
 * the curated records that name each one and every source passage that prints one of its names.
 */
export function extractOrganisations(curated: Curated, documents: readonly SourceDocument[]): Organisation[] {
  const used = new Set<string>();
  return curated.glossary
    .filter((e) => e.kind === 'organisation' || e.kind === 'company')
    .map((e) => {
      const names = [e.zh, ...e.aliases];
      let id = slugify(e.en) || 'organisation';
      for (let n = 2; used.has(id); n++) id = `${slugify(e.en)}-${n}`;
      used.add(id);
      const named = (texts: readonly (string | null | undefined)[]) => texts.some((t) => t && names.some((n) => t.includes(n)));
      const records = [
        ...curated.platforms.filter((p) => named([p.data.host, ...p.data.sources.map((s) => s.quote)])).map((p) => `platforms/${p.id}`),
        ...curated.cases.filter((c) => named([c.data.actor, ...c.data.partners, ...c.data.sources.map((s) => s.quote)])).map((c) => `cases/${c.id}`),
        ...curated.events.filter((ev) => named(ev.data.sources.map((s) => s.quote))).map((ev) => `timeline/${ev.id}`),
      ];
      const mentions = documents.flatMap((d) => d.nodes.filter((node) => named(quotableTexts(node))).map((node) => ({ doc: d.slug, anchor: node.id })));
      return { id, zh: e.zh, en: e.en, official: e.official, kind: e.kind, aliases: e.aliases, records, mentions };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

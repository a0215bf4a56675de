import type { SourceDocument } from '../../src/schemas/document.ts';
import type { Organisation } from '../../src/schemas/organisations.ts';
import { quotableTexts } from '../records/source-index.ts';
import type { Curated } from '../records/load-curated.ts';
import { namesIn, parentByPrefix } from './names-in-text.ts';

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
 * A name printed inside a longer name of another organisation belongs to that one (科技厅 in
 * 浙江省科技厅), and for records also inside another platform's name (中科院 in 中科院中乌医药联合中心,
 * quoted by a different platform). A unit whose name begins with another organisation's name
 * (新疆农业大学农学院) has it as `parent`.
 */
export function extractOrganisations(curated: Curated, documents: readonly SourceDocument[]): Organisation[] {
  const used = new Set<string>();
  const entries = curated.glossary
    .filter((e) => e.kind === 'organisation' || e.kind === 'company')
    .map((e) => {
      let id = slugify(e.en) || 'organisation';
      for (let n = 2; used.has(id); n++) id = `${slugify(e.en)}-${n}`;
      used.add(id);
      return { id, entry: e, names: [e.zh, ...e.aliases] };
    });
  const orgNames = entries.flatMap((x) => x.names);
  const platformNames = (except: string) =>
    curated.platforms.filter((p) => p.id !== except).flatMap((p) => [p.data.name, ...p.data.aliases]);
  return entries
    .map(({ id, entry: e, names }) => {
      const others = orgNames.filter((n) => !names.includes(n));
      const named = (texts: readonly (string | null | undefined)[], more: readonly string[] = []) =>
        texts.some((t) => t && namesIn(t, names, [...others, ...more]));
      const records = [
        ...curated.platforms
          .filter((p) => named([p.data.host, ...p.data.sources.map((s) => s.quote)], platformNames(p.id)))
          .map((p) => `platforms/${p.id}`),
        ...curated.cases
          .filter((c) =>
            named([c.data.actor, ...c.data.partners, ...c.data.sources.map((s) => s.quote)], platformNames('')),
          )
          .map((c) => `cases/${c.id}`),
        ...curated.events
          .filter((ev) =>
            named(
              ev.data.sources.map((s) => s.quote),
              platformNames(''),
            ),
          )
          .map((ev) => `events/${ev.id}`),
      ];
      const mentions = documents.flatMap((d) =>
        d.nodes.filter((node) => named(quotableTexts(node))).map((node) => ({ doc: d.slug, anchor: node.id })),
      );
      const parent = parentByPrefix(
        names,
        entries.filter((x) => x.id !== id).map((x) => ({ key: x.id, names: x.names })),
      );
      const { zh, en, official, kind, aliases } = e;
      const source = e.source ? { source: e.source } : {};
      return { id, zh, en, official, ...source, kind, aliases, parent, records, mentions };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

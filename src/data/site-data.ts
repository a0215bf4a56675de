import { getCollection } from 'astro:content';
import { NameIndex } from '../lib/glossary.ts';
import { readPeriods } from '../lib/read-periods.ts';
import { readTranslations } from '../lib/read-translations.ts';
import { checkTranslation } from '../lib/translation-check.ts';
import { printedToEnglish } from '../lib/quantity-en.ts';
import { parseRecordBody } from '../lib/record-body.ts';
import { bodyPart, type PlainTextNames } from '../lib/record-body-text.ts';

/**
 * Every collection, loaded once per build and shared by all pages. Records keep their
 * collection id; lists are in a stable, meaningful order.
 */
async function load() {
  const figures = (await getCollection('figures')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  // A record's summary (lists, search, data files, meta descriptions) is its body as plain text, read here once.
  const figureText: PlainTextNames = {
    figure: (id, lang) => {
      const f = figures.find((x) => x.id === id);
      return f ? (lang === 'zh' ? f.printed : (printedToEnglish(f.printed) ?? f.printed)) : '';
    },
  };
  const prose = (collection: string, e: { id: string; body?: string | undefined }, part: string) => {
    const file = `content/curated/${collection}/${e.id}.mdx`;
    return bodyPart(parseRecordBody(e.body ?? '', file), part, file, figureText);
  };
  const documents = (await getCollection('documents')).map((e) => e.data).sort((a, b) => a.file.localeCompare(b.file));
  const tables = (await getCollection('tables'))
    .map((e) => e.data)
    .sort((a, b) => a.doc.localeCompare(b.doc) || a.lines[0] - b.lines[0]);
  const programmes = (await getCollection('programmes')).map((e) => e.data);
  const policies = (await getCollection('policies'))
    .map((e) => e.data)
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.id.localeCompare(b.id));
  const platforms = (await getCollection('platforms'))
    .map((e) => ({ id: e.id, ...e.data, summary: prose('platforms', e, 'main') }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const events = (await getCollection('events'))
    .map((e) => ({ id: e.id, ...e.data, summary: prose('events', e, 'main') }))
    .sort(
      (a, b) =>
        a.date.year - b.date.year ||
        (a.date.month ?? 0) - (b.date.month ?? 0) ||
        (a.date.day ?? 0) - (b.date.day ?? 0) ||
        a.id.localeCompare(b.id),
    );
  const cases = (await getCollection('cases'))
    .map((e) => ({ id: e.id, ...e.data, content: prose('cases', e, 'content'), results: prose('cases', e, 'results') }))
    .sort((a, b) => (a.years[0] ?? 0) - (b.years[0] ?? 0) || a.id.localeCompare(b.id));
  const glossary = (await getCollection('glossary')).map((e) => e.data);
  const organisations = (await getCollection('organisations'))
    .map((e) => e.data)
    .sort((a, b) => a.id.localeCompare(b.id));
  // The timeline's browsing periods; the build stops if they overlap or miss the year an event starts.
  const { periods, phasesDoc } = readPeriods(events.map((e) => e.date.year));
  const translations = readTranslations('./content/translations');
  // Per document: the English of each node and whether it is current, outdated or missing.
  const english = new Map(
    documents.map((d) => {
      const t = translations.get(d.slug);
      return [
        d.slug,
        { nodes: new Map((t?.nodes ?? []).map((n) => [n.anchor, n])), status: checkTranslation(d, t).status },
      ] as const;
    }),
  );
  /** The English (with `{{…}}` tokens) of one node when it is current or only outdated, else undefined. */
  const englishOf = (doc: string, anchor: string): string | undefined => {
    const entry = english.get(doc);
    const status = entry?.status.get(anchor);
    return status === 'translated' || status === 'outdated' ? entry?.nodes.get(anchor)?.en : undefined;
  };
  return {
    ...{ documents, tables, programmes, policies, platforms, events, cases, figures, glossary, organisations },
    ...{ english, englishOf, periods, phasesDoc, names: new NameIndex(glossary) },
  };
}

export type SiteData = Awaited<ReturnType<typeof load>>;
export type PlatformEntry = SiteData['platforms'][number];
export type EventEntry = SiteData['events'][number];
export type CaseEntry = SiteData['cases'][number];

let cached: Promise<SiteData> | undefined;
export const siteData = (): Promise<SiteData> => (cached ??= load());

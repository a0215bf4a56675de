import type { SourceDocument } from '../../src/schemas/document.ts';
import type { Country, SourceRef } from '../../src/schemas/records.ts';
import { checkEnglishNumbers, type RecordText } from '../check/english-numbers.ts';
import { checkNumbers, digitsIn, type StatedNumber } from '../check/evidence-numbers.ts';
import { checkFormsPrinted } from '../check/aliases-printed.ts';
import { checkCountriesInEvidence } from '../check/countries-in-evidence.ts';
import { checkQuotes, type Evidenced } from '../check/evidence-quotes.ts';
import { checkGlossary, checkTranslated } from '../check/glossary.ts';
import { checkOfficialSources } from '../check/official-sources.ts';
import { checkExclusionsUsed, uncoveredMessage, uncoveredNames } from '../check/platform-names-covered.ts';
import { checkPlatformParents } from '../check/platform-parents.ts';
import type { OpenItems } from '../intake/open-items.ts';
import { checkReferences } from '../check/references.ts';
import { checkBodyReferences, checkRecordBodies, type BodyToCheck } from '../check/record-bodies.ts';
import { findPlatformNames } from '../extract/platform-names.ts';
import type { Curated } from './load-curated.ts';
import { lineOf } from '../../src/lib/yaml-lines.ts';
import { SourceIndex } from './source-index.ts';

const zhDigits = (field: string, text: string | null | undefined): StatedNumber[] =>
  text ? digitsIn(text).map((d) => ({ field, expect: d })) : [];

/**
 * Proves every curated claim against the seeds; returns one message per problem. A platform-like
 * name found only in a draft document is an open item, not a problem.
 */
export function validateCurated(
  curated: Curated,
  documents: readonly SourceDocument[],
  extraIds: readonly string[] = [],
  open?: OpenItems,
): string[] {
  const index = new SourceIndex(documents);
  const problems: string[] = [];
  const kinds = new Set(curated.kinds.map((k) => k.id));
  for (const d of documents) {
    if (kinds.has(d.kind)) continue;
    problems.push(
      `seeds/manifest.yaml: ${d.slug} has kind '${d.kind}', not defined in content/curated/document-kinds.yaml`,
    );
  }
  const evidenced: Evidenced[] = [];

  for (const p of curated.platforms) {
    const name = `platforms/${p.id}`;
    evidenced.push({ name, sources: p.data.sources });
    const numbers: StatedNumber[] = [
      ...(p.data.year !== null ? [{ field: 'year', expect: String(p.data.year) }] : []),
      ...p.data.figures.map((f, i) => ({ field: `figures[${i}].printed`, expect: f.printed })),
      ...zhDigits('name', p.data.name),
    ];
    problems.push(...checkNumbers(name, numbers, p.data.sources));
  }
  for (const e of curated.events) {
    const name = `events/${e.id}`;
    evidenced.push({ name, sources: e.data.sources });
    const d = e.data.date;
    const numbers: StatedNumber[] = [
      { field: 'date.year', expect: String(d.year) },
      ...(d.month !== null ? [{ field: 'date.month', expect: `${d.month}月` }] : []),
      ...(d.day !== null ? [{ field: 'date.day', expect: `${d.day}日` }] : []),
      ...(d.toYear !== null ? [{ field: 'date.toYear', expect: String(d.toYear) }] : []),
      // An open period must be printed as one: “2010 年以来”.
      ...(d.openEnded ? [{ field: 'date.openEnded', expect: `${d.year}年以来` }] : []),
      ...zhDigits('title.zh', e.data.title.zh),
    ];
    problems.push(...checkNumbers(name, numbers, e.data.sources));
  }
  for (const c of curated.cases) {
    const name = `cases/${c.id}`;
    evidenced.push({ name, sources: c.data.sources });
    const numbers: StatedNumber[] = [
      ...c.data.years.map((y, i) => ({ field: `years[${i}]`, expect: String(y) })),
      ...c.data.figures.map((f, i) => ({ field: `figures[${i}].printed`, expect: f.printed })),
      ...zhDigits('title.zh', c.data.title.zh),
    ];
    problems.push(...checkNumbers(name, numbers, c.data.sources));
  }
  for (const f of curated.figures) {
    const name = `figures/${f.id}`;
    evidenced.push({ name, sources: f.sources });
    const numbers: StatedNumber[] = [
      { field: 'printed', expect: f.printed },
      ...(f.year !== null ? [{ field: 'year', expect: String(f.year) }] : []),
    ];
    problems.push(...checkNumbers(name, numbers, f.sources));
    if (f.value !== null && !f.printed.replace(/,/gu, '').includes(String(f.value)))
      problems.push(`${name}: value ${f.value} is not the number printed in “${f.printed}”`);
  }
  for (const p of curated.policies) {
    if (!p.sources.length) continue;
    evidenced.push({ name: `policies/${p.id}`, sources: p.sources });
    if (p.year !== null)
      problems.push(...checkNumbers(`policies/${p.id}`, [{ field: 'year', expect: String(p.year) }], p.sources));
  }
  const bodies = bodiesToCheck(curated, documents);
  // A body's <SourceQuote> is evidence like a front-matter source: literal, at its anchor.
  for (const b of bodies) for (const q of b.prose.quotes) evidenced.push({ name: `${b.file}:${q.line}`, sources: [q] });
  problems.push(...checkQuotes(evidenced, index));

  // Ids are unique across collections, so `related` can name any record.
  const ids = new Set<string>();
  for (const id of [
    ...curated.platforms.map((p) => p.id),
    ...curated.events.map((e) => e.id),
    ...curated.cases.map((c) => c.id),
    ...curated.figures.map((f) => f.id),
    ...extraIds,
  ]) {
    if (ids.has(id)) problems.push(`record id “${id}” is used twice`);
    ids.add(id);
  }
  problems.push(
    ...checkReferences(
      [
        ...curated.events.flatMap((e) => e.data.related.map((to) => ({ from: `events/${e.id}`, to }))),
        ...curated.cases.flatMap((c) => c.data.related.map((to) => ({ from: `cases/${c.id}`, to }))),
      ],
      ids,
    ),
  );

  problems.push(...checkBodyReferences(bodies, ids, new Set(curated.figures.map((f) => f.id))));
  problems.push(...checkRecordBodies(bodies, curated.glossary));

  problems.push(...checkPlatformParents(curated.platforms.map((p) => ({ id: p.id, parent: p.data.parent }))));
  const quotesOf = (s: readonly { quote: string }[]) => s.map((x) => x.quote);
  type Claimed = {
    countries: Country[];
    sources: SourceRef[];
    countriesInferred?: { countries: Country[] } | undefined;
  };
  const claimOf = (d: Claimed) => ({
    countries: d.countries,
    quotes: quotesOf(d.sources),
    inferred: d.countriesInferred,
  });
  const platformById = new Map(curated.platforms.map((p) => [p.id, p]));
  // A sub-unit may rest on where its whole chain of parents works (a lab of a base of a centre).
  const ancestorQuotes = (id: string | undefined, seen: readonly string[] = []): string[] => {
    const at = id === undefined || seen.includes(id) ? undefined : platformById.get(id);
    return at ? [...quotesOf(at.data.sources), ...ancestorQuotes(at.data.parent, [...seen, id!])] : [];
  };
  problems.push(
    ...checkCountriesInEvidence([
      ...curated.platforms.map((p) => ({
        name: `platforms/${p.id}`,
        countries: p.data.countries,
        quotes: quotesOf(p.data.sources),
        parentQuotes: ancestorQuotes(p.data.parent),
        inferred: p.data.countriesInferred,
      })),
      ...curated.events.map((e) => ({ name: `events/${e.id}`, ...claimOf(e.data) })),
      ...curated.cases.map((c) => ({ name: `cases/${c.id}`, ...claimOf(c.data) })),
      ...curated.figures.map((f) => ({
        name: `figures/${f.id}`,
        countries: f.countries,
        quotes: quotesOf(f.sources),
        inferred: f.countriesInferred,
      })),
    ]),
  );

  const allText = documents.flatMap((d) =>
    d.nodes.flatMap((n) => ('text' in n ? [n.text] : n.type === 'table' ? n.rows.flat().map((c) => c.text) : [])),
  );
  problems.push(
    ...checkFormsPrinted(
      [
        ...curated.platforms.flatMap((p) =>
          [p.data.name, ...p.data.aliases].map((form) => ({ where: `platforms/${p.id}`, form })),
        ),
        // Pages show a glossary entry's Chinese name as the original and its aliases as “other
        // printed forms”: both must be printed.
        ...curated.glossary.flatMap((e) =>
          [e.zh, ...e.aliases].map((form) => ({ where: `${e.file} (${e.zh})`, form })),
        ),
      ],
      allText,
    ),
  );

  const candidates = findPlatformNames(documents, curated.words.platforms);
  const recordNames = new Set(curated.platforms.flatMap((p) => [p.data.name, ...p.data.aliases]));
  for (const c of uncoveredNames(candidates, recordNames, curated.exclusions)) {
    const message = `platform-like name “${c.name}” has no platform record and no exclusion`;
    if (open?.isDraft(c.doc)) open.add({ doc: c.doc, gate: 'platforms', where: c.anchor, message });
    else problems.push(uncoveredMessage(c));
  }
  problems.push(...checkExclusionsUsed(candidates, curated.exclusions));

  problems.push(...checkEnglishNumbers(englishRecords(curated, documents)));
  problems.push(...checkGlossary(curated.glossary));
  problems.push(
    ...checkOfficialSources(
      curated.glossary.map((g) => {
        const map = curated.lines?.get(g.file.replace(/^content\/curated\//u, ''));
        const index = curated.glossary.filter((x) => x.file === g.file).indexOf(g);
        return { ...g, line: map ? lineOf(map, `[${index}]`) : undefined };
      }),
    ),
  );
  problems.push(
    ...checkTranslated(
      [
        ...curated.platforms.flatMap((p) => [
          { name: p.data.name, where: `platforms/${p.id}` },
          ...(p.data.host ? [{ name: p.data.host, where: `platforms/${p.id} host` }] : []),
          ...(p.data.location ? [{ name: p.data.location, where: `platforms/${p.id} location` }] : []),
        ]),
        ...curated.cases.map((c) => ({ name: c.data.actor, where: `cases/${c.id} actor` })),
      ],
      curated.glossary,
    ),
  );
  return problems;
}

/** Every MDX record's body, with the Chinese its English may take numbers from (see check/record-bodies.ts). */
function bodiesToCheck(curated: Curated, documents: readonly SourceDocument[]): BodyToCheck[] {
  const docTitle = (slug: string) => documents.find((d) => d.slug === slug)?.title.zh ?? '';
  type Row = { id: string; prose: BodyToCheck['prose']; data: { sources: BodyToCheck['sources'] } };
  const body = (dir: string, r: Row, chinese: readonly string[]): BodyToCheck => ({
    file: `content/curated/${dir}/${r.id}.mdx`,
    prose: r.prose,
    sources: r.data.sources,
    evidence: [...r.data.sources.map((s) => docTitle(s.doc)), ...chinese],
  });
  const printed = (figures: readonly { printed: string }[]) => figures.map((f) => f.printed);
  return [
    ...curated.platforms.map((p) => body('platforms', p, [...printed(p.data.figures), p.data.name, ...p.data.aliases])),
    ...curated.events.map((e) => body('events', e, [e.data.title.zh])),
    ...curated.cases.map((c) => body('cases', c, [...printed(c.data.figures), c.data.title.zh])),
  ];
}

/** Curated records with the Chinese their English may take numbers from (see check/english-numbers.ts). */
function englishRecords(curated: Curated, documents: readonly SourceDocument[]): RecordText[] {
  // A record may name the year or title of the document it cites (“the 2018 call”).
  const docTitle = (slug: string) => documents.find((d) => d.slug === slug)?.title.zh ?? '';
  const quotes = (sources: readonly { doc: string; quote: string }[]) =>
    sources.flatMap((s) => [s.quote, docTitle(s.doc)]);
  const printed = (figures: readonly { printed: string }[]) => figures.map((f) => f.printed);
  const tableText = (doc: string, anchor: string) => {
    const node = documents.find((d) => d.slug === doc)?.nodes.find((n) => n.id === anchor);
    return node?.type === 'table' ? [node.caption?.text ?? '', ...node.rows.flat().map((c) => c.text)] : [];
  };
  // The line of a key in a curated file; `at` maps the check's key onto the file's (a list item's index).
  const lines = (file: string, at: (key: string) => string = (k) => k) => {
    const map = curated.lines?.get(file);
    return map ? (key: string) => lineOf(map, at(key)) : undefined;
  };
  const mdx = (dir: string, id: string) => ({
    file: `content/curated/${dir}/${id}.mdx`,
    lineOf: lines(`${dir}/${id}.mdx`),
  });
  const item = (file: string, i: number, id: string, at: (key: string) => string = (k) => k) => ({
    file: `content/curated/${file}`,
    id,
    lineOf: lines(file, (k) => `[${i}].${at(k)}`),
  });
  const inGlossaryFile = (g: Curated['glossary'][number]) =>
    curated.glossary.filter((x) => x.file === g.file).indexOf(g);
  return [
    ...curated.platforms.map((p) => ({
      ...mdx('platforms', p.id),
      data: p.data,
      evidence: [...quotes(p.data.sources), ...printed(p.data.figures), p.data.name, ...p.data.aliases],
    })),
    ...curated.events.map((e) => ({ ...mdx('events', e.id), data: e.data, evidence: quotes(e.data.sources) })),
    ...curated.cases.map((c) => ({
      ...mdx('cases', c.id),
      data: c.data,
      evidence: [...quotes(c.data.sources), ...printed(c.data.figures)],
    })),
    ...curated.figures.map((f, i) => ({
      ...item('figures.yaml', i, f.id),
      data: f,
      evidence: [...quotes(f.sources), f.printed],
    })),
    ...curated.tables.map((t, i) => ({
      ...item('tables.yaml', i, t.id),
      data: t,
      evidence: tableText(t.doc, t.anchor),
    })),
    ...curated.policies.map((p, i) => ({
      ...item('policies.yaml', i, p.id, (k) => (k === 'title.en' ? 'titleEn' : k)),
      data: { title: { zh: p.title, en: p.titleEn }, note: p.note },
      evidence: quotes(p.sources),
    })),
    ...curated.glossary.map((g) => ({
      file: g.file,
      id: g.zh,
      lineOf: lines(g.file.replace(/^content\/curated\//u, ''), () => `[${inGlossaryFile(g)}].en`),
      data: { name: { zh: [g.zh, ...g.aliases].join(' '), en: [g.en, ...g.enAliases].join(' ') } },
      evidence: [],
    })),
  ];
}

/**
 * How well the candidate extractor proposes the curated records: precision and recall per
 * collection over the reviewed documents, and the experiment of issue #19's Done-when — for each
 * seed in turn, a copy of the project without that seed's curated records is rebuilt, and its
 * candidates are checked to cover the deleted records, marked unreviewed, with working links.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseYaml } from '../../src/lib/parse-yaml.ts';
import { isDraft } from '../../src/schemas/manifest.ts';
import type { Candidate, CandidateCollection } from '../../src/schemas/candidates.ts';
import { generateContent } from '../build-content.ts';
import { scoreCandidates, type CandidateScore } from '../extract/candidates/measure.ts';
import { recordsOf, reviewedRecords, type Reviewed } from '../extract/candidates/review.ts';
import { assemblePipeline } from '../pipeline.ts';
import { readFrontmatter } from '../records/frontmatter.ts';
import { SourceIndex } from '../records/source-index.ts';

export interface LeaveOneOutRow {
  doc: string;
  collection: CandidateCollection;
  /** Curated records whose every source is in this document, deleted for the experiment. */
  deleted: number;
  /** Of those, records a candidate of the rebuilt copy covers… */
  covered: number;
  /** …and records an unreviewed one covers (a candidate may still belong to a record citing other documents too). */
  coveredUnreviewed: number;
  recall: number | null;
  /** Candidates of the document in the rebuilt copy, and how many are marked unreviewed. */
  candidates: number;
  unreviewed: number;
  /** Candidate sources whose anchor or quote does not resolve in the document (should be 0). */
  brokenLinks: number;
}

export interface ExtractionBench {
  /** Over the reviewed documents, with the curated records as they are. */
  scores: CandidateScore[];
  leaveOneOut: LeaveOneOutRow[];
  /** Events found whose candidate reads the record's date exactly (year, month, day, period, open period). */
  eventDates: { found: number; sameDate: number };
}

const onlyIn = (doc: string, sources: readonly { doc: string }[]) =>
  sources.length > 0 && sources.every((s) => s.doc === doc);

/** A copy of the project's inputs without one document's curated records (MDX files and YAML list entries). */
function copyWithout(root: string, doc: string): string {
  const temp = mkdtempSync(join(tmpdir(), 'yearbook-extract-'));
  for (const dir of ['seeds', 'content/curated', 'content/translations'])
    cpSync(join(root, dir), join(temp, dir), { recursive: true });
  for (const folder of ['platforms', 'events', 'cases']) {
    const dir = join(temp, 'content/curated', folder);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
      const { data } = readFrontmatter(readFileSync(join(dir, f), 'utf8'), f);
      if (onlyIn(doc, (data as { sources: { doc: string }[] }).sources)) rmSync(join(dir, f));
    }
  }
  const figures = join(temp, 'content/curated/figures.yaml');
  const list = parseYaml(readFileSync(figures, 'utf8'), figures) as { sources: { doc: string }[] }[];
  writeFileSync(figures, stringify(list.filter((f) => !onlyIn(doc, f.sources))));
  return temp;
}

export function extraction(root: string): ExtractionBench {
  const p = assemblePipeline(root);
  const reviewedDocs = new Set(p.documents.filter((d) => !isDraft(d)).map((d) => d.slug));
  const records = reviewedRecords(p.curated, p.policies);
  const sourcesOf = new Map<string, readonly { doc: string }[]>([
    ...p.curated.platforms.map((r) => [`platforms/${r.id}`, r.data.sources] as const),
    ...p.curated.events.map((r) => [`events/${r.id}`, r.data.sources] as const),
    ...p.curated.cases.map((r) => [`cases/${r.id}`, r.data.sources] as const),
    ...p.curated.figures.map((r) => [`figures/${r.id}`, r.sources] as const),
    ...p.policies.map((r) => [`policies/${r.id}`, r.mentions] as const),
  ]);
  const scores = scoreCandidates(
    p.candidates.filter((c) => reviewedDocs.has(c.doc)),
    records.filter((r) => (sourcesOf.get(`${r.collection}/${r.id}`) ?? []).some((s) => reviewedDocs.has(s.doc))),
  );
  const sameDate = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const eventRecords = p.curated.events.filter((e) => e.data.sources.some((x) => reviewedDocs.has(x.doc)));
  const rule = (id: string) => records.find((r) => r.collection === 'events' && r.id === id)!;
  const proposing = (id: string) => p.candidates.filter((c) => recordsOf(c, [rule(id)]).length > 0);
  const eventDates = {
    found: eventRecords.filter((e) => proposing(e.id).length > 0).length,
    sameDate: eventRecords.filter((e) => proposing(e.id).some((c) => sameDate(c.date, e.data.date))).length,
  };
  const leaveOneOut: LeaveOneOutRow[] = [];
  const index = new SourceIndex(p.documents);
  for (const doc of reviewedDocs) {
    const temp = copyWithout(root, doc);
    try {
      // The build as it runs, without the evidence gates (other records may name a deleted one).
      const files = generateContent(temp, { validate: false }).filter((f) => f.path.startsWith('content/candidates/'));
      const rebuilt = files
        .map((f) => ({
          id: f.path.replace(/^.*\/|\.mdx$/gu, ''),
          ...(readFrontmatter(f.content, f.path).data as Candidate),
        }))
        .filter((c) => c.doc === doc);
      const deleted = (r: Reviewed) =>
        r.collection !== 'policies' && onlyIn(doc, sourcesOf.get(`${r.collection}/${r.id}`) ?? []);
      for (const collection of ['platforms', 'events', 'figures', 'cases'] as const) {
        const gone = records.filter((r) => r.collection === collection && deleted(r));
        const mine = rebuilt.filter((c) => c.collection === collection);
        const open = mine.filter((c) => c.review.status === 'unreviewed');
        const covers = (list: typeof mine) => gone.filter((r) => list.some((c) => recordsOf(c, [r]).length > 0)).length;
        const covered = covers(mine);
        leaveOneOut.push({
          doc,
          collection,
          deleted: gone.length,
          covered,
          coveredUnreviewed: covers(open),
          recall: gone.length ? covered / gone.length : null,
          candidates: mine.length,
          unreviewed: open.length,
          brokenLinks: mine.flatMap((c) => c.sources).filter((s) => !index.contains(s.doc, s.anchor, s.quote)).length,
        });
      }
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  return { scores, leaveOneOut, eventDates };
}

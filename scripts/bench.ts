/**
 * The benchmark (`npm run bench`): build time by step and peak memory, ingest at 10× and 100×
 * the seeds, page weight per page type against the budgets, Lighthouse scores and search
 * latency. Prints Markdown tables and writes the numbers to bench/results.json (a run of some
 * sections replaces only theirs).
 *   node scripts/bench.ts [build] [scale] [weight] [lighthouse] [search] [intake] [extraction] [--runs N] [--dist DIR]
 * Without section names it runs them all. With `build` the other sections measure that fresh
 * build; without it they measure dist/ (or DIR).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimes, type BuildResult } from './bench/build-times.ts';
import { browserWeights, type TypeWeight } from './bench/browser-weight.ts';
import { lighthouse, type LighthouseRow } from './bench/lighthouse.ts';
import { PAGE_TYPES } from './bench/page-types.ts';
import { scale, type ScaleRow } from './bench/scale.ts';
import { searchLatency, type SearchLatency } from './bench/search-latency.ts';
import { intake, type IntakeRow } from './bench/intake.ts';
import { extraction, type ExtractionBench } from './bench/extraction.ts';
import { searchQuality, type SearchQuality } from './bench/search-quality.ts';
import { kib, mib, seconds, table } from './bench/table.ts';
import { readManifest } from './build-documents.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECTIONS = ['build', 'scale', 'weight', 'lighthouse', 'search', 'intake', 'extraction'] as const;
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : 3;
const distArg = args.indexOf('--dist');
const chosen = SECTIONS.filter((s) => args.includes(s));
const sections = new Set(chosen.length ? chosen : SECTIONS);
/** Pages Lighthouse scores: the ones issue #8 names, in both languages. */
const LIGHTHOUSE_PAGES = ['home', 'reader', 'platform', 'chart', 'search'].flatMap((type) =>
  PAGE_TYPES.filter((p) => p.type === type).map((p) => ({ page: `${p.type} (${p.lang})`, path: p.path })),
);

interface Results {
  date: string;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; chromium?: string };
  build?: BuildResult;
  scale?: ScaleRow[];
  weight?: TypeWeight[];
  lighthouse?: LighthouseRow[];
  search?: SearchLatency;
  intake?: IntakeRow[];
  searchQuality?: SearchQuality;
  extraction?: ExtractionBench;
}

function sourceSize(): { documents: number; chars: number } {
  const manifest = readManifest(join(ROOT, 'seeds'));
  const chars = manifest.documents.reduce(
    (sum, d) => sum + readFileSync(join(ROOT, 'seeds', d.file), 'utf8').replace(/\s+/gu, '').length,
    0,
  );
  return { documents: manifest.documents.length, chars };
}

function report(r: Results): string {
  const out: string[] = [
    `Benchmark ${r.date.slice(0, 10)} · ${r.machine.cores} cores ` +
      `(${r.machine.cpu}), ${r.machine.memoryGiB.toFixed(0)} GiB · ` +
      `Node ${r.machine.node}${r.machine.chromium ? ` · Chromium ${r.machine.chromium}` : ''}`,
  ];
  if (r.build) {
    const b = r.build;
    const astro = b.steps.find((s) => s.step === 'astro build')!;
    const ingest = b.steps.find((s) => s.step === 'ingest')!;
    out.push(
      `\nBuild (median of ${astro.runs.length} runs; ` +
        `${b.sourceDocuments} source documents, ${b.pages} generated pages)\n`,
    );
    out.push(
      table(
        ['step', 'time (s)', 'peak memory (MiB)'],
        b.steps.map((s) => [s.step, seconds(s.ms), mib(s.peakMiB)]),
        ['l', 'r', 'r'],
      ),
    );
    out.push(
      `\ningest (build-content --check: parse, extract, validate curated records, compare) ` +
        `${(ingest.ms / b.sourceDocuments).toFixed(0)} ms per source document ` +
        `(${(ingest.ms / (b.sourceChars / 1000)).toFixed(1)} ms per 1,000 characters); ` +
        `astro build ${(astro.ms / b.pages).toFixed(1)} ms per generated page`,
    );
  }
  if (r.scale) {
    out.push('\nScale: ingest (read, parse, account, validate, serialise) of synthetic corpora\n');
    out.push(
      table(
        [
          'corpus',
          'documents',
          'characters',
          'time (s)',
          'ms / document',
          'ms / 1k chars',
          'peak memory (MiB)',
          'time ∝ n^b',
          'MiB / added doc',
        ],
        r.scale.map((s) => [
          `${s.factor}×`,
          s.documents,
          s.sourceChars.toLocaleString('en'),
          seconds(s.ms),
          s.msPerDocument.toFixed(1),
          s.msPer1kChars.toFixed(2),
          mib(s.peakMiB),
          s.timeExponent?.toFixed(2) ?? '—',
          s.miBPerAddedDocument?.toFixed(2) ?? '—',
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }
  if (r.weight) {
    // One row per page type: the heavier of its zh and en pages (both are in results.json).
    const types = [...new Set(r.weight.map((w) => w.type))];
    const heavier = (ws: TypeWeight[]) =>
      ws.reduce((a, b) => (b.html.gzip + b.css.gzip + b.js.gzip > a.html.gzip + a.css.gzip + a.js.gzip ? b : a));
    const bytes = (b: { raw: number; gzip: number }) => `${kib(b.raw)} / ${kib(b.gzip)}`;
    out.push('\nPage weight per page type, the heavier language (KiB raw / gzip; requests of a first visit)\n');
    out.push(
      table(
        ['page type', 'HTML', 'CSS', 'JS', 'other', 'requests', 'budgets'],
        types.map((type) => {
          const ws = r.weight!.filter((w) => w.type === type);
          const w = heavier(ws);
          const over = [...new Set(ws.flatMap((x) => x.overBudget))];
          return [
            `${type}${w.lang === '—' ? '' : ` (${w.lang})`}`,
            bytes(w.html),
            bytes(w.css),
            bytes(w.js),
            bytes(w.other),
            w.requests,
            over.length ? over.join('; ') : 'ok',
          ];
        }),
        ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  if (r.lighthouse) {
    out.push('\nLighthouse (mobile preset)\n');
    out.push(
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'below 100 because of'],
        r.lighthouse.map((l) => [
          l.page,
          l.scores.performance,
          l.scores.accessibility,
          l.scores['best-practices'],
          l.scores.seo,
          l.failing.join(', ') || '—',
        ]),
        ['l', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  if (r.search) {
    const s = r.search;
    out.push(
      `\nSearch, cold (${s.queries.length} evaluation queries, two per category, each in a fresh browser context)\n`,
    );
    out.push(
      table(
        ['measure', 'median'],
        [
          ['query → first result (Pagefind started)', `${s.medianQueryMs.toFixed(0)} ms`],
          ['bytes fetched per query', `${kib(s.medianQueryBytes)} KiB`],
          ['open search page with ?q= → first result shown', `${s.medianPageMs.toFixed(0)} ms`],
          ['bytes fetched for that page', `${kib(s.medianPageBytes)} KiB`],
          [
            'Pagefind start, once per page (script, worker, WebAssembly, metadata, filters)',
            `${s.initMs.toFixed(0)} ms, ${kib(s.initBytes)} KiB`,
          ],
        ],
        ['l', 'r'],
      ),
    );
  }
  if (r.intake) {
    out.push(
      '\nIntake end to end: n new documents added by one `npm run add-source`, then `npm run build`, ' +
        'then a search for a phrase of the last one\n',
    );
    const exponent = (b: number | null) => b?.toFixed(2) ?? '—';
    out.push(
      table(
        ['documents added', 'add-source (s)', 'build (s)', 'pages', 'search (ms)', 'found', 'add ∝ n^b', 'build ∝ n^b'],
        r.intake.map((i) => [
          i.documents,
          seconds(i.addMs),
          seconds(i.buildMs),
          i.pages,
          i.searchMs.toFixed(0),
          i.found ? 'yes' : 'NO',
          exponent(i.addExponent),
          exponent(i.buildExponent),
        ]),
        ['r', 'r', 'r', 'r', 'r', 'l', 'r', 'r'],
      ),
    );
  }
  if (r.searchQuality) {
    const q = r.searchQuality;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    out.push(`\nSearch quality (${q.all.n} evaluation queries typed into the search page, warm; recall@5 and MRR)\n`);
    out.push(
      table(
        ['category', 'queries', 'recall@5', 'MRR'],
        [
          ...Object.entries(q.byCategory).map(([c, v]) => [c, v.n, pct(v.recall5), v.mrr.toFixed(2)]),
          ['**all**', q.all.n, pct(q.all.recall5), q.all.mrr.toFixed(2)],
        ],
        ['l', 'r', 'r', 'r'],
      ),
    );
    out.push(
      `\nSubmit → results on screen: median ${q.medianMs.toFixed(0)} ms; ` +
        `index and fragment bytes per query: median ${kib(q.medianBytes)} KiB, ` +
        `90th percentile ${kib(q.p90Bytes)} KiB.`,
    );
    if (q.misses.length) out.push(`Not in the first five: ${q.misses.join('; ')}.`);
  }
  if (r.extraction) {
    const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);
    out.push(
      '\nCandidate extraction against the curated records of the reviewed documents ' +
        '(precision: candidates a record took; recall: records a candidate proposed)\n',
    );
    out.push(
      table(
        ['collection', 'candidates', 'accepted', 'rejected', 'precision', 'records', 'found', 'recall'],
        r.extraction.scores.map((s) => [
          ...[s.collection, s.candidates, s.accepted, s.rejected, pct(s.precision)],
          ...[s.records, s.found, pct(s.recall)],
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    const d = r.extraction.eventDates;
    out.push(`\nEvents found whose candidate reads the record's exact date: ${d.sameDate} of ${d.found}.`);
    out.push("\nOne seed's curated records deleted, the copy rebuilt (each seed in turn; records citing only it)\n");
    out.push(
      table(
        [
          ...['document', 'collection', 'deleted', 'covered', 'recall'],
          ...['covered by an unreviewed one', 'candidates', 'unreviewed', 'broken links'],
        ],
        r.extraction.leaveOneOut
          .filter((x) => x.deleted > 0)
          .map((x) => [
            ...[x.doc, x.collection, x.deleted, x.covered, pct(x.recall)],
            ...[x.coveredUnreviewed, x.candidates, x.unreviewed, x.brokenLinks],
          ]),
        ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model.trim() ?? '?',
      memoryGiB: totalmem() / 2 ** 30,
      node: process.version,
    },
  };
  const temp = mkdtempSync(join(tmpdir(), 'yearbook-bench-'));
  try {
    let site = distArg >= 0 ? resolve(args[distArg + 1] ?? 'dist') : join(ROOT, 'dist');
    if (sections.has('build')) {
      site = join(temp, 'dist');
      results.build = buildTimes(ROOT, site, runs, sourceSize());
    }
    if (sections.has('scale')) results.scale = scale(ROOT, [1, 10, 100], runs);
    if (sections.has('intake')) results.intake = await intake(ROOT, [10, 100]);
    if (sections.has('extraction')) results.extraction = extraction(ROOT);
    if (sections.has('weight') || sections.has('lighthouse') || sections.has('search')) {
      const { url, server } = await startStaticServer(site);
      try {
        if (sections.has('lighthouse')) results.lighthouse = await lighthouse(ROOT, url, LIGHTHOUSE_PAGES, runs);
        const browser = await launchChromium();
        results.machine.chromium = browser.version();
        try {
          if (sections.has('weight')) results.weight = await browserWeights(browser, url, site);
          if (sections.has('search')) {
            results.searchQuality = await searchQuality(browser, url, site, join(ROOT, 'tests/search/queries.yaml'));
            results.search = await searchLatency(browser, url, site, join(ROOT, 'tests/search/queries.yaml'));
          }
        } finally {
          await browser.close();
        }
      } finally {
        server.close();
      }
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  // A run of some sections updates those and keeps the others' latest numbers.
  const file = join(ROOT, 'bench/results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Results>) : {};
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
  console.log(report(results));
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

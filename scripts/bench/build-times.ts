/**
 * Build time split into its three steps — ingest (`build-content.ts --check`), `astro build`,
 * the Pagefind index — each run `runs` times into `outDir`; medians and peak memory.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { maxOrNull, measure, median } from './measure.ts';

export interface StepResult {
  step: 'ingest' | 'astro build' | 'pagefind' | 'total';
  /** Median wall time over the runs. */
  ms: number;
  runs: number[];
  peakMiB: number | null;
}

export interface BuildResult {
  steps: StepResult[];
  /** HTML pages the build generated. */
  pages: number;
  sourceDocuments: number;
  sourceChars: number;
}

export function buildTimes(
  root: string,
  outDir: string,
  runs: number,
  sources: { documents: number; chars: number },
): BuildResult {
  const node = process.execPath;
  const commands: [StepResult['step'], string[]][] = [
    ['ingest', [join(root, 'scripts/build-content.ts'), '--check']],
    ['astro build', [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]],
    ['pagefind', [join(root, 'scripts/build-search.ts'), '--dist', outDir]],
  ];
  const samples = new Map<string, { ms: number; peakMiB: number | null }[]>();
  for (let run = 0; run < runs; run++) {
    for (const [step, args] of commands) {
      const m = measure(node, args, { cwd: root });
      samples.set(step, [...(samples.get(step) ?? []), { ms: m.ms, peakMiB: m.peakMiB }]);
      console.error(`bench: ${step} run ${run + 1}/${runs}: ${(m.ms / 1000).toFixed(1)} s`);
    }
  }
  const steps: StepResult[] = commands.map(([step]) => {
    const s = samples.get(step)!;
    return {
      step,
      ms: median(s.map((x) => x.ms)),
      runs: s.map((x) => Math.round(x.ms)),
      peakMiB: maxOrNull(s.map((x) => x.peakMiB)),
    };
  });
  const totals = Array.from({ length: runs }, (_, r) =>
    commands.reduce((sum, [step]) => sum + samples.get(step)![r]!.ms, 0),
  );
  steps.push({
    step: 'total',
    ms: median(totals),
    runs: totals.map(Math.round),
    peakMiB: maxOrNull(steps.map((s) => s.peakMiB)),
  });
  const pages = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) =>
    f.endsWith('.html'),
  ).length;
  return { steps, pages, sourceDocuments: sources.documents, sourceChars: sources.chars };
}

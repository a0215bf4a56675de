/**
 * Intake end to end: a synthetic corpus of n new documents (varied copies of the fixture corpus:
 * web export, hard-wrapped PDF export, Markdown export, one-cell-per-line tables) is added with
 * `npm run add-source` to a copy of the project, which is then built (content check, astro build,
 * Pagefind); a query for a phrase printed only in the last document added must find it. Reported
 * per size, with the exponent b in time ∝ n^b from the previous size (1 = linear).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../tests/support/browser.ts';
import { searchIn } from '../../tests/support/pagefind.ts';
import { startStaticServer } from '../../tests/support/static-server.ts';
import { measure } from './measure.ts';

export interface IntakeRow {
  documents: number;
  /** One add-source call adding every document (copy, parse, account, manifest, regenerate content/). */
  addMs: number;
  /** npm run build: content check, astro build, Pagefind. */
  buildMs: number;
  pages: number;
  searchMs: number;
  /** The phrase printed only in the last document added was found in its reader page. */
  found: boolean;
  addExponent: number | null;
  buildExponent: number | null;
}

/** What is not copied into the temporary project: node_modules is linked, outputs are rebuilt. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'screenshots', 'bench']);

/** Copy k of a fixture: digits shifted, and a closing sentence of its own naming k. */
const vary = (text: string, k: number): string =>
  `${text.replace(/[0-9]/gu, (d) => String((Number(d) + (k % 9) + 1) % 10)).trimEnd()}\n\n本文为第${k}份合成测试文本。\n`;

function writeIntakeCorpus(fixtures: string, dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(fixtures)
    .filter((f) => /\.(?:txt|md)$/u.test(f))
    .sort();
  return Array.from({ length: n }, (_, k) => {
    const source = sources[k % sources.length]!;
    const [stem, ext] = [source.replace(/\.\w+$/u, ''), source.slice(source.lastIndexOf('.'))];
    const file = join(dir, `${stem}-${k + 1}${ext}`);
    writeFileSync(file, vary(readFileSync(join(fixtures, source), 'utf8'), k + 1));
    return file;
  });
}

const countPages = (dir: string): number =>
  (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html')).length;

export async function intake(root: string, sizes: readonly number[]): Promise<IntakeRow[]> {
  const rows: IntakeRow[] = [];
  for (const n of sizes) {
    const temp = mkdtempSync(join(tmpdir(), 'yearbook-intake-'));
    try {
      const project = join(temp, 'project');
      for (const p of readdirSync(root)) if (!SKIP.has(p)) cpSync(join(root, p), join(project, p), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
      const files = writeIntakeCorpus(join(root, 'tests/fixtures/corpus'), join(temp, 'incoming'), n);
      const add = measure(process.execPath, [join(project, 'scripts/add-source.ts'), ...files], { cwd: project });
      const build = measure('npm', ['run', 'build'], { cwd: project });
      const dist = join(project, 'dist');
      const { url, server } = await startStaticServer(dist);
      let searchMs = 0;
      let found = false;
      try {
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          await page.goto(`${url}/zh/search/`);
          const [result] = await searchIn(page, [`第${n}份合成测试文本`]);
          searchMs = result!.ms;
          found = result!.urls.some((u) => u.includes(`-${n}/`));
        } finally {
          await browser.close();
        }
      } finally {
        server.close();
      }
      const previous = rows.at(-1);
      const exponent = (now: number, before: number | undefined) =>
        previous && before ? Math.log(now / before) / Math.log(n / previous.documents) : null;
      rows.push({
        documents: n,
        addMs: add.ms,
        buildMs: build.ms,
        pages: countPages(dist),
        searchMs,
        found,
        addExponent: exponent(add.ms, previous?.addMs),
        buildExponent: exponent(build.ms, previous?.buildMs),
      });
      console.error(
        `bench: intake ${n}: add-source ${(add.ms / 1000).toFixed(1)} s, ` +
          `build ${(build.ms / 1000).toFixed(1)} s, found ${found}`,
      );
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  }
  return rows;
}

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A generated file: path relative to the repo root and its exact content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** An array of plain numbers as JSON.stringify spreads it over lines. */
const NUMBER_LIST = /\[\s+(-?[\d.]+(?:,\s+-?[\d.]+)*)\s+\]/gu;

/**
 * Pretty JSON with a trailing newline, so diffs of generated data read well in review.
 * Arrays of plain numbers (source spans) stay on one line to keep files short.
 */
export const toJson = (value: unknown): string =>
  `${JSON.stringify(value, null, 2).replace(NUMBER_LIST, (_, list: string) => oneLine(list))}\n`;
const oneLine = (list: string) => `[${list.split(/,\s+/u).join(', ')}]`;

/** Paths under `dir` (relative to `root`) that are generated, i.e. everything but README.md. */
function listGenerated(root: string, dir: string): string[] {
  const abs = join(root, dir);
  let names: string[];
  try {
    names = readdirSync(abs, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((n) => join(dir, n))
    .filter((p) => !p.endsWith('README.md') && readdirSafe(join(root, p)) === null)
    .sort();
}

const readdirSafe = (p: string) => {
  try {
    return readdirSync(p);
  } catch {
    return null;
  }
};

/** Writes the files and deletes stale generated files in the same folders. */
export function writeGenerated(root: string, dirs: readonly string[], files: readonly GeneratedFile[]): void {
  const wanted = new Set(files.map((f) => f.path));
  for (const dir of dirs) for (const p of listGenerated(root, dir)) if (!wanted.has(p)) rmSync(join(root, p));
  for (const f of files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    writeFileSync(join(root, f.path), f.content);
  }
}

/** Lists how the files on disk differ from what the seeds generate; empty when in sync. */
export function diffGenerated(root: string, dirs: readonly string[], files: readonly GeneratedFile[]): string[] {
  const problems: string[] = [];
  const wanted = new Set(files.map((f) => f.path));
  for (const dir of dirs)
    for (const p of listGenerated(root, dir))
      if (!wanted.has(p)) problems.push(`${p}: stale, not generated from the seeds`);
  for (const f of files) {
    let current: string;
    try {
      current = readFileSync(join(root, f.path), 'utf8');
    } catch {
      problems.push(`${f.path}: missing`);
      continue;
    }
    if (current !== f.content)
      problems.push(`${relative(root, join(root, f.path))}: differs from what the seeds generate`);
  }
  return problems;
}

/** One data release as CHANGELOG.md records it. */
export interface ReleaseNote {
  /** Semantic version, the release identifier citations carry (`0.1.0`). */
  version: string;
  /** Release date, `YYYY-MM-DD`. */
  date: string;
  /** What changed, one item per bullet, in each language. */
  items: { zh: string[]; en: string[] };
}

const RELEASE_HEADING = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/u;
const LANGUAGE_HEADING: Record<string, 'zh' | 'en'> = { '### English': 'en', '### 中文': 'zh' };

/**
 * Reads CHANGELOG.md: `## [x.y.z] - YYYY-MM-DD` per release (newest first), under it
 * `### English` and `### 中文`, each a list of `- ` items (an item may wrap onto indented lines).
 * Anything else between releases is ignored; a malformed release stops the build with its line.
 */
export function parseChangelog(markdown: string, file = 'CHANGELOG.md'): ReleaseNote[] {
  const releases: ReleaseNote[] = [];
  let lang: 'zh' | 'en' | null = null;
  const lines = markdown.split(/\r?\n/u);
  lines.forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const heading = RELEASE_HEADING.exec(line);
    const current = releases.at(-1);
    if (heading) {
      releases.push({ version: heading[1]!, date: heading[2]!, items: { zh: [], en: [] } });
      lang = null;
    } else if (line.startsWith('## ')) {
      throw new Error(`${where}: a release heading reads "## [x.y.z] - YYYY-MM-DD"`);
    } else if (current && line.startsWith('### ')) {
      lang = LANGUAGE_HEADING[line.trim()] ?? null;
      if (!lang) throw new Error(`${where}: expected "### English" or "### 中文"`);
    } else if (current && lang && line.startsWith('- ')) {
      current.items[lang].push(line.slice(2).trim());
    } else if (current && lang && /^\s+\S/u.test(line) && current.items[lang].length) {
      const items = current.items[lang];
      items[items.length - 1] += `${lang === 'zh' ? '' : ' '}${line.trim()}`;
    }
  });
  for (const r of releases) {
    if (!r.items.en.length || !r.items.zh.length)
      throw new Error(`${file}: release ${r.version} needs items under both "### English" and "### 中文"`);
  }
  return releases;
}

import type { KeyProject } from '../schemas/programmes.ts';
import type { Locale } from '../i18n/index.ts';
import { renderTokens } from './quantity-en.ts';

interface Platform {
  name: string;
  aliases: readonly string[];
}

/** The platform a key project builds: its title is the platform's name (or an alias) + 建设. */
export const platformOfKeyProject = <P extends Platform>(
  k: Pick<KeyProject, 'title'>,
  platforms: readonly P[],
): P | undefined => platforms.find((p) => `${p.name}建设` === k.title || p.aliases.some((a) => `${a}建设` === k.title));

/**
 * A key project's one title: the printed title in Chinese; in English the glossary name of the
 * platform it builds, else the reader's English of its list entry without the annex reference.
 * Null when neither exists (the page then shows the printed title marked as Chinese).
 */
export function keyProjectTitle(
  k: Pick<KeyProject, 'title' | 'listAnchor'>,
  locale: Locale,
  platforms: readonly Platform[],
  englishName: (zh: string) => string | null | undefined,
  englishOfAnchor: (anchor: string) => string | undefined,
): string | null {
  if (locale === 'zh') return k.title;
  const platform = platformOfKeyProject(k, platforms);
  const name = platform ? englishName(platform.name) : undefined;
  if (name) return name;
  const listed = englishOfAnchor(k.listAnchor);
  return listed ? renderTokens(listed).replace(/\s*\(Annex \d+\)\s*$/u, '') : null;
}

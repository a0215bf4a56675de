/**
 * Sections renamed since a release: old path segment → new. People cite permalinks, so each old
 * address stays as a page that sends the reader on (BaseLayout `movedTo`); the sitemap leaves them out.
 */
export const MOVED_SECTIONS: Readonly<Record<string, string>> = {
  // One word per concept: the 2018 call is a programme everywhere (code, data files, UI).
  program: 'programme',
};

/** The new address of a path in a moved section (`/zh/program/x/` → `/zh/programme/x/`), or null. */
export function movedPath(path: string): string | null {
  const m = /^\/(zh|en)\/([^/]+)\/(.*)$/u.exec(path);
  const to = m ? MOVED_SECTIONS[m[2]!] : undefined;
  return m && to ? `/${m[1]}/${to}/${m[3]}` : null;
}

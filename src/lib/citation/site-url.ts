/**
 * The site's public address, for the absolute URLs that citations and the data package need
 * (a citation with a relative URL cannot be followed from a printed page).
 *
 * Set `SITE_URL` when building for deployment (`SITE_URL=https://yearbook.example.net npx astro build`).
 * Without it the address is the PLACEHOLDER `https://example.org`, which is not where the site
 * lives: every citation built that way points at the wrong host, and the build says so once.
 */
export const PLACEHOLDER_SITE_URL = 'https://example.org';

/** The origin (and optional path prefix) without a trailing slash; throws on a malformed value. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env['SITE_URL']?.trim() || PLACEHOLDER_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  if (!/^https?:$/u.test(url.protocol) || url.search || url.hash) throw new Error(`SITE_URL must be an http(s) URL without query or fragment, got "${raw}"`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/u, '');
}

/** `absoluteUrl('/zh/tables/x/')` → `https://example.org/zh/tables/x/`. */
export const absoluteUrl = (path: string, base: string = siteUrl()): string => `${base}/${path.replace(/^\/+/u, '')}`;

let warned = false;
/** Prints one build warning when the placeholder address is in use. */
export function warnIfPlaceholder(base: string = siteUrl()): void {
  if (warned || base !== PLACEHOLDER_SITE_URL) return;
  warned = true;
  console.warn(`[citation] SITE_URL is not set: citations and the data package use the placeholder ${PLACEHOLDER_SITE_URL}. Set SITE_URL to the site's public address when building for deployment.`);
}

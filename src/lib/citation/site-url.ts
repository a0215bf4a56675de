/**
 * The site's public address: the one place it is configured. Astro's `site` (astro.config.mjs),
 * canonical and hreflang links, the sitemap, the data package and every citation read it here.
 *
 * Set `SITE_URL` when building for deployment (`SITE_URL=https://yearbook.example.net npm run build`).
 * Without it (a local preview, a copy served from elsewhere) the build cannot know where its
 * pages will be read, so nothing pretends to: links in the page head are root-relative, the
 * sitemap is not written (the protocol requires absolute URLs), and a citation names its page by
 * path after a slot that the cite panel's script fills with `location.origin` (see CitePanel.astro).
 */

/** The origin (and optional path prefix) without a trailing slash, or null when none is set. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  if (!/^https?:$/u.test(url.protocol) || url.search || url.hash) {
    throw new Error(`SITE_URL must be an http(s) URL without query or fragment, got "${raw}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/u, '');
}

/**
 * `absoluteUrl('/zh/tables/x/')` → `https://host/zh/tables/x/` with a site address, else the
 * root-relative `/zh/tables/x/` (still a working link on the host that serves the page).
 */
export const absoluteUrl = (path: string, base: string | null = siteUrl()): string =>
  `${base ?? ''}/${path.replace(/^\/+/u, '')}`;

/**
 * Stands for the unknown site address inside citation text built without SITE_URL. A character
 * of Unicode's private use area, so it can never occur in a source; CitePanel renders it as an
 * element the script fills, and data files replace it with a bracketed "not known" mark.
 */
export const ORIGIN_SLOT = '\uE000';

/** The URL a citation gives for a site path: absolute, or ORIGIN_SLOT + path without an address. */
export const citationUrl = (path: string, base: string | null = siteUrl()): string =>
  `${base ?? ORIGIN_SLOT}/${path.replace(/^\/+/u, '')}`;

let warned = false;
/** One build warning (in the terminal, never on a page) when no site address is configured. */
export function warnIfNoSiteUrl(base: string | null = siteUrl()): void {
  if (warned || base) return;
  warned = true;
  console.warn(
    '[site] SITE_URL is not set: canonical links are left out, the sitemap is not written, and ' +
      'citations take the address the page is served from. Set SITE_URL when building for deployment.',
  );
}

/** Replaces the origin slot in citation text by a fixed text (the address, or a "not known" mark). */
export const fillOriginSlot = (text: string, origin: string): string => text.replaceAll(ORIGIN_SLOT, origin);

/**
 * The prefilled correction message of "Report an error" and the links that carry it to the
 * configured destination. Pure and dependency-free: the page runs the same code at build time
 * (for readers without JavaScript) and in the browser (once it knows the page being reported).
 */

export interface ReportLabels {
  title: string;
  page: string;
  wrong: string;
  should: string;
}

/** The page a report is about, from `?page=…&anchor=…` or the referrer; same-site paths only. */
export function reportedPage(search: string, referrer: string, origin: string): string | null {
  const params = new URLSearchParams(search);
  const page = params.get('page');
  const anchor = params.get('anchor');
  // Only a path of this site: never another origin or a protocol-relative address.
  if (page && page.startsWith('/') && !page.startsWith('//')) {
    const url = new URL(page, origin);
    if (anchor) url.hash = anchor;
    return url.href;
  }
  if (referrer) {
    try {
      const url = new URL(referrer);
      if (url.origin === origin && !url.pathname.includes('/report/')) return url.href;
    } catch {
      return null;
    }
  }
  return null;
}

/** The message: the page address (or a blank to fill) and the questions the editors need answered. */
export const reportBody = (labels: ReportLabels, page: string | null): string =>
  `${labels.page} ${page ?? ''}\n\n${labels.wrong}\n\n\n${labels.should}\n\n`;

/** The subject line: what is reported, and where. */
export const reportTitle = (labels: ReportLabels, page: string | null): string =>
  page ? `${labels.title}: ${page}` : labels.title;

/** The addresses that open the tracker or the mail program with the message (as edited) filled in. */
export function reportLinks(
  destination: { issueTracker: string | null; email: string | null },
  title: string,
  body: string,
): { issue: string | null; email: string | null } {
  const e = encodeURIComponent;
  return {
    issue: destination.issueTracker?.replaceAll('{title}', e(title)).replaceAll('{body}', e(body)) ?? null,
    email: destination.email ? `mailto:${destination.email}?subject=${e(title)}&body=${e(body)}` : null,
  };
}

/** The link from a record page to "Report an error", carrying the page and the record's anchor. */
export const reportHref = (locale: string, pathname: string, anchor = 'record'): string =>
  `/${locale}/report/?page=${encodeURIComponent(pathname)}&anchor=${encodeURIComponent(anchor)}`;

/**
 * The one escaper for text put into XML or HTML built as strings (SVG charts, the sitemap, the
 * search index's copies of pages): `&`, `<`, `>` and both quotes, so the result is safe both as
 * element text and inside an attribute value.
 */
export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

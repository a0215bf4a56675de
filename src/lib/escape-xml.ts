/**
 * The one escaper for text put into HTML, SVG or XML (element content and double-quoted attributes):
 * `&`, `<`, `>` and `"`. Used by the chart renderer, the sitemap and the search-index copies.
 */
export const escapeXml = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

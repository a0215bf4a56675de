import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/citation/site-url.ts';

/**
 * The site's address as a CSS string, for print: print.css writes it before each link's path so
 * a printed page carries absolute URLs. A file rather than an inline style, which the CSP forbids.
 * Without a configured address (a local preview) the paths print as they are, root-relative:
 * better than a made-up host.
 */
export const GET: APIRoute = () =>
  new Response(`:root{--site-url:${JSON.stringify(siteUrl() ?? '')}}\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });

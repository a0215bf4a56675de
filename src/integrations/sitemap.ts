import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteUrl, warnIfNoSiteUrl } from '../lib/citation/site-url.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { movedPath } from '../lib/moved-routes.ts';
import { formerIdPaths, readFormerIds } from '../lib/former-ids.ts';

/**
 * Writes sitemap.xml (every zh and en page, each with its hreflang alternates) and robots.txt
 * pointing at it, after the build. The sitemap protocol requires absolute URLs, so without a
 * site address (SITE_URL, see site-url.ts) there is no sitemap and robots.txt names none.
 */
export function sitemap(): AstroIntegration {
  return {
    name: 'yearbook-sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const base = siteUrl();
        const out = fileURLToPath(dir);
        if (!base) {
          warnIfNoSiteUrl(base);
          writeFileSync(`${out}robots.txt`, 'User-agent: *\nAllow: /\n');
          return;
        }
        // Old addresses of changed ids only send readers on; search engines get the new ones.
        const moved = new Set(readFormerIds().flatMap((f) => ['zh', 'en'].map((l) => formerIdPaths(l, f).from)));
        const paths = pages
          .map((p) => `/${p.pathname}`.replace(/\/+$/u, '/'))
          .filter((p) => /^\/(zh|en)\//u.test(p) && !movedPath(p) && !moved.has(p))
          .sort();
        const set = new Set(paths);
        const entries = paths.map((p) => {
          const other = p.startsWith('/zh/') ? `/en/${p.slice(4)}` : `/zh/${p.slice(4)}`;
          const alternates = [p, ...(set.has(other) ? [other] : [])]
            .map((a) => {
              const lang = a.startsWith('/zh/') ? 'zh-Hans' : 'en';
              return `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(base + a)}"/>`;
            })
            .join('\n');
          return `  <url>\n    <loc>${escapeXml(base + p)}</loc>\n${alternates}\n  </url>`;
        });
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
          ...entries,
          '</urlset>',
          '',
        ].join('\n');
        writeFileSync(`${out}sitemap.xml`, xml);
        writeFileSync(`${out}robots.txt`, `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`);
      },
    },
  };
}

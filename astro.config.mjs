// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { siteUrl } from './src/lib/citation/site-url.ts';
import { sitemap } from './src/integrations/sitemap.ts';

const SITE = siteUrl();

export default defineConfig({
  // The public address, from SITE_URL (src/lib/citation/site-url.ts); unset for a local preview.
  ...(SITE ? { site: SITE } : {}),
  // Every page is a folder with index.html, so URLs end in a slash and never change shape.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  // Editors write record narrative in MDX with GFM tables and footnotes (remark-gfm, the
  // stack's choice); unified() is the remark processor that takes the plugin in Astro 7.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta on every page: no third-party requests, and no inline script
  // but Astro's own, allowed by hash. Pagefind's search needs WebAssembly ('wasm-unsafe-eval').
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  // Every page is a folder with index.html, so URLs end in a slash and never change shape.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: { remarkPlugins: [remarkGfm] },
  // No prefetch, no client router: pages ship no JavaScript unless a feature needs it.
  devToolbar: { enabled: false },
});

// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  // Every page is a folder with index.html, so URLs end in a slash and never change shape.
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Editors write record narrative in MDX with GFM tables and footnotes (remark-gfm, the
  // stack's choice); unified() is the remark processor that takes the plugin in Astro 7.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm] }) },
  devToolbar: { enabled: false },
});

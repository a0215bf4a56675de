// ESLint flat config: typescript-eslint and eslint-plugin-astro's recommended rules, plus the import
// boundaries of the architecture (README "How data flows"), checked by resolving each import's path.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));
/** The project folder an import lands in, relative to the root, or null for a package. */
const landsIn = (file, specifier) =>
  specifier.startsWith('.')
    ? relative(ROOT, resolve(dirname(file), specifier))
        .split(sep)
        .join('/')
    : null;

/**
 * Layers that may not import each other. `from`/`to` are root-relative folders; `allowPackages` lists
 * the only npm packages a layer may import (undefined: any).
 */
const BOUNDARIES = [
  { from: 'src/schemas', allowPackages: ['zod'], onlyInto: ['src/schemas'], why: 'schemas import only zod' },
  { from: 'src/pages', forbidden: ['scripts'], why: 'pages never import the Node pipeline in scripts/' },
  {
    from: 'scripts',
    forbidden: ['src/pages', 'src/components', 'src/layouts'],
    why: 'scripts/ never imports pages or components',
  },
];

const inside = (path, folder) => path === folder || path.startsWith(`${folder}/`);

const boundaries = {
  meta: { type: 'problem', schema: [], messages: { crossed: '{{specifier}}: {{why}}' } },
  create(context) {
    const file = relative(ROOT, context.filename).split(sep).join('/');
    const rules = BOUNDARIES.filter((b) => inside(file, b.from));
    if (rules.length === 0) return {};
    const check = (node, specifier) => {
      const target = landsIn(context.filename, specifier);
      for (const b of rules) {
        const crossed =
          target === null
            ? b.allowPackages !== undefined &&
              !b.allowPackages.some((p) => specifier === p || specifier.startsWith(`${p}/`))
            : (b.forbidden ?? []).some((f) => inside(target, f)) ||
              (b.onlyInto !== undefined && !b.onlyInto.some((f) => inside(target, f)));
        if (crossed) context.report({ node, messageId: 'crossed', data: { specifier, why: b.why } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, String(node.source.value)),
    };
  },
};

export default defineConfig(
  { ignores: ['dist/', '.dist-next/', '.dist-old/', '.astro/', 'node_modules/', 'bench/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { yearbook: { rules: { 'import-boundaries': boundaries } } },
    rules: {
      'yearbook/import-boundaries': 'error',
      // Unused names are errors, except a deliberate `_` (a skipped parameter or destructured field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Prettier (.prettierrc.json) wraps code at 120; this catches what it cannot wrap: long strings,
      // comments and regexes, which are broken by hand. Only a line holding a URL may run longer.
      // (Core max-len is deprecated in favour of @stylistic but kept until ESLint 11.)
      'max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true }],
    },
  },
);

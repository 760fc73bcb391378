import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default [
  { ignores: ['**/*.py', 'dist/', '.astro/', 'node_modules/', 'src/generated/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  // Type-aware rules for TypeScript modules (.astro frontmatter is type-checked by `astro check`).
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.{ts,mts}'] })),
  {
    files: ['**/*.{ts,mts}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Browser code never parses strings as HTML: user and content text goes in as text nodes
  // (textContent, createElement). Covers src/ modules, which are bundled for the browser, and the
  // <script> blocks of .astro files. Issue 12.
  {
    files: ['src/**/*.{js,mjs,ts}', 'src/**/*.astro/*.{js,ts}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment'].map((property) => ({
          property,
          message: `${property} parses a string as HTML. Build nodes with document.createElement and set textContent instead.`,
        })),
        ...['write', 'writeln'].map((property) => ({
          object: 'document',
          property,
          message: `document.${property} parses a string as HTML. Build nodes with document.createElement and set textContent instead.`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        ...['write', 'writeln'].map((name) => ({
          selector: `MemberExpression[object.property.name='document'][property.name='${name}']`,
          message: `document.${name} parses a string as HTML. Build nodes with document.createElement and set textContent instead.`,
        })),
      ],
    },
  },
  {
    // Vitest types its asymmetric matchers (expect.any, expect.stringMatching …) as `any`.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['*.{js,mjs,ts}', 'scripts/**', 'tests/**', 'bench/**', 'src/lib/site/site-config-env.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
];

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default [
  { ignores: ['**/*.py', 'dist/', '.astro/', 'node_modules/', 'src/generated/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
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
    files: ['*.{js,mjs,ts}', 'scripts/**', 'tests/**', 'bench/**', 'src/lib/site/site-config-env.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
];

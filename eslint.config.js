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
  {
    files: ['*.{js,mjs,ts}', 'scripts/**', 'tests/**', 'bench/**', 'src/lib/site-config-env.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
];

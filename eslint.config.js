import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const htmlSinkSyntax = ['write', 'writeln'].map((name) => ({
  selector: `MemberExpression[object.property.name='document'][property.name='${name}']`,
  message: `document.${name} parses a string as HTML. Build nodes with document.createElement and set textContent instead.`,
}));

const VIEW_MODEL =
  'Build it in a view model in src/lib/views (loaded through src/adapters/views.ts) and render the result.';

// Pages and components render; they never join (issue 18). What they show is assembled by a pure
// builder in src/lib/views. Pages may still import the generated GEMEENTEN list (getStaticPaths needs
// it, and /methode/ and the open-data endpoints list every gemeente one to one); components get
// everything through props. Client scripts (src/components/*.ts, <script> blocks) run in the browser
// and may use the browser search and sets of their own, so they are not covered.
const noJoinsInTemplates = {
  // The HTML-sink selectors again: for the endpoints (.ts) this block replaces the rule set above.
  'no-restricted-syntax': [
    'error',
    ...htmlSinkSyntax,
    {
      selector: 'NewExpression[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]',
      message: `Pages and components do not build lookups over gemeenten or cases. ${VIEW_MODEL}`,
    },
  ],
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['**/lib/compare/similarity', '**/lib/compare/nearby'],
          allowTypeImports: true,
          message: `Similar and nearby gemeenten are computed over all gemeenten. ${VIEW_MODEL}`,
        },
        {
          // The engine, its indexes and the name matching; not the payload and state shapes.
          group: [
            '**/lib/search/search',
            '**/lib/search/search-index',
            '**/lib/search/search-assets',
            '**/lib/search/search-doc',
            '**/lib/search/search-places',
            '**/lib/search/search-synonyms',
            '**/lib/search/gemeente-match',
            '**/lib/search/gemeente-suggest',
            '**/lib/search/gemeente-aliases',
            '**/lib/search/header-search',
          ],
          allowTypeImports: true,
          message: `Search indexes, name matching and aliases are built in lib. ${VIEW_MODEL} (Client scripts use the browser search.)`,
        },
        {
          group: [
            '**/lib/cases/case-indexes',
            '**/lib/cases/gemeente-practice',
            '**/lib/cases/related-cases',
            '**/lib/site/home-entries',
          ],
          allowTypeImports: true,
          message: `Joins of cases with gemeenten, types and themes belong in a view model. ${VIEW_MODEL}`,
        },
        {
          group: ['**/lib/cases/case-join'],
          importNames: ['joinCases', 'casesForGemeente', 'casesForType', 'casesPresentedAsType'],
          message: `These filter every case. Look the cases up in the case indexes in a view model. ${VIEW_MODEL}`,
        },
        {
          group: ['**/lib/compare/matrix'],
          importNames: ['buildCaseMatrix', 'countsForType'],
          message: `The case matrix counts every case. ${VIEW_MODEL}`,
        },
        {
          group: ['**/lib/typology/type-stats'],
          importNames: ['summarizeType', 'meanShares', 'countLargestGroups'],
          message: `Type figures aggregate all gemeenten of a type. ${VIEW_MODEL}`,
        },
        {
          group: ['**/lib/map/map-data'],
          importNames: ['buildMapClientData', 'countByType', 'toMapEntries'],
          message: `The map data joins gemeenten and cases. ${VIEW_MODEL}`,
        },
        {
          group: ['**/adapters/cases'],
          importNames: ['getCaseIndexes'],
          message: `Case look-ups belong in a view model. ${VIEW_MODEL}`,
        },
        {
          group: ['astro:content'],
          allowTypeImports: true,
          message:
            'Content is read in src/adapters and handed to a view model in src/lib/views; pages and components do not read it.',
        },
      ],
    },
  ],
};

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
      'no-restricted-syntax': ['error', ...htmlSinkSyntax],
    },
  },
  {
    files: ['src/pages/**/*.{astro,ts}', 'src/components/**/*.astro'],
    ignores: ['src/**/*.astro/*'],
    rules: noJoinsInTemplates,
  },
  // Components get their data through props: they load nothing themselves.
  {
    files: ['src/components/**/*.astro'],
    ignores: ['src/**/*.astro/*'],
    rules: {
      ...noJoinsInTemplates,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...noJoinsInTemplates['@typescript-eslint/no-restricted-imports'][1].patterns,
            {
              group: ['**/generated/*', '**/adapters/*'],
              allowTypeImports: true,
              message:
                'Components render their props and load nothing. Pass the data in from the page (its view model).',
            },
          ],
        },
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

/**
 * The lint rule of issue 18: pages and components render, they never join. Runs ESLint with the
 * project's own config on small snippets placed in src/pages and src/components, and on the real
 * pages and components, so a config change that drops the rule or a page that joins fails here.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The snippets are not files of the TypeScript project, so the type-aware rules are switched off here
// (they are not the rules under test).
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => /restricted/.test(m.ruleId ?? '')).map((m) => m.message);
}

const astro = (frontmatter: string, script = '') =>
  `---\n${frontmatter}\n---\n<p>x</p>\n${script ? `<script>\n${script}\n</script>\n` : ''}`;

describe('ESLint keeps joins out of pages and components', () => {
  it.each([
    ['src/pages/example.astro', 'new Map'],
    ['src/pages/example.json.ts', 'new Map'],
    ['src/components/Example.astro', 'new Map'],
    ['src/components/Example.astro', 'new Set'],
  ])('%s: %s', async (filePath, construct) => {
    const code = `import { GEMEENTEN } from '../generated/gemeenten';\nexport const byCode = ${construct}(GEMEENTEN.map((g) => [g.code, g]));\n`;
    const messages = await restricted(filePath.endsWith('.astro') ? astro(code) : code, filePath);
    expect(messages).toContainEqual(expect.stringMatching(/view model in src\/lib\/views/));
  });

  it.each([
    "import { mostSimilar } from '../lib/compare/similarity';",
    "import { nearestSameType } from '../lib/compare/nearby';",
    "import { practiceLikeYours } from '../lib/cases/gemeente-practice';",
    "import { casesOfGemeenten } from '../lib/cases/case-indexes';",
    "import { runSearch } from '../lib/search/search';",
    "import { buildSearchFiles } from '../lib/search/search-assets';",
    "import { searchNamesOf } from '../lib/search/gemeente-aliases';",
    "import { casesForType } from '../lib/cases/case-join';",
    "import { buildCaseMatrix } from '../lib/compare/matrix';",
    "import { summarizeType } from '../lib/typology/type-stats';",
    "import { buildMapClientData } from '../lib/map/map-data';",
    "import { getCaseIndexes } from '../adapters/cases';",
    "import { getCollection } from 'astro:content';",
  ])('page import: %s', async (line) => {
    const messages = await restricted(astro(`${line}\nconsole.log(0);`), 'src/pages/example.astro');
    expect(messages).toEqual([expect.stringMatching(/src\/lib\/views/)]);
  });

  it('components load nothing themselves', async () => {
    for (const line of [
      "import { GEMEENTEN } from '../generated/gemeenten';",
      "import { getEnrichedCases } from '../adapters/cases';",
    ]) {
      expect(await restricted(astro(line), 'src/components/Example.astro')).toEqual([
        expect.stringMatching(/load nothing/),
      ]);
    }
  });

  it('allows type imports, formatting helpers and the generated list in a page', async () => {
    const frontmatter = [
      "import { GEMEENTEN } from '../generated/gemeenten';",
      "import type { CollectionEntry } from 'astro:content';",
      "import type { PracticeItem } from '../lib/cases/gemeente-practice';",
      "import { gemeenteUrl, yearLabel } from '../lib/cases/case-join';",
      "import { caseListUrl } from '../lib/compare/matrix';",
      "import { certaintyFacts } from '../lib/map/map-data';",
    ].join('\n');
    expect(await restricted(astro(frontmatter), 'src/pages/example.astro')).toEqual([]);
    expect(await restricted(astro(frontmatter.split('\n').slice(1).join('\n')), 'src/components/E.astro')).toEqual([]);
  });

  it('leaves browser code alone: client scripts may use the browser search and maps of their own', async () => {
    const client =
      "import { runSearch } from '../lib/search/search';\nexport const seen = new Map([[1, runSearch]]);\n";
    expect(await restricted(client, 'src/components/example.ts')).toEqual([]);
    expect(
      await restricted(astro("const title = 'x';", 'const seen = new Set();\nconsole.log(seen);'), 'src/pages/e.astro'),
    ).toEqual([]);
  });

  it('passes on every real page and component', async () => {
    const results = await eslint.lintFiles(['src/pages/**/*.{astro,ts}', 'src/components/*.astro']);
    expect(results.length).toBeGreaterThan(40);
    const found = results.flatMap((r) =>
      r.messages.filter((m) => /restricted/.test(m.ruleId ?? '')).map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * The lint rule of issue 12: browser code never parses strings as HTML. Runs ESLint with the
 * project's own config on small snippets placed in src/, so a config change that drops the rule fails here.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The snippets are not files of the TypeScript project, so the type-aware rules are switched off here.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function restricted(code: string, filePath = 'src/components/example.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => /restricted/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('ESLint forbids HTML sinks in browser code', () => {
  it.each([
    'el.innerHTML = text;',
    "el['innerHTML'] = text;",
    'el.outerHTML = text;',
    "el.insertAdjacentHTML('beforeend', text);",
    'document.write(text);',
    'document.writeln(text);',
    'window.document.write(text);',
    'document.createRange().createContextualFragment(text);',
  ])('%s', async (line) => {
    const code = `export function f(el: HTMLElement, text: string) {\n  ${line}\n}\n`;
    const messages = await restricted(code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/parses a string as HTML/);
    // Also in library code, which is bundled for the browser.
    expect(await restricted(code, 'src/lib/example.ts')).toHaveLength(1);
  });

  it('in the <script> of an .astro component', async () => {
    const astro =
      "---\nconst title = 'x';\n---\n<h1>{title}</h1>\n<script>\n  document.querySelector('h1')!.innerHTML = location.hash;\n</script>\n";
    expect(await restricted(astro, 'src/components/Example.astro')).toEqual([
      expect.stringMatching(/innerHTML parses a string as HTML/),
    ]);
  });

  it('allows text nodes and reading other properties', async () => {
    const code =
      'export function f(el: HTMLElement, text: string) {\n  el.textContent = text;\n  el.append(document.createTextNode(text));\n  return el.innerText + document.title;\n}\n';
    expect(await restricted(code)).toEqual([]);
  });
});

describe('ESLint is type-aware on TypeScript modules', () => {
  it.each([
    'src/lib/site/format.ts',
    'src/components/site-search.ts',
    'scripts/prepare-data.ts',
    'tests/unit/csv.test.ts',
  ])('%s is linted with type information', async (file) => {
    const config = (await new ESLint().calculateConfigForFile(file)) as {
      rules: Record<string, unknown>;
      languageOptions: { parserOptions?: { projectService?: unknown } };
    };
    expect(config.languageOptions.parserOptions?.projectService).toBe(true);
    expect(config.rules['@typescript-eslint/no-floating-promises']).toEqual([2]);
  });
});

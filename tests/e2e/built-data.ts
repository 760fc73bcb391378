/**
 * What the built site (dist/) holds, read from its own files, so that tests of code behaviour derive their
 * expectations from the data instead of hard-coding counts, slugs or positions of the real content
 * (issue 18: adding cases must break no test that is not about the content).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseExportRecord } from '../../src/lib/cases/case-export';
import { runSearch } from '../../src/lib/search/search';
import {
  parseCoreIndex,
  withBody,
  type BodyIndexFile,
  type ClientSearchIndex,
  type CoreIndexFile,
} from '../../src/lib/search/search-assets';
import { emptyState, type SearchState } from '../../src/lib/search/search-state';

const DIST = 'dist';

let cases: CaseExportRecord[] | undefined;
/** Every case of the built site, as the open data publishes it (sorted by slug). */
export function builtCases(): CaseExportRecord[] {
  cases ??= JSON.parse(readFileSync(join(DIST, 'data/praktijkvoorbeelden.json'), 'utf8')) as CaseExportRecord[];
  return cases;
}

let index: ClientSearchIndex | undefined;
/** The built search index with its body part, as the browser holds it once the full index has loaded. */
function builtIndex(): ClientSearchIndex {
  if (!index) {
    const dir = join(DIST, 'zoekindex');
    const file = (prefix: string) => {
      const name = readdirSync(dir).find((f) => f.startsWith(prefix));
      if (!name) throw new Error(`No ${prefix}*.json in ${dir}: build the site first.`);
      return JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
    };
    index = withBody(parseCoreIndex(file('kern-') as CoreIndexFile), file('tekst-') as BodyIndexFile);
  }
  return index;
}

/** The slugs the search engine finds on the built index, in display order: what the page must show. */
export function builtSearch(q: string, extra: Partial<SearchState> = {}): string[] {
  return runSearch(builtIndex(), { ...emptyState(), q, ...extra }).slugs;
}

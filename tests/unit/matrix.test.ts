import { beforeAll, describe, expect, it } from 'vitest';
import type { EnrichedCase } from '../../src/lib/cases/case-join';
import { buildCaseMatrix, caseListUrl, countsForType, type MatrixCase } from '../../src/lib/compare/matrix';
import { buildSearchIndex, runSearch } from '../../src/lib/search/search';
import { toSearchDoc } from '../../src/lib/search/search-doc';
import { ALLOWED_VALUES } from '../../src/lib/cases/case-facets';
import { parseSearchState } from '../../src/lib/search/search-state';
import { DOMAINS, THEMES } from '../../src/lib/cases/taxonomy';
import { WRR_TYPES } from '../../src/lib/typology/wrr-types';
import { loadFixtureCases } from '../helpers/case-sets';

const mk = (slug: string, types: string[], themes: string[], domains: string[] = []): MatrixCase => ({
  slug,
  types,
  data: { themes, domains },
});

describe('caseListUrl', () => {
  it.each([
    [{}, '/praktijkvoorbeelden/'],
    [{ type: ['expat'] }, '/praktijkvoorbeelden/?type=expat'],
    [
      { type: ['expat'], thema: ['internationals-en-expats'] },
      '/praktijkvoorbeelden/?type=expat&thema=internationals-en-expats',
    ],
    [{ domein: ['huisvesting'], type: ['tuinbouw'] }, '/praktijkvoorbeelden/?type=tuinbouw&domein=huisvesting'],
  ])('%j → %s', (filters, url) => {
    expect(caseListUrl(filters)).toBe(url);
  });
});

describe('buildCaseMatrix', () => {
  const types = [
    { id: 'expat', label: 'Expat' },
    { id: 'tuinbouw', label: 'Tuinbouw' },
  ];
  const themes = [
    { id: 't1', label: 'Thema 1' },
    { id: 't2', label: 'Thema 2' },
    { id: 't3', label: 'Thema 3' },
  ];
  const cases = [
    mk('a', ['expat'], ['t1']),
    mk('b', ['expat', 'tuinbouw'], ['t1', 't2']),
    mk('c', ['tuinbouw'], ['t2'], ['d1']),
  ];
  const m = buildCaseMatrix(cases, 'thema', themes, types);

  it('counts a case in every cell of its types × its themes', () => {
    expect(m.cells.map((row) => row.map((c) => c.count))).toEqual([
      [2, 1],
      [1, 2],
      [0, 0],
    ]);
  });

  it('counts distinct cases in the totals', () => {
    expect(m.cols.map((c) => c.total)).toEqual([2, 2]);
    expect(m.rows.map((r) => r.total)).toEqual([2, 2, 0]);
  });

  it('counts the gaps', () => {
    expect(m.gaps).toBe(2);
  });

  it('links each cell to the list filtered on its type and theme', () => {
    expect(m.cells[1]![0]!.href).toBe('/praktijkvoorbeelden/?type=expat&thema=t2');
    expect(m.rows[0]!.href).toBe('/praktijkvoorbeelden/?thema=t1');
    expect(m.cols[1]!.href).toBe('/praktijkvoorbeelden/?type=tuinbouw');
  });

  it('works on domains with the domein parameter', () => {
    const d = buildCaseMatrix(cases, 'domein', [{ id: 'd1', label: 'D1' }], types);
    expect(d.cells[0]!.map((c) => c.count)).toEqual([0, 1]);
    expect(d.cells[0]![1]!.href).toBe('/praktijkvoorbeelden/?type=tuinbouw&domein=d1');
  });

  it('countsForType sorts by count, then vocabulary order', () => {
    expect(countsForType(cases, 'thema', themes, 'tuinbouw').map((t) => [t.id, t.count])).toEqual([
      ['t2', 2],
      ['t1', 1],
      ['t3', 0],
    ]);
  });
});

describe('matrix on the fixture cases agrees with the case list', () => {
  let cases: EnrichedCase[];
  beforeAll(async () => {
    cases = await loadFixtureCases();
  });

  it('every cell count equals the number of cases the list shows for the cell link', () => {
    const index = buildSearchIndex(cases.map(toSearchDoc));
    const typeAxis = WRR_TYPES.map((t) => ({ id: t.id, label: t.shortName }));
    for (const [dimension, axis] of [
      ['thema', THEMES],
      ['domein', DOMAINS],
    ] as const) {
      const m = buildCaseMatrix(cases, dimension, axis, typeAxis);
      for (const cell of m.cells.flat()) {
        const { state, ignored } = parseSearchState(new URL(cell.href, 'http://x').search, ALLOWED_VALUES);
        expect(ignored).toEqual([]);
        expect(runSearch(index, state).slugs.length, cell.href).toBe(cell.count);
      }
    }
  });

  it('Tuinbouw × Arbeidsmigratie en huisvesting has cases (Westland, Aalsmeer)', () => {
    const m = buildCaseMatrix(
      cases,
      'thema',
      THEMES,
      WRR_TYPES.map((t) => ({ id: t.id, label: t.shortName })),
    );
    const r = m.rows.findIndex((x) => x.id === 'arbeidsmigratie-en-huisvesting');
    const c = m.cols.findIndex((x) => x.id === 'tuinbouw');
    expect(m.cells[r]![c]!.count).toBeGreaterThanOrEqual(2);
  });
});

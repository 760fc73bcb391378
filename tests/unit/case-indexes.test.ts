import { describe, expect, it } from 'vitest';
import { buildCaseIndexes, casesOfGemeenten, relatedViaIndexes } from '../../src/lib/cases/case-indexes';
import { relatedCases } from '../../src/lib/cases/related-cases';
import { loadFixtureCases } from '../helpers/case-sets';

const cases = await loadFixtureCases();
const idx = buildCaseIndexes(cases);

describe('buildCaseIndexes', () => {
  it('puts every case in the bucket of each of its gemeenten, types and themes, in input order', () => {
    for (const c of cases) {
      for (const g of c.gemeenten) expect(idx.byGemeente.get(g.code)).toContain(c);
      for (const t of c.types) expect(idx.byType.get(t)).toContain(c);
      for (const t of c.data.themes) expect(idx.byTheme.get(t)).toContain(c);
      expect(idx.bySlug.get(c.slug)).toBe(c);
    }
    for (const list of idx.byType.values()) {
      const positions = list.map((c) => idx.position.get(c)!);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
    const bucketed = new Set([...idx.byType.values()].flat());
    expect(bucketed.size).toBe(cases.length);
  });

  it('lists a case with two gemeenten once per gemeente, and once in casesOfGemeenten', () => {
    const shared = cases.find((c) => c.gemeenten.length > 1)!;
    expect(shared, 'the fixture set has a case with two gemeenten').toBeDefined();
    const codes = shared.gemeenten.map((g) => g.code);
    const found = casesOfGemeenten(idx, codes);
    expect(found.filter((c) => c === shared)).toHaveLength(1);
    expect(found.every((c) => c.gemeenten.some((g) => codes.includes(g.code)))).toBe(true);
  });
});

describe('relatedViaIndexes', () => {
  it('equals the exhaustive scan on the fixture cases when no bucket exceeds the cap', () => {
    for (const c of cases)
      expect(relatedViaIndexes(c, idx, 3, cases.length).map((x) => x.slug)).toEqual(
        relatedCases(c, cases, 3).map((x) => x.slug),
      );
  });

  it('with a small cap, still only returns related cases (sharing a type or theme), never the case itself', () => {
    // A cap below the size of the biggest bucket, so the cap is reached.
    expect(Math.max(...[...idx.byTheme.values(), ...idx.byType.values()].map((l) => l.length))).toBeGreaterThan(2);
    for (const c of cases) {
      const out = relatedViaIndexes(c, idx, 3, 2);
      for (const r of out) {
        expect(r).not.toBe(c);
        expect(r.types.some((t) => c.types.includes(t)) || r.data.themes.some((t) => c.data.themes.includes(t))).toBe(
          true,
        );
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildCaseIndexes, casesOfGemeenten, relatedViaIndexes } from '../../src/lib/cases/case-indexes';
import { relatedCases } from '../../src/lib/cases/related-cases';
import { loadRealCases } from '../helpers/real-cases';

const real = await loadRealCases();
const idx = buildCaseIndexes(real);

describe('buildCaseIndexes', () => {
  it('puts every case in the bucket of each of its gemeenten, types and themes, in input order', () => {
    for (const c of real) {
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
    expect(bucketed.size).toBe(real.length);
  });

  it('lists a case with two gemeenten once per gemeente, and once in casesOfGemeenten', () => {
    const shared = real.find((c) => c.gemeenten.length > 1)!;
    const codes = shared.gemeenten.map((g) => g.code);
    const found = casesOfGemeenten(idx, codes);
    expect(found.filter((c) => c === shared)).toHaveLength(1);
    expect(found.every((c) => c.gemeenten.some((g) => codes.includes(g.code)))).toBe(true);
  });
});

describe('relatedViaIndexes', () => {
  it('equals the exhaustive scan on the real cases when no bucket exceeds the cap', () => {
    for (const c of real)
      expect(relatedViaIndexes(c, idx, 3, real.length).map((x) => x.slug)).toEqual(
        relatedCases(c, real, 3).map((x) => x.slug),
      );
  });

  it('with a small cap, still only returns related cases (sharing a type or theme), never the case itself', () => {
    for (const c of real.slice(0, 20)) {
      const out = relatedViaIndexes(c, idx, 3, 5);
      for (const r of out) {
        expect(r).not.toBe(c);
        expect(r.types.some((t) => c.types.includes(t)) || r.data.themes.some((t) => c.data.themes.includes(t))).toBe(
          true,
        );
      }
    }
  });
});

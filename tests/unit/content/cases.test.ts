/**
 * Content test (reads content/): every real case passes the validator and joins with its gemeenten, as the
 * build does.
 */
import { describe, expect, it } from 'vitest';
import { loadRealCases } from '../../helpers/case-sets';

describe('content: the real cases', () => {
  it('every case validates and joins with its 2025 gemeenten (loadRealCases throws otherwise)', async () => {
    const cases = await loadRealCases();
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(c.gemeenten.length, c.slug).toBeGreaterThan(0);
  });
});

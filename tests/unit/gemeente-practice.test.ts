import { describe, expect, it } from 'vitest';
import { groupByTheme, practiceLikeYours } from '../../src/lib/cases/gemeente-practice';
import { newestCases, themeEntries, typeEntries } from '../../src/lib/site/home-entries';

const mk = (slug: string, codes: string[], types: string[], themes: string[], added = '2024-01-01') => ({
  slug,
  types,
  gemeenten: codes.map((code) => ({ code, name: `Naam ${code}` })),
  data: { title: slug, themes, added },
});

const cases = [
  mk('own', ['GM1'], ['tuinbouw'], ['dialoog-en-ontmoeting']),
  mk('type-a', ['GM9'], ['tuinbouw'], ['arbeidsmigratie-en-huisvesting'], '2025-03-01'),
  mk('similar-2', ['GM3'], ['grens'], ['dialoog-en-ontmoeting']),
  mk('unrelated', ['GM8'], ['expat'], ['dialoog-en-ontmoeting'], '2025-06-01'),
  mk('similar-1', ['GM2', 'GM9'], ['tuinbouw'], ['arbeidsmigratie-en-huisvesting', 'inburgering-en-taal']),
];

describe('practiceLikeYours', () => {
  const items = practiceLikeYours(cases, { code: 'GM1', type: 'tuinbouw' }, ['GM2', 'GM3'], 10);

  it('ranks cases of the most similar gemeenten first, then the same type; leaves out own and unrelated cases', () => {
    expect(items.map((i) => i.case.slug)).toEqual(['similar-1', 'similar-2', 'type-a']);
    expect(items[0]).toMatchObject({ similarFrom: ['Naam GM2'], sameType: true });
    expect(items[2]).toMatchObject({ similarFrom: [], sameType: true });
  });

  it('is bounded by the limit', () => {
    expect(practiceLikeYours(cases, { code: 'GM1', type: 'tuinbouw' }, ['GM2', 'GM3'], 2)).toHaveLength(2);
  });

  it('groups each case once, under its first theme, biggest group first', () => {
    const groups = groupByTheme(items);
    expect(groups.map((g) => [g.theme, g.items.map((i) => i.case.slug)])).toEqual([
      ['arbeidsmigratie-en-huisvesting', ['similar-1', 'type-a']],
      ['dialoog-en-ontmoeting', ['similar-2']],
    ]);
    expect(groups[0]!.label).toBe('Arbeidsmigratie en huisvesting');
  });
});

describe('home entries', () => {
  it('counts gemeenten and cases per type, in type order', () => {
    const entries = typeEntries([{ type: 'tuinbouw' }, { type: 'tuinbouw' }, { type: 'grens' }], cases);
    expect(entries).toHaveLength(9);
    expect(entries.find((e) => e.id === 'tuinbouw')).toMatchObject({ gemeenten: 2, cases: 3 });
    expect(entries.find((e) => e.id === 'homogeen')).toMatchObject({ gemeenten: 0, cases: 0 });
  });

  it('counts cases per theme, most first, only themes with cases', () => {
    expect(themeEntries(cases).map((t) => [t.id, t.cases])).toEqual([
      ['dialoog-en-ontmoeting', 3],
      ['arbeidsmigratie-en-huisvesting', 2],
      ['inburgering-en-taal', 1],
    ]);
  });

  it('lists the newest cases by date added, bounded', () => {
    expect(newestCases(cases, 2).map((c) => c.slug)).toEqual(['unrelated', 'type-a']);
  });

  it('within one day added, the most recent practice first, undated last, then by title', () => {
    const batch = [
      { slug: 'a-2012', types: [], data: { title: 'A', themes: [], added: '2026-12-02', year: 2012 } },
      { slug: 'b-undated', types: [], data: { title: 'B', themes: [], added: '2026-12-02' } },
      { slug: 'c-2024', types: [], data: { title: 'C', themes: [], added: '2026-12-02', year: 2024 } },
      { slug: 'd-2024', types: [], data: { title: 'D', themes: [], added: '2026-12-02', year: 2024 } },
      { slug: 'old', types: [], data: { title: 'E', themes: [], added: '2026-01-01', year: 2025 } },
    ];
    expect(newestCases(batch, 5).map((c) => c.slug)).toEqual(['c-2024', 'd-2024', 'a-2012', 'b-undated', 'old']);
  });
});

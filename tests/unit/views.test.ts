/**
 * The per-page view models (src/lib/views) on a small in-memory atlas: the eight gemeenten of
 * tests/fixtures/gemeenten-small.json with made-up figures, a handful of cases and a map of squares.
 * Not the real content: each expectation follows from the inputs below.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCaseIndexes, PAGE_CASE_LIMIT } from '../../src/lib/cases/case-indexes';
import type { EnrichedCase } from '../../src/lib/cases/case-join';
import { PAGE_SIZE } from '../../src/lib/cases/pagination';
import type { GemeenteRecord } from '../../src/lib/data/gemeente-record';
import { GROUP_IDS, type GroupId, type GroupValues } from '../../src/lib/data/migration-groups';
import type { MapGeometry } from '../../src/lib/map/map-geometry';
import type { WrrTypeId } from '../../src/lib/typology/wrr-types';
import { caseListPageView, caseListPageViews } from '../../src/lib/views/case-list-page';
import { casePageView } from '../../src/lib/views/case-page';
import { comparePageView } from '../../src/lib/views/compare-page';
import { BRIEFING_OWN, gemeenteBriefingView } from '../../src/lib/views/gemeente-briefing';
import { gemeenteListView } from '../../src/lib/views/gemeente-list-page';
import { gemeentePageView } from '../../src/lib/views/gemeente-page';
import { similarGemeentenView } from '../../src/lib/views/similar-gemeenten';
import { HOME_NEWEST, homePageView } from '../../src/lib/views/home-page';
import { gemeenteNames, openDataPageView } from '../../src/lib/views/open-data-page';
import { submitPageView } from '../../src/lib/views/submit-page';
import { typeIndexView } from '../../src/lib/views/type-index-page';
import { typePageView } from '../../src/lib/views/type-page';

const small = JSON.parse(readFileSync('tests/fixtures/gemeenten-small.json', 'utf8')) as {
  code: string;
  name: string;
}[];

/** Made-up figures per fixture gemeente: type, Dutch and Polish share, [lon, lat], neighbours. */
const FACTS: Record<string, { type: WrrTypeId; dutch: number; polish: number; at: [number, number]; next: string[] }> =
  {
    GM0281: { type: 'tuinbouw', dutch: 0.8, polish: 0.05, at: [5.43, 51.89], next: ['GM1961'] }, // Tiel
    GM1783: { type: 'tuinbouw', dutch: 0.78, polish: 0.07, at: [4.25, 52.0], next: ['GM0518'] }, // Westland
    GM0358: { type: 'tuinbouw', dutch: 0.79, polish: 0.06, at: [4.76, 52.27], next: [] }, // Aalsmeer
    GM1961: { type: 'tuinbouw', dutch: 0.81, polish: 0.05, at: [5.05, 51.93], next: ['GM0281', 'GM0512'] }, // Vijfheerenlanden
    GM0512: { type: 'gemiddeld', dutch: 0.75, polish: 0.01, at: [4.97, 51.83], next: ['GM1961'] }, // Gorinchem
    GM0518: { type: 'grootstedelijk', dutch: 0.45, polish: 0.02, at: [4.3, 52.07], next: ['GM1783'] }, // 's-Gravenhage
    GM0935: { type: 'grens', dutch: 0.7, polish: 0.01, at: [5.69, 50.85], next: [] }, // Maastricht
    GM1900: { type: 'homogeen', dutch: 0.95, polish: 0.01, at: [5.66, 53.03], next: [] }, // Súdwest-Fryslân
  };

function shares(dutch: number, polish: number): GroupValues {
  const values = Object.fromEntries(GROUP_IDS.map((id) => [id, 0])) as Record<GroupId, number>;
  return { ...values, dutch, polish, turkish: (1 - dutch - polish) * 0.6, other: (1 - dutch - polish) * 0.4 };
}

const GEMEENTEN: GemeenteRecord[] = small.map(({ code, name }, i) => {
  const f = FACTS[code]!;
  return {
    code,
    name,
    slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
    province: { code: 'PV00', name: 'Provincie' },
    population: 10_000 * (i + 1),
    shares: shares(f.dutch, f.polish),
    shareDutch: f.dutch,
    shareMigration: 1 - f.dutch,
    diversityIndex: 1 - f.dutch ** 2,
    largestGroup: { group: 'turkish', share: (1 - f.dutch - f.polish) * 0.6 },
    type: f.type,
    derivedType: f.type,
    typeProvenance: code === 'GM1783' ? 'named' : 'derived',
    certainty: code === 'GM0935' ? 'onzeker' : 'zeker',
    stability: code === 'GM0935' ? 0.4 : 1,
    alternativeType: null,
    fit: 'rule',
    typeSentence: `${name} volgt de regel.`,
    namedTypes: code === 'GM1783' ? [{ type: 'tuinbouw', kind: 'voorbeeld', where: 'hoofdstuk 2' }] : [],
    predecessors2017:
      code === 'GM1961'
        ? [
            { code: 'GM0545', name: 'Leerdam' },
            { code: 'GM0620', name: 'Vianen' },
          ]
        : [{ code, name }],
    neighbours: f.next,
    centroid: f.at,
  } as unknown as GemeenteRecord;
});
const byCode = (code: string) => GEMEENTEN.find((g) => g.code === code)!;

let added = 0;
/** A case of the given gemeenten; later calls are added later, as the site lists them (newest first, below). */
function mkCase(
  slug: string,
  codes: string[],
  themes: string[],
  extra: Partial<EnrichedCase['data']> = {},
): EnrichedCase {
  const gemeenten = codes.map((code) => {
    const g = byCode(code);
    return { code, name: g.name, slug: g.slug, type: g.type, formerNames: [] };
  });
  added += 1;
  return {
    slug,
    url: `/praktijkvoorbeelden/${slug}/`,
    body: '',
    gemeenten,
    participants: [],
    types: [...new Set(gemeenten.map((g) => g.type))],
    data: {
      title: `Voorbeeld ${slug}`,
      gemeenten: codes.map((code) => ({ code })),
      themes,
      domains: ['werk-en-inkomen'],
      instrument: 'actieprogramma',
      added: `2025-01-${String(added).padStart(2, '0')}`,
      sources: [],
      ...extra,
    },
  } as unknown as EnrichedCase;
}

const tielOwn = Array.from({ length: PAGE_CASE_LIMIT + 2 }, (_, i) =>
  mkCase(`tiel-${i}`, ['GM0281'], ['inclusief-werkgeverschap']),
);
const CASES: EnrichedCase[] = [
  ...tielOwn,
  mkCase('vijfheerenlanden-taal', ['GM1961'], ['inburgering-en-taal']),
  mkCase('westland-wonen', ['GM1783'], ['arbeidsmigratie-en-huisvesting']),
  mkCase('aalsmeer-wonen', ['GM0358'], ['arbeidsmigratie-en-huisvesting']),
  mkCase('gorinchem-dialoog', ['GM0512'], ['dialoog-en-ontmoeting']),
  mkCase('den-haag-dialoog', ['GM0518'], ['dialoog-en-ontmoeting'], { typeInSource: 'tuinbouw' }),
  mkCase('maastricht-grens', ['GM0935'], ['dialoog-en-ontmoeting']),
].reverse();
const INDEXES = buildCaseIndexes(CASES);

/** Eight squares in a row, one per gemeente. */
const MAP: MapGeometry = {
  width: 800,
  height: 100,
  provinceBorders: 'M0,0L800,0',
  shapes: GEMEENTEN.map((g, i) => ({
    code: g.code,
    name: g.name,
    d: `M${i * 100},0h100v100h-100z`,
    centroid: [i * 100 + 50, 50],
  })),
};

describe('gemeentePageView', () => {
  const view = gemeentePageView({ gemeente: byCode('GM0281'), gemeenten: GEMEENTEN, indexes: INDEXES });

  it('lists the own cases, bounded, and counts them all', () => {
    expect(view.allOwn).toHaveLength(tielOwn.length);
    expect(view.ownCases).toHaveLength(PAGE_CASE_LIMIT);
    expect(view.ownCases[0]!.slug).toBe(`tiel-${tielOwn.length - 1}`);
  });

  it('takes practice from similar gemeenten first, then the type, never its own', () => {
    const slugs = view.practiceItems.map((p) => p.case.slug);
    expect(slugs[0]).toBe('vijfheerenlanden-taal');
    expect(slugs).toEqual(expect.arrayContaining(['westland-wonen', 'aalsmeer-wonen']));
    expect(slugs.some((s) => s.startsWith('tiel-'))).toBe(false);
    expect(view.practice.count).toBe(slugs.length);
    expect(view.practice.typeName).toBe('tuinbouw');
    expect(view.practice.groups.flatMap((g) => g.items)).toHaveLength(slugs.length);
  });

  it('finds the nearest gemeenten of the same type, nearest first', () => {
    expect(view.nearby.map((n) => n.gemeente.name)).toEqual(['Vijfheerenlanden', 'Aalsmeer', 'Westland']);
    expect(view.nearby[0]!.km).toBeGreaterThan(20);
    expect(view.nearby[0]!.km).toBeLessThan(40);
  });

  it('shows the largest groups besides Dutch background, largest first', () => {
    expect(view.composition.map((c) => c.id).slice(0, 3)).toEqual(['turkish', 'other', 'polish']);
    expect(view.composition.some((c) => c.id === 'dutch')).toBe(false);
    expect(view.composition).toHaveLength(6);
  });

  it('leaves the cases of the practice section out of "Gemeenten zoals deze"', () => {
    expect(view.similar.similar[0]!.gemeente.name).toBe('Vijfheerenlanden');
    expect(view.similar.excludes).toBe(true);
    const shown = view.similar.sourced.map((s) => s.case.slug);
    expect(shown.filter((s) => view.practiceItems.some((p) => p.case.slug === s))).toEqual([]);
  });
});

describe('similarGemeentenView', () => {
  const input = { gemeente: byCode('GM0281'), gemeenten: GEMEENTEN, indexes: INDEXES, limit: 3 };

  it('takes cases of the similar gemeenten and the neighbours and says where each comes from', () => {
    const view = similarGemeentenView({ ...input, exclude: [] });
    expect(view.similar).toHaveLength(3);
    expect(view.excludes).toBe(false);
    expect(view.sourced[0]).toMatchObject({
      case: { slug: 'vijfheerenlanden-taal' },
      viaText: 'Vijfheerenlanden (vergelijkbaar en buurgemeente)',
    });
    expect(view.sourced.every((s) => !s.case.slug.startsWith('tiel-'))).toBe(true);
  });

  it('leaves out the cases the page shows elsewhere', () => {
    const view = similarGemeentenView({ ...input, exclude: ['vijfheerenlanden-taal'] });
    expect(view.excludes).toBe(true);
    expect(view.sourced.map((s) => s.case.slug)).not.toContain('vijfheerenlanden-taal');
  });
});

describe('gemeenteBriefingView', () => {
  it('keeps every list within the bounds of two sheets of A4', () => {
    const view = gemeenteBriefingView({
      gemeente: byCode('GM0281'),
      gemeenten: GEMEENTEN,
      cases: CASES,
      ownCases: INDEXES.byGemeente.get('GM0281')!,
    });
    expect(view.own).toHaveLength(BRIEFING_OWN);
    expect(view.moreOwn).toBe(tielOwn.length - BRIEFING_OWN);
    expect(view.similar).toHaveLength(5);
    expect(view.composition).toHaveLength(3);
    expect(view.title).toBe('Tiel in De nieuwe verscheidenheid');
    const practice = view.practice.groups.flatMap((g) => g.items.map((i) => i.case.slug));
    expect(practice).toContain('vijfheerenlanden-taal');
    expect(practice.length).toBeLessThanOrEqual(6);
  });

  it('says there is nothing more when the gemeente has few cases', () => {
    const view = gemeenteBriefingView({
      gemeente: byCode('GM1900'),
      gemeenten: GEMEENTEN,
      cases: CASES,
      ownCases: [],
    });
    expect(view.own).toEqual([]);
    expect(view.moreOwn).toBe(0);
  });
});

describe('homePageView', () => {
  const view = homePageView({ gemeenten: GEMEENTEN, cases: CASES, map: MAP });

  it('renders the map with every gemeente, the legend counts and the hatched count', () => {
    for (const g of GEMEENTEN) expect(view.map.svg).toContain(`data-code="${g.code}"`);
    expect(view.map.typeCounts.tuinbouw).toBe(4);
    expect(Object.values(view.map.typeCounts).reduce((a, b) => a + b, 0)).toBe(GEMEENTEN.length);
    expect(view.map.uncertain).toBe(1);
  });

  it('gives the map client its search names, former names included', () => {
    expect(view.map.clientData.gemeenten['GM1961']).toBeDefined();
    expect(JSON.stringify(view.map.clientData.gemeenten['GM1961'])).toContain('Leerdam');
    expect(JSON.stringify(view.map.clientData.gemeenten['GM0518'])).toContain('Den Haag');
  });

  it('counts cases and lists the newest few', () => {
    expect(view.caseCount).toBe(CASES.length);
    expect(view.newest).toHaveLength(HOME_NEWEST);
    expect(view.newest[0]!.slug).toBe('maastricht-grens');
    expect(view.byType.find((t) => t.id === 'tuinbouw')).toMatchObject({ gemeenten: 4, cases: tielOwn.length + 3 });
  });
});

describe('gemeenteListView', () => {
  const { rows } = gemeenteListView(GEMEENTEN, CASES);

  it('lists every gemeente A to Z with its case count', () => {
    expect(rows.map((r) => r.gemeente.name)).toEqual(
      [...GEMEENTEN].map((g) => g.name).sort((a, b) => a.localeCompare(b, 'nl')),
    );
    expect(rows.find((r) => r.gemeente.code === 'GM0281')!.caseCount).toBe(tielOwn.length);
    expect(rows.find((r) => r.gemeente.code === 'GM1900')!.caseCount).toBe(0);
  });

  it('filters on normalised names, aliases and former names', () => {
    expect(rows.find((r) => r.gemeente.code === 'GM1961')!.searchText).toBe('vijfheerenlanden | leerdam | vianen');
    expect(rows.find((r) => r.gemeente.code === 'GM1900')!.searchText).toContain('sudwest-fryslan');
  });
});

describe('typePageView', () => {
  const view = typePageView({
    typeId: 'tuinbouw',
    examples: [
      { name: 'Westland', code: 'GM1783', where: 'hoofdstuk 2' },
      { name: 'Elders', code: 'GM9999', where: 'hoofdstuk 3' },
    ],
    gemeenten: GEMEENTEN,
    indexes: INDEXES,
    map: MAP,
  });

  it('lists the gemeenten of the type A to Z, named and derived apart', () => {
    expect(view.ofType.map((g) => g.name)).toEqual(['Aalsmeer', 'Tiel', 'Vijfheerenlanden', 'Westland']);
    expect(view.named.map((g) => g.name)).toEqual(['Westland']);
    expect(view.derived).toHaveLength(3);
    expect(view.summary.count).toBe(4);
  });

  it('colours exactly the type on its map', () => {
    for (const s of MAP.shapes) {
      const ofType = view.ofType.some((g) => g.code === s.code);
      expect(view.typeMap.ofType.includes(s.d)).toBe(ofType);
      expect(view.typeMap.rest.includes(s.d)).toBe(!ofType);
    }
    expect(view.typeMap).toMatchObject({ width: 800, height: 100, provinceBorders: 'M0,0L800,0' });
  });

  it('bounds the cases and lists cases the source puts under the type apart', () => {
    expect(view.cases).toHaveLength(tielOwn.length + 3);
    expect(view.shownCases).toHaveLength(PAGE_CASE_LIMIT);
    expect(view.presentedAll.map((c) => c.slug)).toEqual(['den-haag-dialoog']);
  });

  it('joins the source examples to the 2025 gemeenten', () => {
    expect(view.examples[0]!.gemeente?.code).toBe('GM1783');
    expect(view.examples[1]!.gemeente).toBeUndefined();
    expect(view.compareWith).toBe('gemiddeld');
    expect(view.lower).toBe(view.type.name.charAt(0).toLowerCase() + view.type.name.slice(1));
    expect(view.allGroups[0]!.id).toBe('dutch');
  });
});

describe('typeIndexView and comparePageView', () => {
  it('count the cases of each type from the indexes', () => {
    const { rows } = typeIndexView(GEMEENTEN, INDEXES);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.type.id === 'tuinbouw')).toMatchObject({ caseCount: tielOwn.length + 3 });
    expect(rows.find((r) => r.type.id === 'expat')).toMatchObject({ caseCount: 0 });
  });

  it('builds a column per type with the source examples, and the matrices', () => {
    const view = comparePageView({
      gemeenten: GEMEENTEN,
      indexes: INDEXES,
      examples: {
        tuinbouw: [{ name: 'Westland', code: 'GM1783', where: 'p. 1' }],
        grootstedelijk: [{ name: 'Den Haag', code: 'GM0518', where: 'p. 2' }],
        homogeen: [{ name: 'Sneek', code: 'GM1900', historicalName: 'Sneek', where: 'p. 3' }],
        grens: [{ name: 'Elders', code: 'GM9999', where: 'p. 4' }],
      },
    });
    expect(view.columns.map((c) => c.type.id)).toHaveLength(9);
    const column = (id: WrrTypeId) => view.columns.find((c) => c.type.id === id)!;
    expect(column('tuinbouw').examples).toEqual([{ name: 'Westland', slug: 'westland' }]);
    expect(column('grootstedelijk').examples[0]!.note).toBe('genoemd als Den Haag');
    expect(column('grens').examples).toEqual([]);
    expect(column('tuinbouw').themes[0]).toMatchObject({ id: 'inclusief-werkgeverschap', count: tielOwn.length });
    // The largest group besides Dutch of any type: Turkish background in the one grootstedelijke gemeente.
    expect(view.chartMax).toBeCloseTo((1 - 0.45 - 0.02) * 0.6);
    expect(view.themeMatrix.cols.find((c) => c.id === 'tuinbouw')!.total).toBe(tielOwn.length + 3);
  });
});

describe('casePageView', () => {
  it('finds related cases through the indexes and states the type the source gives', () => {
    const denHaag = INDEXES.bySlug.get('den-haag-dialoog')!;
    const view = casePageView(denHaag, INDEXES);
    expect(view.related.map((c) => c.slug)).not.toContain('den-haag-dialoog');
    expect(view.related.length).toBeLessThanOrEqual(3);
    expect(view.related[0]!.slug).toMatch(/dialoog|grens/);
    expect(view.sourceType?.id).toBe('tuinbouw');
    expect(view.mismatches.map((g) => g.code)).toEqual(['GM0518']);
    expect(view.status).toBeNull();
    expect(view.cited).toEqual([]);
  });
});

describe('caseListPageView', () => {
  it('splits the list in pages of PAGE_SIZE; later pages start at 2', () => {
    const many = Array.from({ length: 2 * PAGE_SIZE + 5 }, (_, i) =>
      mkCase(`c-${i}`, ['GM0512'], ['inclusief-werkgeverschap']),
    );
    expect(caseListPageView(many, 1)).toMatchObject({ total: many.length, page: 1, pages: 3 });
    expect(caseListPageView(many, 1).cases).toHaveLength(PAGE_SIZE);
    const later = caseListPageViews(many);
    expect(later.map((p) => [p.page, p.cases.length])).toEqual([
      [2, PAGE_SIZE],
      [3, 5],
    ]);
  });
});

describe('submitPageView', () => {
  const view = submitPageView({ gemeenten: GEMEENTEN, takenSlugs: ['b', 'a'] });

  it('offers former names that lead to one gemeente, and aliases', () => {
    expect(view.otherNames).toContainEqual({ value: 'Leerdam', label: 'nu Vijfheerenlanden' });
    expect(view.otherNames).toContainEqual({ value: 'Den Haag', label: "'s-Gravenhage" });
    // A predecessor with the gemeente's own name is no other name.
    expect(view.gemeenten.find((g) => g.code === 'GM0281')!.formerNames).toEqual([]);
  });

  it('sorts the slugs in use and lists each domain cluster once', () => {
    expect(view.takenSlugs).toEqual(['a', 'b']);
    expect(new Set(view.clusters).size).toBe(view.clusters.length);
  });
});

describe('openDataPageView', () => {
  it('states the counts and the date of the newest case', () => {
    expect(openDataPageView(GEMEENTEN, CASES)).toEqual({
      gemeenteCount: 8,
      caseCount: CASES.length,
      lastAdded: CASES[0]!.data.added,
    });
    expect(openDataPageView(GEMEENTEN, []).lastAdded).toBe('');
    expect(gemeenteNames(GEMEENTEN)['GM0518']).toBe("'s-Gravenhage");
  });
});

/**
 * Everything the map page needs, joined at build time from gemeente records and cases.
 * Pure: no file or astro imports, so it is unit-tested directly.
 */
import { routes } from '../site/routes';
import { certaintyLabel } from '../typology/certainty';
import type { Certainty } from '../typology/stability';
import type { MapEntry } from './map-svg';
import { getWrrType, WRR_TYPES, type WrrTypeId } from '../typology/wrr-types';
import { PROVENANCE_LABEL } from '../typology/provenance';

/** The fields of a gemeente record the map uses (GemeenteRecord satisfies this). */
export interface MapGemeente {
  code: string;
  name: string;
  slug: string;
  type: WrrTypeId;
  typeProvenance: 'named' | 'derived';
  certainty: Certainty;
  stability: number;
  alternativeType: WrrTypeId | null;
  fit: 'rule' | 'average' | 'none';
  /** What the figures show (shown for derived types). */
  typeSentence: string;
}

/** Certainty facts of a map gemeente: "fits no type" only counts for derived types. */
export function certaintyFacts(g: MapGemeente) {
  return {
    certainty: g.certainty,
    stability: g.stability,
    alternativeType: g.alternativeType,
    fitsNoType: g.fit === 'none' && g.typeProvenance === 'derived',
  };
}

/** The fields of a case the map uses. */
export interface MapCase {
  slug: string;
  title: string;
  gemeenten: readonly string[];
  types: readonly WrrTypeId[];
}

export { PROVENANCE_LABEL } from '../typology/provenance';

/** "Westland, Tuinbouwgemeente, genoemd in bron, zeker" — the accessible name of a map shape. */
export function mapLabel(g: MapGemeente): string {
  const base = `${g.name}, ${getWrrType(g.type).name}`;
  const withSource = g.typeProvenance === 'named' ? `${base}, ${PROVENANCE_LABEL.named}` : base;
  return `${withSource}, ${certaintyLabel(certaintyFacts(g))}`;
}

export function toMapEntries(gemeenten: readonly MapGemeente[]): MapEntry[] {
  return gemeenten.map((g) => ({
    code: g.code,
    name: g.name,
    href: routes.gemeente(g.slug),
    type: g.type,
    label: mapLabel(g),
    uncertain: g.certainty === 'onzeker',
  }));
}

/** Number of gemeenten per type, in the fixed type order (legend counts). */
export function countByType(gemeenten: readonly { type: WrrTypeId }[]): { id: WrrTypeId; count: number }[] {
  return WRR_TYPES.map((t) => ({ id: t.id, count: gemeenten.filter((g) => g.type === t.id).length }));
}

/**
 * Compact JSON for the client script: per gemeente its name, type, provenance, slug, search names and
 * case indexes; per case its slug, title and types. Short keys keep the embedded payload small.
 */
export interface MapClientData {
  types: Record<string, { name: string; oneLiner: string }>;
  /**
   * Per gemeente: name, type, provenance, slug, aliases, indexes of its first cases (c), its number of
   * cases (cn), certainty label (k) and
   * whether it is onzeker (u), and for derived types the sentence of what the figures show (f).
   */
  gemeenten: Record<
    string,
    {
      n: string;
      t: WrrTypeId;
      p: 'named' | 'derived';
      s: string;
      a: string[];
      c: number[];
      cn: number;
      k: string;
      u: boolean;
      f?: string;
    }
  >;
  /** Per type: indexes of its first cases (a summary, not all of them). */
  typeCases: Record<string, number[]>;
  /** Only the cases referenced above. */
  cases: { s: string; t: string; ty: WrrTypeId[]; g: string[] }[];
}

/** Cases the map panel lists per gemeente, and per type ("uit andere gemeenten van dit type"). */
export const MAP_CASES_PER_GEMEENTE = 5;

/**
 * The map's client data. Per gemeente only its first MAP_CASES_PER_GEMEENTE cases and their total
 * (n), per type the first 2 × MAP_CASES_PER_GEMEENTE, and only those cases in `cases`: the payload stays
 * the same size at 200 or 10,000 cases (issue 17). One pass over the cases (input order = display order).
 */
export function buildMapClientData(
  gemeenten: readonly MapGemeente[],
  cases: readonly MapCase[],
  aliasesOf: (g: MapGemeente) => readonly string[],
  perGemeente = MAP_CASES_PER_GEMEENTE,
): MapClientData {
  const names = new Map(gemeenten.map((g) => [g.code, g.name]));
  const kept: MapClientData['cases'] = [];
  const keptIndex = new Map<MapCase, number>();
  const keep = (c: MapCase) => {
    let i = keptIndex.get(c);
    if (i === undefined) {
      i =
        kept.push({ s: c.slug, t: c.title, ty: [...c.types], g: c.gemeenten.map((code) => names.get(code) ?? code) }) -
        1;
      keptIndex.set(c, i);
    }
    return i;
  };
  const caseIndex = new Map<string, number[]>();
  const caseCount = new Map<string, number>();
  const typeCases: Record<string, number[]> = {};
  for (const c of cases) {
    for (const code of new Set(c.gemeenten)) {
      caseCount.set(code, (caseCount.get(code) ?? 0) + 1);
      const list = caseIndex.get(code) ?? [];
      if (list.length < perGemeente) caseIndex.set(code, [...list, keep(c)]);
    }
    for (const t of c.types) {
      const list = (typeCases[t] ??= []);
      if (list.length < 2 * perGemeente) list.push(keep(c));
    }
  }
  return {
    types: Object.fromEntries(WRR_TYPES.map((t) => [t.id, { name: t.name, oneLiner: t.oneLiner }])),
    gemeenten: Object.fromEntries(
      gemeenten.map((g) => [
        g.code,
        {
          n: g.name,
          t: g.type,
          p: g.typeProvenance,
          s: g.slug,
          a: [...new Set(aliasesOf(g))].filter((a) => a !== g.name),
          c: caseIndex.get(g.code) ?? [],
          cn: caseCount.get(g.code) ?? 0,
          k: certaintyLabel(certaintyFacts(g)),
          u: g.certainty === 'onzeker',
          ...(g.typeProvenance === 'derived' ? { f: g.typeSentence } : {}),
        },
      ]),
    ),
    typeCases,
    cases: kept,
  };
}

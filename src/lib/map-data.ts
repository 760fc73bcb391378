/**
 * Everything the map page needs, joined at build time from gemeente records and cases.
 * Pure: no file or astro imports, so it is unit-tested directly.
 */
import { gemeenteUrl } from './case-join';
import { certaintyLabel } from './certainty';
import type { Certainty } from './stability';
import type { MapEntry } from './map-svg';
import { getWrrType, WRR_TYPES, type WrrTypeId } from './wrr-types';

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

export const PROVENANCE_LABEL = {
  named: 'genoemd in bron',
  derived: 'afgeleid uit CBS-cijfers 2022',
} as const;

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
    href: gemeenteUrl(g.slug),
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
   * Per gemeente: name, type, provenance, slug, aliases, case indexes, certainty label (k) and
   * whether it is onzeker (u), and for derived types the sentence of what the figures show (f).
   */
  gemeenten: Record<
    string,
    { n: string; t: WrrTypeId; p: 'named' | 'derived'; s: string; a: string[]; c: number[]; k: string; u: boolean; f?: string }
  >;
  cases: { s: string; t: string; ty: WrrTypeId[]; g: string[] }[];
}

export function buildMapClientData(
  gemeenten: readonly MapGemeente[],
  cases: readonly MapCase[],
  aliasesOf: (g: MapGemeente) => readonly string[],
): MapClientData {
  const caseIndex = new Map<string, number[]>();
  cases.forEach((c, i) => {
    for (const code of c.gemeenten) caseIndex.set(code, [...(caseIndex.get(code) ?? []), i]);
  });
  const names = new Map(gemeenten.map((g) => [g.code, g.name]));
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
          k: certaintyLabel(certaintyFacts(g)),
          u: g.certainty === 'onzeker',
          ...(g.typeProvenance === 'derived' ? { f: g.typeSentence } : {}),
        },
      ]),
    ),
    cases: cases.map((c) => ({ s: c.slug, t: c.title, ty: [...c.types], g: c.gemeenten.map((code) => names.get(code) ?? code) })),
  };
}

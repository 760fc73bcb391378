/**
 * Join practice cases with gemeente records. Pure (no astro imports) so unit tests, scripts and the
 * search benchmark can use it; src/adapters/cases.ts feeds it the content collection and the generated
 * gemeente data.
 */
import type { CaseData } from './case-schema';
import type { CertaintyFacts } from '../typology/certainty';
import type { WrrTypeId } from '../typology/wrr-types';
import { routes } from '../site/routes';

/** The part of a gemeente record a case needs. GemeenteRecord (src/lib/data/gemeente-record.ts) satisfies it. */
export interface GemeenteForCase {
  code: string;
  name: string;
  slug: string;
  /** The type the site shows for this gemeente. */
  type: WrrTypeId;
  /** 'named' when a source names the type, 'derived' when the atlas derives it from CBS figures. */
  typeProvenance?: 'named' | 'derived';
  /** Pre-2018 gemeenten merged into this one; their names stay searchable. */
  predecessors2017?: readonly { code: string; name: string }[];
  /** How sure the type is (src/lib/typology/certainty.ts); absent in fixtures without the stability check. */
  certainty?: CertaintyFacts['certainty'];
  stability?: number;
  alternativeType?: WrrTypeId | null;
  fit?: string;
}

/** One gemeente of a case, as cards and pages show it. */
export interface CaseGemeente {
  code: string;
  name: string;
  slug: string;
  type: WrrTypeId;
  typeProvenance?: 'named' | 'derived';
  /** The (merged) name the source uses, when it differs from the 2025 name. */
  historicalName?: string;
  /** Names of pre-2018 predecessors (for search). */
  formerNames: string[];
  /** How sure the gemeente's type is, when known. */
  certainty?: CertaintyFacts;
}

export interface EnrichedCase {
  /** File name without .md; also the URL segment. */
  slug: string;
  data: CaseData;
  /** Raw Markdown body (for search and plain-text export; pages render it via astro:content). */
  body: string;
  gemeenten: CaseGemeente[];
  /** Gemeenten that only took part (not "praktijkvoorbeeld uit"): shown on the case page only. */
  participants: CaseGemeente[];
  /** Distinct WRR types of the case's gemeenten, in the order the gemeenten are listed. */
  types: WrrTypeId[];
  /** Site-relative URL of the case page. */
  url: string;
}

export interface RawCase {
  slug: string;
  data: CaseData;
  body: string;
}

/**
 * Join one case with the gemeente index. Throws a readable error when a code is unknown:
 * validate-content reports that earlier with a fix, so reaching it here is a pipeline bug.
 */
export function joinCase(raw: RawCase, byCode: ReadonlyMap<string, GemeenteForCase>): EnrichedCase {
  const toCaseGemeente = (ref: { code: string; historicalName?: string }): CaseGemeente => {
    const g = byCode.get(ref.code);
    if (!g) {
      throw new Error(
        `case "${raw.slug}": gemeente ${ref.code} is not in the gemeente data. Fix: run npm run validate:content and correct the code.`,
      );
    }
    return {
      code: g.code,
      name: g.name,
      slug: g.slug,
      type: g.type,
      ...(g.typeProvenance ? { typeProvenance: g.typeProvenance } : {}),
      ...(ref.historicalName ? { historicalName: ref.historicalName } : {}),
      formerNames: (g.predecessors2017 ?? []).map((p) => p.name).filter((n) => n !== g.name),
      ...(g.certainty && g.stability !== undefined
        ? {
            certainty: {
              certainty: g.certainty,
              stability: g.stability,
              alternativeType: g.alternativeType ?? null,
              fitsNoType: g.fit === 'none' && g.typeProvenance === 'derived',
            },
          }
        : {}),
    };
  };
  const gemeenten = raw.data.gemeenten.map(toCaseGemeente);
  const participants = (raw.data.participants ?? []).map(toCaseGemeente);
  const types = [...new Set(gemeenten.map((g) => g.type))];
  return { slug: raw.slug, data: raw.data, body: raw.body, gemeenten, participants, types, url: routes.case(raw.slug) };
}

/**
 * Join all cases, sorted newest first, then by title (Dutch collation): the default order of lists.
 */
export function joinCases(raws: readonly RawCase[], gemeenten: readonly GemeenteForCase[]): EnrichedCase[] {
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  return raws.map((r) => joinCase(r, byCode)).sort(compareCasesDefault);
}

export function compareCasesDefault(a: EnrichedCase, b: EnrichedCase): number {
  return (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, 'nl');
}

/** What cards and pages show as the year: "2019", or "jaar niet vermeld" when the source gives no date. */
export function yearLabel(data: { year?: number | undefined }): string {
  return data.year === undefined ? 'jaar niet vermeld' : String(data.year);
}

/** The year with its precision: "2019 (2019–2024)", or the period alone when the year is unknown. */
export function whenLabel(data: { year?: number | undefined; period?: string | undefined }): string {
  if (data.year === undefined) return data.period ? `jaar niet vermeld (${data.period})` : 'jaar niet vermeld';
  return data.period ? `${data.year} (${data.period})` : String(data.year);
}

/** Cases that involve the gemeente with this code. */
export function casesForGemeente(cases: readonly EnrichedCase[], code: string): EnrichedCase[] {
  return cases.filter((c) => c.gemeenten.some((g) => g.code === code));
}

/** Cases the source presents under this WRR type (typeInSource), whatever the type of their gemeenten. */
export function casesPresentedAsType(cases: readonly EnrichedCase[], type: WrrTypeId): EnrichedCase[] {
  return cases.filter((c) => c.data.typeInSource === type);
}

/** Cases with at least one gemeente of this type. */
export function casesForType(cases: readonly EnrichedCase[], type: WrrTypeId): EnrichedCase[] {
  return cases.filter((c) => c.types.includes(type));
}

/**
 * Where the source presents a case under another type than the atlas gives its gemeente(n):
 * both facts are shown on the case page. Empty when the source names no type or they agree.
 */
export function typeMismatches(c: EnrichedCase): CaseGemeente[] {
  const inSource = c.data.typeInSource;
  if (!inSource) return [];
  return c.gemeenten.filter((g) => g.type !== inSource);
}

/**
 * The named (validation) set: every gemeente that seed 001 (the VNG portfolio) names per WRR type.
 * Single-sourced from the content files: the `examples` in content/typen/<type>.md (kind
 * 'voorbeeld') and the practice cases of seed 001 that the source presents under a type section
 * (`typeInSource`, kind 'casus'). Pure: the caller reads and validates the files.
 */
import type { NamedType, TypeProvenance } from '../data/gemeente-record';
import { WRR_TYPE_IDS, type WrrTypeId } from './wrr-types';

/** The portfolio whose type sections and typology chapter name the examples. */
export const NAMED_SET_SEED = '001_68f2031519a2468a';

export interface TypeExamplesInput {
  /** Type id (= file name of content/typen/<id>.md). */
  id: WrrTypeId;
  examples: readonly { name: string; code: string; historicalName?: string | undefined; where: string }[];
}

export interface CaseInput {
  slug: string;
  title: string;
  typeInSource?: WrrTypeId | undefined;
  sources: readonly { id: string; section?: string | undefined }[];
  gemeenten: readonly { code: string; historicalName?: string | undefined }[];
}

export interface NamedMention extends NamedType {
  /** 2025 code the mention belongs to (the successor when the named gemeente has merged). */
  code: string;
  /** Name as the source writes it (the 2025 name for cases without historicalName). */
  sourceName?: string;
}

/**
 * All mentions, examples first (in type order, then file order), then cases (by slug). A case mention
 * that repeats an example of the same gemeente, type and historical name is left out: the example's
 * `where` already points to it, and the case itself is listed on the gemeente page.
 */
export function buildNamedSet(types: readonly TypeExamplesInput[], cases: readonly CaseInput[]): NamedMention[] {
  const mentions: NamedMention[] = [];
  const orderedTypes = [...types].sort((a, b) => WRR_TYPE_IDS.indexOf(a.id) - WRR_TYPE_IDS.indexOf(b.id));
  for (const t of orderedTypes) {
    for (const e of t.examples) {
      mentions.push({
        code: e.code,
        type: t.id,
        kind: 'voorbeeld',
        where: e.where,
        sourceName: e.name,
        ...(e.historicalName ? { historicalName: e.historicalName } : {}),
      });
    }
  }
  const key = (m: { code: string; type: string; historicalName?: string | undefined }) =>
    `${m.code}|${m.type}|${m.historicalName ?? ''}`;
  const examples = new Set(mentions.map(key));
  const casusByKey = new Map<string, NamedMention>();
  for (const c of [...cases].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const portfolio = c.sources.find((s) => s.id === NAMED_SET_SEED);
    if (!portfolio || !c.typeInSource) continue;
    for (const g of c.gemeenten) {
      const mention: NamedMention = {
        code: g.code,
        type: c.typeInSource,
        kind: 'casus',
        where: `praktijkvoorbeeld ‘${c.title}’, sectie ‘${portfolio.section ?? ''}’`,
        caseSlug: c.slug,
        ...(g.historicalName ? { historicalName: g.historicalName } : {}),
      };
      const k = key(mention);
      if (examples.has(k)) continue;
      const earlier = casusByKey.get(k);
      if (earlier) {
        earlier.where = `${earlier.where}; ${mention.where}`;
        continue;
      }
      casusByKey.set(k, mention);
      mentions.push(mention);
    }
  }
  return mentions;
}

/** Group mentions by 2025 code. */
export function mentionsByCode(mentions: readonly NamedMention[]): Map<string, NamedMention[]> {
  const result = new Map<string, NamedMention[]>();
  for (const m of mentions) {
    const list = result.get(m.code) ?? [];
    list.push(m);
    result.set(m.code, list);
  }
  return result;
}

/**
 * The type the site shows. A 'voorbeeld' mention wins over the derived type ("genoemd in bron");
 * casus mentions do not set the type. When the source names parts of a merged gemeente as
 * different types, the named type that equals the derived type wins; otherwise the named type whose
 * rule is closest to deciding (`distance`, see typeDistances in classify.ts), ties in type order.
 */
export function chooseShownType(
  mentions: readonly NamedType[],
  derived: WrrTypeId,
  distance: Readonly<Record<WrrTypeId, number>>,
): { type: WrrTypeId; provenance: TypeProvenance } {
  const named = [...new Set(mentions.filter((m) => m.kind === 'voorbeeld').map((m) => m.type))];
  if (named.length === 0) return { type: derived, provenance: 'derived' };
  if (named.includes(derived)) return { type: derived, provenance: 'named' };
  const best = [...named].sort(
    (a, b) => distance[a] - distance[b] || WRR_TYPE_IDS.indexOf(a) - WRR_TYPE_IDS.indexOf(b),
  )[0]!;
  return { type: best, provenance: 'named' };
}

/** Strip the 2025 code from a mention for the gemeente record. */
export function toNamedType(m: NamedMention): NamedType {
  return {
    type: m.type,
    kind: m.kind,
    where: m.where,
    ...(m.historicalName ? { historicalName: m.historicalName } : {}),
    ...(m.caseSlug ? { caseSlug: m.caseSlug } : {}),
  };
}

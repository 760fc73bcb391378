/**
 * The shape of the generated gemeente data (src/generated/gemeenten.ts, written by
 * `npm run prepare:data`). One record per gemeente of the 2025 division (342).
 */
import type { Contact } from './adjacency';
import type { Confidence } from '../typology/engine';
import type { MeasureId } from '../typology/measures';
import type { Fit, RuleId } from '../typology/rule-table';
import type { Figure } from '../typology/rule-wording';
import type { Merger } from './merger';
import type { Certainty } from '../typology/stability';
import type { GroupId, GroupValues } from './migration-groups';
import type { WrrTypeId } from '../typology/wrr-types';

export interface GemeenteRef {
  /** CBS code, GM + 4 digits. */
  code: string;
  name: string;
}

/** One mention of this gemeente (or a predecessor) as an example of a WRR type in seed 001. */
export interface NamedType {
  type: WrrTypeId;
  /** 'voorbeeld': named as an example of the type; 'casus': a practice case presented under the type. */
  kind: 'voorbeeld' | 'casus';
  /** Where in the source document, in Dutch (line numbers refer to the seed text). */
  where: string;
  /** Name at the time, when the source names a gemeente that has merged since. */
  historicalName?: string;
  /** Praktijkvoorbeeld slug, for kind 'casus'. */
  caseSlug?: string;
}

export type TypeProvenance = 'named' | 'derived';

export interface GemeenteRecord {
  /** CBS code in the 2025 division. */
  code: string;
  /** Official 2025 name (statnaam in gemeente_2025.topojson), e.g. "'s-Gravenhage". */
  name: string;
  /** slugify(name); unique; the page is /gemeenten/<slug>/. */
  slug: string;
  /** Province whose area holds (most of) the gemeente, from provincie_2025.topojson. */
  province: GemeenteRef;
  /** Registered population on 1 January 2022 (summed over merged 2022 gemeenten). */
  population: number;
  /** Persons per migration-background group, 1 January 2022. */
  counts: GroupValues;
  /** counts / population, per group (0–1). */
  shares: GroupValues;
  /** Share with a Dutch background (0–1). */
  shareDutch: number;
  /** Share with a migration background, 1 − shareDutch (0–1). */
  shareMigration: number;
  /**
   * Diversity index: the chance that two random residents have a different migration background,
   * 1 − Σ sᵢ² over the 18 groups (0–1). (This is 1 minus the Herfindahl–Hirschman index.)
   */
  diversityIndex: number;
  /** Largest group other than Dutch background (the CBS rest group "other" excluded). */
  largestGroup: { group: GroupId; share: number };
  /** Type from the rules in src/lib/typology/rule-table.ts. */
  derivedType: WrrTypeId;
  /** Id of the rule that decided derivedType. */
  rule: RuleId;
  /** Plain Dutch sentence with the figures behind derivedType. */
  ruleText: string;
  /** The figures the deciding rule compared, then general figures. */
  figures: Figure[];
  /**
   * Relative distance (fraction of the threshold value) to the nearest threshold that would change
   * derivedType; null when no numeric threshold is involved.
   */
  margin: number | null;
  nearestThreshold: { rule: RuleId; measure: MeasureId } | null;
  /** 'krap' when margin < 10 %, else 'ruim'. */
  confidence: Confidence;
  /** 'rule': a type's own rule holds; 'average': close to the national composition; 'none': fits no type well. */
  fit: Fit;
  /** What the figures show, in plain Dutch (shown for derived types); claims only what a rule tests. */
  typeSentence: string;
  /** Share (0–1) of the threshold draws of the stability check that give the shown type. */
  stability: number;
  /** The type the other draws give most often; null when all give the shown type. */
  alternativeType: WrrTypeId | null;
  /** zeker / waarschijnlijk / onzeker, from stability (onzeker whenever fit is 'none'). */
  certainty: Certainty;
  /** Every mention in seed 001 (via this gemeente or its 2017 predecessors); empty if none. */
  namedTypes: NamedType[];
  /** The type the site shows: a named 'voorbeeld' type if any, else derivedType. */
  type: WrrTypeId;
  typeProvenance: TypeProvenance;
  /** 2017 gemeenten whose area lies (mostly) in this gemeente; a split 2017 gemeente appears under every successor. */
  predecessors2017: GemeenteRef[];
  /** The 2022 CBS rows summed into this record (more than one after a merger since 2022). */
  cbsRows2022: GemeenteRef[];
  /** Codes of the gemeenten sharing a border (topojson-client neighbors). */
  neighbours: string[];
  /** Spherical centroid [lon, lat]. */
  centroid: [number, number];
  /** Centroid distance in km to the nearest of the three most populous gemeenten (0 for those). */
  distanceToBig3Km: number;
  /** Counts as a neighbour of one of the three most populous gemeenten (src/lib/data/adjacency.ts). */
  bordersBig3: boolean;
  /** Shared border length and gap across water to the big three (km), behind bordersBig3. */
  big3Contact: Contact;
  /** Herindeling since 2017; null when the gemeente has not merged. */
  merger: Merger | null;
}

/** One named gemeente whose derived type differs from every type the source names it as. */
export interface Disagreement {
  code: string;
  name: string;
  slug: string;
  namedTypes: WrrTypeId[];
  /** Names the source used, when they differ from the 2025 name (merged gemeenten). */
  namedAs: string[];
  derivedType: WrrTypeId;
  rule: RuleId;
  /** Plain Dutch explanation, built from the figures. */
  reason: string;
}

export interface NamedExample {
  code: string;
  name: string;
  slug: string;
  type: WrrTypeId;
  historicalName?: string;
  where: string;
  derivedType: WrrTypeId;
  agrees: boolean;
}

export interface TypologyStats {
  /** Named gemeenten (2025 division) with at least one 'voorbeeld' mention. */
  agreement: { agree: number; total: number; share: number };
  /** Gemeenten named only through a practice case presented under a type section. */
  casusOnly: { agree: number; total: number; share: number };
  derivedPerType: Record<WrrTypeId, number>;
  shownPerType: Record<WrrTypeId, number>;
  namedCount: number;
  tightCount: number;
  /** Gemeenten per certainty level. */
  certaintyCount: Record<Certainty, number>;
  /** Derived gemeenten that fit no type well. */
  noFitCount: number;
  disagreements: Disagreement[];
  casusDisagreements: Disagreement[];
  examples: NamedExample[];
  /** The three most populous gemeenten, found in the data. */
  big3: GemeenteRef[];
  /** National shares per group (1 January 2022), the reference for over-representation. */
  nationalShares: GroupValues;
  nationalPopulation: number;
}

/**
 * Other names people use for a gemeente: colloquial names ("Den Haag" for 's-Gravenhage), Dutch
 * spellings of Frisian names, and the names without the province suffix CBS adds to tell
 * namesakes apart ("Bergen (NH.)"). Keyed by CBS code of the 2025 division. Old names of merged
 * gemeenten are not listed here: they come from the gemeente records (predecessors2017) and from
 * `historicalName` in case files.
 *
 * Used by the case search and the map's gemeente combobox (ranked by src/lib/search/gemeente-match.ts).
 * Matching is on normalizeText(), so diacritics never need a separate alias ("Sudwest-Fryslan" already matches Súdwest-Fryslân).
 */
import { normalizeText } from '../site/text';
import type { GemeenteRecord } from '../data/gemeente-record';

export const GEMEENTE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  GM0518: ['Den Haag', 'The Hague'], // 's-Gravenhage
  GM0796: ['Den Bosch'], // 's-Hertogenbosch
  GM0080: ['Ljouwert'], // Leeuwarden
  GM0737: ['Tietjerksteradeel'], // Tytsjerksteradiel
  GM1891: ['Dantumadeel'], // Dantumadiel
  GM1900: ['Zuidwest-Friesland', 'Sudwest-Friesland'], // Súdwest-Fryslân
  GM1940: ['De Friese Meren'], // De Fryske Marren
  GM1970: ['Noordoost-Friesland'], // Noardeast-Fryslân
  GM0164: ['Hengelo'], // Hengelo (O.)
  GM0373: ['Bergen', 'Bergen Noord-Holland'], // Bergen (NH.)
  GM0893: ['Bergen', 'Bergen Limburg'], // Bergen (L.)
  GM0417: ['Laren'], // Laren (NH.)
  GM0603: ['Rijswijk'], // Rijswijk (ZH.)
  GM0687: ['Middelburg'], // Middelburg (Z.)
  GM0888: ['Beek'], // Beek (L.)
  GM0971: ['Stein'], // Stein (L.)
  GM0820: ['Nuenen'], // Nuenen, Gerwen en Nederwetten
};

/** Aliases of the gemeente with this code (empty when it has none). */
export function aliasesOf(code: string): readonly string[] {
  return GEMEENTE_ALIASES[code] ?? [];
}

export interface NamedGemeente {
  code: string;
  name: string;
  /** Former names (merged predecessors, historical names) that should also find it. */
  formerNames?: readonly string[];
}

/** Every name that should find this gemeente: official name, aliases, former names; no duplicates. */
export function searchNamesOf(g: NamedGemeente): string[] {
  const names = [g.name, ...aliasesOf(g.code), ...(g.formerNames ?? [])];
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = normalizeText(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The search names of a gemeente record: its 2017 predecessors count as former names. */
export function recordSearchNames(g: Pick<GemeenteRecord, 'code' | 'name' | 'predecessors2017'>): string[] {
  return searchNamesOf({ code: g.code, name: g.name, formerNames: g.predecessors2017.map((p) => p.name) });
}

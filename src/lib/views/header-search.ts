/** /zoek-gemeenten.json: [name, slug, ...other names] per gemeente for the header search. Pure. */
import type { GemeenteRecord } from '../data/gemeente-record';
import { searchNamesOf } from '../search/gemeente-aliases';
import { toRows, type GemeenteRow } from '../search/header-search';

export function headerSearchRows(gemeenten: readonly GemeenteRecord[]): GemeenteRow[] {
  return toRows(
    gemeenten.map((g) => ({
      name: g.name,
      slug: g.slug,
      aliases: searchNamesOf({ code: g.code, name: g.name, formerNames: g.predecessors2017.map((p) => p.name) }),
    })),
  );
}

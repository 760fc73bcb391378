import type { APIRoute } from 'astro';
import { GEMEENTEN } from '../generated/gemeenten';
import { searchNamesOf } from '../lib/search/gemeente-aliases';
import { toRows } from '../lib/search/header-search';

/**
 * Names of all gemeenten for the header search (src/components/site-search.ts), fetched on first use
 * so no page carries them: [name, slug, ...other names] per gemeente.
 */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      toRows(
        GEMEENTEN.map((g) => ({
          name: g.name,
          slug: g.slug,
          aliases: searchNamesOf({ code: g.code, name: g.name, formerNames: g.predecessors2017.map((p) => p.name) }),
        })),
      ),
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );

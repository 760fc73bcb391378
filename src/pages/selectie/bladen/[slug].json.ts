import type { APIRoute, GetStaticPaths } from 'astro';
import { getEnrichedCases } from '../../../adapters/cases';
import type { EnrichedCase } from '../../../lib/cases/case-join';
import type { SheetData } from '../../../lib/shortlist/shortlist-csv';
import { toSheetData } from '../../../lib/shortlist/shortlist-data';

/**
 * /selectie/bladen/<slug>.json: the display data of one case (SheetData) for "Mijn selectie". The selection
 * page fetches only the cases it shows, so its HTML does not grow with the corpus (issue 17).
 */
export const getStaticPaths = (async () =>
  (await getEnrichedCases()).map((c) => ({ params: { slug: c.slug }, props: { c } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ c: EnrichedCase }> = ({ props }) =>
  new Response(JSON.stringify(toSheetData(props.c) satisfies SheetData), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

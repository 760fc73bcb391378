import type { APIRoute } from 'astro';
import { getHeaderSearchData } from '../adapters/cases';
import type { HeaderSearchData } from '../lib/search/header-search';

/**
 * Gemeente names for the header search (src/components/site-search.ts), fetched on first use so no
 * page carries them (src/lib/search/header-search.ts: HeaderSearchData).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getHeaderSearchData()) satisfies HeaderSearchData), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

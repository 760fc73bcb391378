/**
 * The case search files (core index, body index, card chunks): see src/lib/search/search-assets.ts and
 * docs/adr/0006-case-search-index.md. Names carry a content hash, so they may be cached for good.
 */
import type { APIRoute } from 'astro';
import { getCaseListData } from '../../adapters/cases';
import { routes } from '../../lib/site/routes';

export async function getStaticPaths() {
  const { files } = await getCaseListData();
  return files.map((f) => ({
    params: { file: routes.searchFileName(f.url) },
    props: { json: f.json },
  }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { GEMEENTEN } from '../../generated/gemeenten';
import { openDataJson, toOpenDataRecords } from '../../lib/open-data/open-data';

/** Open data: one record per 2025 gemeente with its type, provenance and key figures. */
export const GET: APIRoute = () =>
  new Response(openDataJson(toOpenDataRecords(GEMEENTEN)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

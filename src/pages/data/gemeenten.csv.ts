import type { APIRoute } from 'astro';
import { GEMEENTEN } from '../../generated/gemeenten';
import { openDataCsv, toOpenDataRecords } from '../../lib/open-data/open-data';

/** Open data: the records of gemeenten.json as RFC 4180 CSV (lists joined with "; "). */
export const GET: APIRoute = () =>
  new Response(openDataCsv(toOpenDataRecords(GEMEENTEN)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

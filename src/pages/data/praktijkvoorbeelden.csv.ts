import type { APIRoute } from 'astro';
import { getEnrichedCases } from '../../adapters/cases';
import { exportRecords, recordsToCsv } from '../../lib/cases/case-export';

/** Open data: the same records as praktijkvoorbeelden.json as RFC 4180 CSV (lists joined with "; "). */
export const GET: APIRoute = async ({ site }) => {
  const records = exportRecords(await getEnrichedCases(), site?.origin ?? null);
  return new Response(recordsToCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

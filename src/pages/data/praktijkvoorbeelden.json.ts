import type { APIRoute } from 'astro';
import { getEnrichedCases } from '../../adapters/cases';
import { exportRecords } from '../../lib/cases/case-export';

/** Open data: every practice case with ids of gemeenten, types, themes and source. */
export const GET: APIRoute = async ({ site }) => {
  const records = exportRecords(await getEnrichedCases(), site?.origin ?? null);
  return new Response(JSON.stringify(records, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

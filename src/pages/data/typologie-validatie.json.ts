import type { APIRoute } from 'astro';
import { TYPOLOGY_VALIDATION } from '../../generated/typology-validation';

/** Open data: how often the typology gets a named gemeente right, in and out of sample, per type, with the method. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(TYPOLOGY_VALIDATION, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

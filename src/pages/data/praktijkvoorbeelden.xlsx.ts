import type { APIRoute } from 'astro';
import { exportRecords } from '../../lib/cases/case-export';
import { getEnrichedCases } from '../../adapters/cases';
import { getGemeenteNames } from '../../adapters/views';
import { CASE_SOURCES, XLSX_CONTENT_TYPE, buildWorkbook, caseColumns, workbookBytes } from '../../lib/open-data/open-data-xlsx';

/** Open data for spreadsheets: the practice cases with Dutch headers, labels and a sheet "Toelichting". */
export const GET: APIRoute = async ({ site }) => {
  const records = exportRecords(await getEnrichedCases(), site?.origin ?? null);
  const names = getGemeenteNames();
  const wb = buildWorkbook(records, caseColumns((code) => names[code] ?? code), {
    sheet: 'Praktijkvoorbeelden',
    about: [
      `Eén regel per praktijkvoorbeeld (${records.length} voorbeelden), met namen en omschrijvingen in plaats van id’s. De volledige tekst staat op de webpagina van elk voorbeeld.`,
      'Dezelfde gegevens staan, met id’s, in praktijkvoorbeelden.json en praktijkvoorbeelden.csv.',
    ],
    sources: CASE_SOURCES,
    created: new Date(),
  });
  return new Response(await workbookBytes(wb), { headers: { 'Content-Type': XLSX_CONTENT_TYPE } });
};

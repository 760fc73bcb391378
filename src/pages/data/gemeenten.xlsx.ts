import type { APIRoute } from 'astro';
import { GEMEENTEN } from '../../generated/gemeenten';
import { toOpenDataRecords } from '../../lib/open-data/open-data';
import { GEMEENTE_SOURCES, XLSX_CONTENT_TYPE, buildWorkbook, gemeenteColumns, workbookBytes } from '../../lib/open-data/open-data-xlsx';

/** Open data for spreadsheets: the gemeenten with Dutch headers, labels and a sheet "Toelichting". */
export const GET: APIRoute = async ({ site }) => {
  const wb = buildWorkbook(toOpenDataRecords(GEMEENTEN), gemeenteColumns(site?.origin ?? null), {
    sheet: 'Gemeenten',
    about: [
      `Eén regel per gemeente van de indeling 2025 (${GEMEENTEN.length} gemeenten), met het WRR-type dat de atlas toont, waar dat type vandaan komt en de cijfers erachter.`,
      'Cijfers over inwoners en migratieachtergrond: 1 januari 2022. Dezelfde gegevens staan, met id’s in plaats van namen, in gemeenten.json en gemeenten.csv.',
    ],
    sources: GEMEENTE_SOURCES,
    created: new Date(),
  });
  return new Response(await workbookBytes(wb), { headers: { 'Content-Type': XLSX_CONTENT_TYPE } });
};

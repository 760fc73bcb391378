/**
 * Open data for people: /data/gemeenten.xlsx and /data/praktijkvoorbeelden.xlsx. The same records as the
 * JSON and CSV files (src/lib/open-data/open-data.ts, src/lib/cases/case-export.ts), but for a spreadsheet: Dutch column
 * headers, labels instead of ids, percentages as numbers with a % format, and a sheet "Toelichting" that
 * explains every column, the licence and the sources. Built with exceljs at build time; no DOM, no files.
 *
 * Text that could start a formula (=, +, -, @, tab, carriage return) gets an apostrophe in front, so a
 * spreadsheet never runs a formula from content, not even after someone edits or re-exports the cell.
 */
import ExcelJS from 'exceljs';
import type { CaseExportRecord } from '../cases/case-export';
import { RULE_TABLE } from '../typology/rule-wording';
import type { OpenDataRecord } from './open-data';
import { DOMAINS, INSTRUMENTS, THEMES, labelOf } from '../cases/taxonomy';
import { WRR_TYPES } from '../typology/wrr-types';
import { provenanceLabelCapitalised } from '../typology/provenance';

type Cell = string | number | null;
type Format = 'integer' | 'year' | 'decimal4' | 'percent';

export interface XlsxColumn<R> {
  header: string;
  description: string;
  width: number;
  value: (r: R) => Cell;
  format?: Format;
}

const NUMBER_FORMAT: Record<Format, string> = { integer: '#,##0', year: '0', decimal4: '0.0000', percent: '0.0%' };

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as it goes into a cell: a leading formula character is neutralised with an apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const LIST = '; ';
const typeName = (id: string | null | undefined) => (id ? (WRR_TYPES.find((t) => t.id === id)?.name ?? id) : '');
const ruleLabel = (id: string) => {
  const rule = RULE_TABLE.find((r) => r.id === id);
  return rule ? `Regel ${rule.order}: ${rule.label}` : id;
};
const absolute = (url: string, origin: string | null) =>
  origin && url.startsWith('/') ? new URL(url, origin).href : url;

export function gemeenteColumns(origin: string | null): XlsxColumn<OpenDataRecord>[] {
  return [
    {
      header: 'Gemeentecode',
      width: 13,
      value: (r) => r.code,
      description: 'CBS-code van de gemeente in de indeling van 2025: GM en vier cijfers.',
    },
    {
      header: 'Gemeente',
      width: 24,
      value: (r) => r.name,
      description: 'Officiële naam in de indeling van 2025, zoals het CBS hem schrijft.',
    },
    {
      header: 'Provincie',
      width: 16,
      value: (r) => r.province.name,
      description: 'Provincie waarin (het grootste deel van) de gemeente ligt.',
    },
    {
      header: 'Inwoners 1-1-2022',
      width: 16,
      format: 'integer',
      value: (r) => r.population,
      description: 'Aantal inwoners op 1 januari 2022 (CBS); na een latere samenvoeging opgeteld.',
    },
    {
      header: 'WRR-type',
      width: 28,
      value: (r) => typeName(r.type),
      description: 'Het WRR-type dat de atlas toont: het type dat de bron noemt, anders het afgeleide type.',
    },
    {
      header: 'Herkomst van het type',
      width: 28,
      value: (r) => provenanceLabelCapitalised(r.typeProvenance),
      description:
        'Genoemd in bron: het WRR-rapport of een bron noemt de gemeente als voorbeeld van dit type. Afgeleid uit CBS-cijfers 2022: bepaald met de regels op de methodepagina.',
    },
    {
      header: 'Afgeleid type',
      width: 28,
      value: (r) => typeName(r.derivedType),
      description: 'Het type volgens de regels van de atlas, los van wat de bron noemt.',
    },
    {
      header: 'Beslissende regel',
      width: 40,
      value: (r) => ruleLabel(r.rule),
      description: 'De regel die het afgeleide type bepaalde (zie de methodepagina).',
    },
    {
      header: 'Zekerheid',
      width: 14,
      value: (r) => r.certainty,
      description:
        'zeker, waarschijnlijk of onzeker: hoe vaak het type gelijk blijft als alle drempels binnen een redelijke marge variëren (zie de methodepagina).',
    },
    {
      header: 'Stabiliteit',
      width: 12,
      format: 'percent',
      value: (r) => r.stability,
      description: 'Aandeel van de varianten met andere drempels dat hetzelfde type geeft, als percentage.',
    },
    {
      header: 'Ook mogelijk',
      width: 28,
      value: (r) => (r.alternativeType ? typeName(r.alternativeType) : ''),
      description: 'Het type dat de andere varianten het vaakst geven; leeg als alle varianten hetzelfde type geven.',
    },
    {
      header: 'Diversiteitsindex',
      width: 15,
      format: 'decimal4',
      value: (r) => r.diversityIndex,
      description:
        'De kans dat twee willekeurige inwoners een verschillende migratieachtergrond hebben (0 tot 1; 18 groepen, CBS 2022).',
    },
    {
      header: 'Aandeel Nederlandse achtergrond',
      width: 18,
      format: 'percent',
      value: (r) => r.shareDutch,
      description:
        'Aandeel inwoners met een Nederlandse achtergrond op 1 januari 2022, als percentage (de cel bevat het getal, bijvoorbeeld 0,5714 = 57,1%).',
    },
    {
      header: 'In de bron voorbeeld van',
      width: 28,
      value: (r) => r.namedTypes.map(typeName).join(LIST),
      description:
        'Typen waarvan de bron deze gemeente (of een voorganger) als voorbeeld noemt; leeg als de bron haar niet noemt.',
    },
    {
      header: 'Gemeenten in 2017',
      width: 36,
      value: (r) => r.predecessors2017.map((p) => `${p.name} (${p.code})`).join(LIST),
      description: 'Gemeenten van 2017 die (grotendeels) in deze gemeente liggen, met hun CBS-code.',
    },
    {
      header: 'Webpagina',
      width: 48,
      value: (r) => absolute(r.url, origin),
      description: 'De pagina van de gemeente in de atlas.',
    },
  ];
}

export function caseColumns(gemeenteName: (code: string) => string): XlsxColumn<CaseExportRecord>[] {
  const names = (codes: readonly string[]) => codes.map(gemeenteName).join(LIST);
  return [
    {
      header: 'Titel',
      width: 60,
      value: (r) => r.title,
      description: 'Titel van het praktijkvoorbeeld, in eigen woorden van de redactie.',
    },
    {
      header: 'Gemeenten',
      width: 28,
      value: (r) => names(r.gemeenten),
      description: 'De gemeente(n) van wie de aanpak is, in de indeling van 2025.',
    },
    {
      header: 'Deelnemende gemeenten',
      width: 28,
      value: (r) => names(r.participants),
      description: 'Gemeenten die alleen deelnamen, bijvoorbeeld aan een bijeenkomst; vaak leeg.',
    },
    {
      header: 'WRR-type van de gemeenten',
      width: 30,
      value: (r) => r.types.map(typeName).join(LIST),
      description: 'De WRR-typen die de atlas aan die gemeenten geeft.',
    },
    {
      header: 'Type in de bron',
      width: 28,
      value: (r) => typeName(r.typeInSource),
      description: 'Het type waaronder de bron het voorbeeld presenteert; leeg als de bron geen type noemt.',
    },
    {
      header: 'Thema’s',
      width: 36,
      value: (r) => r.themes.map((t) => labelOf(THEMES, t)).join(LIST),
      description: 'Eén tot vier thema’s.',
    },
    {
      header: 'Integratiedomeinen',
      width: 36,
      value: (r) => r.domains.map((d) => labelOf(DOMAINS, d)).join(LIST),
      description: 'Nul tot vier integratiedomeinen uit het Maastrichtse kader Nieuwe Stadsgezichten.',
    },
    {
      header: 'Soort voorbeeld',
      width: 24,
      value: (r) => labelOf(INSTRUMENTS, r.instrument),
      description: 'Wat voor instrument het is.',
    },
    {
      header: 'Jaar',
      width: 7,
      format: 'year',
      value: (r) => r.year,
      description:
        'Jaar waarin de aanpak begon of verscheen, zoals de bron het noemt; leeg als de bron geen datum geeft.',
    },
    {
      header: 'Bronnen',
      width: 60,
      value: (r) => r.sources.map((s) => s.title).join(LIST),
      description: 'Titels van de bronnen waarop het voorbeeld berust.',
    },
    {
      header: 'Vindplaats in de bron',
      width: 40,
      value: (r) =>
        r.sources
          .map((s) => s.section ?? '')
          .filter(Boolean)
          .join(LIST),
      description: 'Hoofdstuk, paragraaf of deel van de bron waar het voorbeeld staat; leeg bij een korte webpagina.',
    },
    {
      header: 'Links naar de bronnen',
      width: 60,
      value: (r) => r.sources.flatMap((s) => [...(s.url ? [s.url] : []), ...s.urls]).join(LIST),
      description: 'Het adres van elke bron en de links die de bron zelf voor dit voorbeeld geeft.',
    },
    {
      header: 'Stand van zaken',
      width: 24,
      value: (r) => r.status,
      description: 'De stand van de aanpak zoals de bron die geeft; leeg als de bron er niets over zegt.',
    },
    {
      header: 'Stand volgens bron van',
      width: 14,
      value: (r) => r.statusAsOf,
      description:
        'De datum (jaar of jaar-maand) van de bron die de stand van zaken geeft: het is de stand van toen, niet van nu.',
    },
    { header: 'Webpagina', width: 60, value: (r) => r.url, description: 'De pagina van het voorbeeld in de atlas.' },
    {
      header: 'Id',
      width: 40,
      value: (r) => r.slug,
      description: 'Vaste naam van het voorbeeld; dezelfde als in praktijkvoorbeelden.json en .csv.',
    },
  ];
}

export interface WorkbookInfo {
  /** Name of the data sheet, e.g. "Gemeenten". */
  sheet: string;
  /** Lines at the top of "Toelichting": what the file holds and from when. */
  about: readonly string[];
  /** Sources, one per line. */
  sources: readonly string[];
  /** When the file was made (workbook properties). */
  created: Date;
}

export const LICENCE_LINES = [
  'Licentie: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.nl). U mag de gegevens gebruiken, bewerken en verspreiden, ook commercieel, als u de bron vermeldt.',
  'Bronvermelding: ‘Praktijkatlas Nieuwe Verscheidenheid’; bij de cijfers ook ‘op basis van CBS-cijfers (84910NED) en CBS/Kadaster-grenzen’.',
  'Tekst die met =, +, - of @ begint, staat er met een apostrof (’) voor, zodat een spreadsheet hem niet als formule uitvoert.',
];

/** A workbook with the data sheet and "Toelichting". */
export function buildWorkbook<R>(
  rows: readonly R[],
  columns: readonly XlsxColumn<R>[],
  info: WorkbookInfo,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Praktijkatlas Nieuwe Verscheidenheid';
  wb.created = info.created;
  wb.modified = info.created;

  const sheet = wb.addWorksheet(info.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow(columns.map((c) => cellValue(c.value(r))));
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.format && typeof cell.value === 'number') cell.numFmt = NUMBER_FORMAT[c.format];
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const notes = wb.addWorksheet('Toelichting');
  notes.columns = [{ width: 34 }, { width: 110 }];
  const text = (line: string) => notes.addRow([neutraliseFormula(line)]);
  notes.addRow([`Praktijkatlas Nieuwe Verscheidenheid: ${info.sheet}`]).font = { bold: true, size: 14 };
  info.about.forEach(text);
  notes.addRow([]);
  LICENCE_LINES.forEach(text);
  notes.addRow([]);
  notes.addRow(['Bronnen']).font = { bold: true };
  info.sources.forEach(text);
  notes.addRow([]);
  notes.addRow([`Kolommen van het blad ‘${info.sheet}’`]).font = { bold: true };
  notes.addRow(['Kolom', 'Betekenis']).font = { bold: true };
  for (const c of columns) notes.addRow([c.header, neutraliseFormula(c.description)]);
  notes.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return wb;
}

function cellValue(value: Cell): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  return typeof value === 'number' ? value : neutraliseFormula(value);
}

/** The .xlsx file's bytes (copied into a plain ArrayBuffer, which a Response body accepts). */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  const bytes = new Uint8Array(new ArrayBuffer(written.byteLength));
  bytes.set(written);
  return bytes;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GEMEENTE_SOURCES = [
  'Bevolking naar migratieachtergrond: CBS StatLine, tabel 84910NED, 1 januari 2022 (CC BY 4.0).',
  'Aantal inwoners: CBS Kerncijfers wijken en buurten 2022 (CC BY 4.0).',
  'Gemeentegrenzen 2017 en 2025 en provincies: CBS en Kadaster, gebiedsindelingen via PDOK (CC BY 4.0).',
  'Typen die de bron noemt: WRR, De nieuwe verscheidenheid (2018), en de brondocumenten van de atlas (zie /data/ op de site).',
];

export const CASE_SOURCES = [
  'Elk voorbeeld noemt zijn bronnen in de kolommen Bronnen en Links naar de bronnen: documenten van de VNG, gemeenten en KIS, en openbare webpagina’s.',
  'De brondocumenten zelf vallen niet onder CC BY 4.0: de atlas vat ze in eigen woorden samen en verwijst ernaar.',
  'De WRR-typen van gemeenten: zie gemeenten.xlsx.',
];

/**
 * The field descriptions on the open-data page (/data/), one per JSON field and CSV column of
 * /data/gemeenten.* (src/lib/open-data/open-data.ts) and /data/praktijkvoorbeelden.* (src/lib/cases/case-export.ts).
 * tests/unit/open-data-docs.test.ts checks that every exported field and column is described here,
 * in the order of the files, so the page cannot drift from the data.
 */
import { routes } from '../site/routes';

export interface FieldDoc {
  /** Path in the JSON record ("province.code"). */
  json: string;
  /** Column in the CSV file. */
  csv: string;
  /** Kind of value, in Dutch. */
  kind: string;
  /** Meaning, in Dutch. */
  description: string;
}

export const GEMEENTE_FIELDS: readonly FieldDoc[] = [
  {
    json: 'code',
    csv: 'code',
    kind: 'tekst',
    description: 'CBS-gemeentecode in de indeling van 2025: GM en vier cijfers.',
  },
  {
    json: 'name',
    csv: 'name',
    kind: 'tekst',
    description: "Officiële naam in de indeling van 2025, zoals het CBS hem schrijft (bijvoorbeeld 's-Gravenhage).",
  },
  {
    json: 'province.code',
    csv: 'province_code',
    kind: 'tekst',
    description: 'CBS-code van de provincie (PV en twee cijfers).',
  },
  { json: 'province.name', csv: 'province', kind: 'tekst', description: 'Naam van de provincie.' },
  {
    json: 'population',
    csv: 'population',
    kind: 'geheel getal',
    description: 'Aantal inwoners op 1 januari 2022 (na een latere samenvoeging opgeteld).',
  },
  {
    json: 'type',
    csv: 'type',
    kind: 'type-id',
    description: 'Het WRR-type dat de atlas toont: het type dat de bron noemt, anders het afgeleide type.',
  },
  {
    json: 'typeProvenance',
    csv: 'typeProvenance',
    kind: 'named of derived',
    description:
      'Waar het getoonde type vandaan komt: named = genoemd in de bron, derived = afgeleid uit CBS-cijfers 2022.',
  },
  {
    json: 'derivedType',
    csv: 'derivedType',
    kind: 'type-id',
    description: 'Het type volgens onze regels, los van wat de bron noemt.',
  },
  {
    json: 'rule',
    csv: 'rule',
    kind: 'regel-id',
    description: 'De regel die het afgeleide type bepaalde (zie de regels op de methodepagina).',
  },
  {
    json: 'fit',
    csv: 'fit',
    kind: 'rule, average of none',
    description:
      'Hoe goed het afgeleide type past: rule = de regel van een type klopt, average = de samenstelling ligt dicht bij het landelijk gemiddelde, none = past bij geen type goed (de atlas telt de gemeente dan bij de gemiddelde gemeenten).',
  },
  {
    json: 'certainty',
    csv: 'certainty',
    kind: 'zeker, waarschijnlijk of onzeker',
    description:
      'Hoe zeker het getoonde type is: zeker als minstens 90% van de varianten met andere drempels hetzelfde type geeft, waarschijnlijk vanaf 60%, anders onzeker; onzeker ook als de gemeente bij geen type goed past.',
  },
  {
    json: 'stability',
    csv: 'stability',
    kind: 'getal 0–1',
    description:
      'Aandeel van de 1.000 varianten met andere drempels (zie de methodepagina) dat het getoonde type geeft.',
  },
  {
    json: 'alternativeType',
    csv: 'alternativeType',
    kind: 'type-id of leeg',
    description:
      'Het type dat de andere varianten het vaakst geven; null (CSV: leeg) als alle varianten het getoonde type geven.',
  },
  {
    json: 'diversityIndex',
    csv: 'diversityIndex',
    kind: 'getal 0–1',
    description:
      'Diversiteitsindex: de kans dat twee willekeurige inwoners een verschillende herkomst hebben, 1 min de som van de gekwadrateerde aandelen van de 18 groepen (1 min de Herfindahl-index), 4 decimalen.',
  },
  {
    json: 'shareDutch',
    csv: 'shareDutch',
    kind: 'getal 0–1',
    description: 'Aandeel inwoners met een Nederlandse achtergrond, 4 decimalen.',
  },
  {
    json: 'namedTypes',
    csv: 'namedTypes',
    kind: 'lijst van type-id’s',
    description:
      'Typen waarvan de bron deze gemeente (of een voorganger) als voorbeeld noemt; leeg als de bron haar niet noemt.',
  },
  {
    json: 'url',
    csv: 'url',
    kind: 'pad',
    description: `Pad van de gemeentepagina op deze site, bijvoorbeeld ${routes.gemeente('westland')}.`,
  },
  {
    json: 'predecessors2017',
    csv: 'predecessors2017',
    kind: 'lijst van code en naam',
    description:
      'Gemeenten van 2017 die (grotendeels) in deze gemeente liggen. In de CSV als ‘GM0001 Naam; GM0002 Naam’.',
  },
];

export const CASE_FIELDS: readonly FieldDoc[] = [
  {
    json: 'slug',
    csv: 'slug',
    kind: 'tekst',
    description: 'Vaste naam van het voorbeeld; ook de bestandsnaam en het laatste deel van het webadres.',
  },
  { json: 'title', csv: 'title', kind: 'tekst', description: 'Titel, in eigen woorden.' },
  {
    json: 'gemeenten',
    csv: 'gemeenten',
    kind: 'lijst van gemeentecodes',
    description: 'CBS-codes (indeling 2025) van de gemeenten van wie de aanpak is; koppelt aan code in gemeenten.json.',
  },
  {
    json: 'participants',
    csv: 'participants',
    kind: 'lijst van gemeentecodes',
    description: 'CBS-codes van gemeenten die alleen deelnamen (bijvoorbeeld aan een bijeenkomst); vaak leeg.',
  },
  {
    json: 'types',
    csv: 'types',
    kind: 'lijst van type-id’s',
    description: 'De WRR-typen die de atlas aan die gemeenten geeft (veld type in gemeenten.json), zonder dubbele.',
  },
  {
    json: 'typeInSource',
    csv: 'typeInSource',
    kind: 'type-id of leeg',
    description: 'Het type waaronder de bron het voorbeeld presenteert; null (CSV: leeg) als de bron geen type noemt.',
  },
  { json: 'themes', csv: 'themes', kind: 'lijst van thema-id’s', description: 'Eén tot vier thema’s.' },
  {
    json: 'domains',
    csv: 'domains',
    kind: 'lijst van domein-id’s',
    description: 'Nul tot vier integratiedomeinen uit het Maastrichtse kader Nieuwe Stadsgezichten.',
  },
  { json: 'instrument', csv: 'instrument', kind: 'instrument-id', description: 'Wat voor instrument het is.' },
  {
    json: 'year',
    csv: 'year',
    kind: 'jaartal of leeg',
    description:
      'Jaar waarin de aanpak begon of verscheen, zoals de bron het noemt; null (CSV: leeg) als de bron geen datum geeft.',
  },
  {
    json: 'sources[].id',
    csv: 'source_ids',
    kind: 'lijst van bron-id’s',
    description: 'De bronnen: een brondocument (zie de tabel hieronder) of een webpagina (id begint met web-).',
  },
  {
    json: 'sources[].section',
    csv: 'source_sections',
    kind: 'tekst',
    description: 'Hoofdstuk, paragraaf of deel van elke bron; leeg als de bron een korte webpagina is.',
  },
  {
    json: 'sources[].url, sources[].urls',
    csv: 'source_urls',
    kind: 'lijst van webadressen',
    description: 'Het adres van elke webpagina of elk document, en de links die de bron zelf voor dit voorbeeld geeft.',
  },
  {
    json: 'status',
    csv: 'status',
    kind: 'tekst of leeg',
    description: 'De stand van de aanpak zoals de bron die geeft (bijvoorbeeld loopt, afgerond, gepland).',
  },
  {
    json: 'statusAsOf',
    csv: 'statusAsOf',
    kind: 'jaar of jaar-maand',
    description: 'De datum van de bron die de status geeft: de status is de stand van toen, niet van nu.',
  },
  { json: 'url', csv: 'url', kind: 'webadres', description: 'Volledig webadres van de pagina van het voorbeeld.' },
];

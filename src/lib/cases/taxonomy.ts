/**
 * Controlled vocabularies for practice cases. Ids are stable (URLs, open data, content files);
 * labels are what users read. See docs/content-guide.md for when to use which.
 */

function vocabulary<const T extends readonly { id: string; label: string }[]>(items: T) {
  return items;
}

/** What a case is about. A case has 1–4 themes. */
export const THEMES = vocabulary([
  { id: 'arbeidsmigratie-en-huisvesting', label: 'Arbeidsmigratie en huisvesting' },
  { id: 'internationals-en-expats', label: 'Internationals en expats' },
  { id: 'opvang-en-statushouders', label: 'Opvang en statushouders' },
  { id: 'inburgering-en-taal', label: 'Inburgering en taal' },
  { id: 'dialoog-en-ontmoeting', label: 'Dialoog en ontmoeting' },
  { id: 'gelijke-behandeling-en-antidiscriminatie', label: 'Gelijke behandeling en antidiscriminatie' },
  { id: 'inclusief-werkgeverschap', label: 'Inclusief werkgeverschap' },
  { id: 'onderwijs-en-jongeren', label: 'Onderwijs en jongeren' },
  { id: 'emancipatie-en-lhbti', label: 'Emancipatie en lhbti+' },
  { id: 'burgerschap-en-lokale-identiteit', label: 'Burgerschap en lokale identiteit' },
  { id: 'samenwerking-en-sociale-basis', label: 'Samenwerking met organisaties en sociale basis' },
  { id: 'data-en-monitoring', label: 'Data en monitoring' },
  { id: 'grensoverschrijdend', label: 'Grensoverschrijdend' },
  { id: 'veiligheid-en-polarisatie', label: 'Veiligheid en polarisatie' },
]);

/**
 * The 13 integration domains in 4 clusters of the Maastricht framework "Nieuwe Stadsgezichten"
 * (seed 002), based on the international Indicators of Integration. A case has 0–4 domains.
 */
export const DOMAINS = vocabulary([
  { id: 'de-basis', label: 'De basis', cluster: 'De basis' },
  { id: 'huisvesting', label: 'Huisvesting', cluster: 'IJkpunten en middelen' },
  { id: 'zorg-en-welzijn', label: 'Zorg en welzijn', cluster: 'IJkpunten en middelen' },
  { id: 'werk-en-inkomen', label: 'Werk en inkomen', cluster: 'IJkpunten en middelen' },
  { id: 'onderwijs', label: 'Onderwijs', cluster: 'IJkpunten en middelen' },
  { id: 'vrije-tijd', label: 'Vrije tijd', cluster: 'IJkpunten en middelen' },
  { id: 'veiligheid-en-stabiliteit', label: 'Veiligheid en stabiliteit', cluster: 'Ondersteuners' },
  { id: 'taal-en-communicatie', label: 'Taal en communicatie', cluster: 'Ondersteuners' },
  { id: 'digitale-vaardigheden', label: 'Digitale vaardigheden', cluster: 'Ondersteuners' },
  {
    id: 'cultuur-en-interculturele-vaardigheden',
    label: 'Cultuur en interculturele vaardigheden',
    cluster: 'Ondersteuners',
  },
  { id: 'banden', label: 'Banden', cluster: 'Sociale verbindingen' },
  { id: 'connecties', label: 'Connecties', cluster: 'Sociale verbindingen' },
  { id: 'bruggen', label: 'Bruggen', cluster: 'Sociale verbindingen' },
]);

/** What kind of thing the case is. Exactly one per case. */
export const INSTRUMENTS = vocabulary([
  { id: 'beleidskader', label: 'Beleidskader of visie' },
  { id: 'actieprogramma', label: 'Actieprogramma of uitvoeringsagenda' },
  { id: 'regelgeving', label: 'Regelgeving' },
  { id: 'campagne-of-evenement', label: 'Campagne of evenement' },
  { id: 'dialoogvorm', label: 'Dialoogvorm' },
  { id: 'onderzoek-of-data', label: 'Onderzoek of data' },
  { id: 'samenwerking-of-loket', label: 'Samenwerking of loket' },
  { id: 'subsidie', label: 'Subsidie' },
  { id: 'bestuurlijk-interview', label: 'Bestuurlijk interview' },
]);

export type ThemeId = (typeof THEMES)[number]['id'];
export type DomainId = (typeof DOMAINS)[number]['id'];
export type InstrumentId = (typeof INSTRUMENTS)[number]['id'];

export const THEME_IDS = THEMES.map((t) => t.id) as [ThemeId, ...ThemeId[]];
export const DOMAIN_IDS = DOMAINS.map((d) => d.id) as [DomainId, ...DomainId[]];
export const INSTRUMENT_IDS = INSTRUMENTS.map((i) => i.id) as [InstrumentId, ...InstrumentId[]];

export function labelOf(list: readonly { id: string; label: string }[], id: string): string {
  const item = list.find((x) => x.id === id);
  if (!item) throw new Error(`Unknown id "${id}". Known ids: ${list.map((x) => x.id).join(', ')}`);
  return item.label;
}

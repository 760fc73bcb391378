/**
 * Synthetic search corpora for the benchmarks: n cases generated from the real ones, deterministic
 * for a given n, so every run measures the same data.
 */
import type { SearchDoc } from '../../src/lib/search/search-index';
import { normalizeText } from '../../src/lib/site/text';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';

/** Deterministic PRNG (mulberry32), so every run benchmarks the same corpora. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n synthetic cases from the real ones: another gemeente, a year and type drawn at random, a body
 * stitched from sentences of two real cases, and a few new compound words per case so the vocabulary
 * keeps growing with the corpus as real text does (Heaps' law), not just the document count.
 */
export function synthesize(real: readonly SearchDoc[], gemeenteNames: readonly string[], n: number): SearchDoc[] {
  const random = rng(n);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const sentences = real.map((d) => d.body.split(/(?<=\.)\s+/));
  const words = [...new Set(real.flatMap((d) => d.body.split(/[^a-z0-9]+/)).filter((w) => w.length >= 5))];
  const types = WRR_TYPE_IDS;
  return Array.from({ length: n }, (_, i) => {
    const a = real[i % real.length]!;
    const b = pick(sentences);
    const own = sentences[i % real.length]!;
    const body = [...own.slice(0, Math.ceil(own.length / 2)), ...b.slice(Math.floor(b.length / 2))];
    const compounds = Array.from({ length: 8 }, () => `${pick(words)}${pick(words)}`).join(' ');
    return {
      ...a,
      slug: `${a.slug}-${i}`,
      title: `${a.title} ${pick(words)}`,
      gemeenten: normalizeText(pick(gemeenteNames)),
      body: `${body.join(' ')} ${compounds}`,
      types: [pick(types)],
      year: 2010 + Math.floor(random() * 16),
    };
  });
}

/** One synthetic case file for content/: a realistic but invented practice (see syntheticCaseFiles). */
interface SyntheticSpec {
  code: string;
  place: string;
  title: string;
  themes: string[];
  domains: string[];
  instrument: string;
  year?: number;
  summary: string;
  body: string[];
  lessons: string[];
}

// Invented practices in realistic Dutch, on the subjects real cases have (labour migrants, an azc, a Koningsdag
// event, discrimination, expats, the border), so that tests meet them where real new cases would turn up.
// Every text is written for this file: it copies no source, so the own-words check has nothing to find.
const SPECS: SyntheticSpec[] = [
  {
    code: 'GM1783',
    place: 'Westland',
    title: 'Westland spreekt met tuinders af hoe arbeidsmigranten bij de kassen wonen',
    themes: ['arbeidsmigratie-en-huisvesting'],
    domains: ['huisvesting', 'werk-en-inkomen'],
    instrument: 'regelgeving',
    year: 2019,
    summary:
      'Een verzonnen voorbeeld: de gemeente legt met tuinbouwbedrijven vast hoeveel arbeidsmigranten op een bedrijfsterrein mogen wonen en hoe de gemeente dat controleert.',
    body: [
      'Veel seizoenskrachten in de glastuinbouw wonen dicht bij hun werk. De gemeente spreekt daarom met de ondernemers een vaste norm af voor het aantal bewoners per woonunit.',
      'Een medewerker van de gemeente bezoekt de locaties twee keer per jaar en bespreekt verbeterpunten met de werkgever. Omwonenden kunnen klachten melden bij één loket.',
    ],
    lessons: [
      'Leg afspraken over wonen op het bedrijf schriftelijk vast, met een vaste norm per woonunit.',
      'Geef omwonenden één plek om klachten te melden en koppel de uitkomst terug.',
    ],
  },
  {
    code: 'GM0307',
    place: 'Amersfoort',
    title: 'Amersfoort oefent met statushouders de taal in de bibliotheek',
    themes: ['inburgering-en-taal', 'opvang-en-statushouders'],
    domains: ['taal-en-communicatie'],
    instrument: 'samenwerking-of-loket',
    year: 2018,
    summary:
      'Een verzonnen voorbeeld: vrijwilligers van de bibliotheek voeren wekelijks gesprekken met nieuwkomers, naast de formele lessen van de inburgering.',
    body: [
      'Nieuwkomers leren de taal sneller als ze hem buiten de les gebruiken. De bibliotheek organiseert daarom elke week een taalcafé waar statushouders en vrijwilligers over alledaagse onderwerpen praten.',
      'De gemeente betaalt de coördinatie en verwijst deelnemers door vanuit het inburgeringstraject.',
    ],
    lessons: [
      'Laat oefenen buiten de les aansluiten op wat deelnemers in de les leren.',
      'Werk met een vaste coördinator zodat vrijwilligers weten bij wie ze terechtkunnen.',
    ],
  },
  {
    code: 'GM0297',
    place: 'Zaltbommel',
    title: 'Zaltbommel nodigt nieuwe inwoners uit voor een buurtontbijt op Koningsdag',
    themes: ['dialoog-en-ontmoeting'],
    domains: ['banden', 'vrije-tijd'],
    instrument: 'campagne-of-evenement',
    year: 2019,
    summary:
      'Een verzonnen voorbeeld: buurtverenigingen nodigen op Koningsdag nieuwe inwoners uit voor een ontbijt, zodat zij hun buren leren kennen.',
    body: [
      'Wie net in een dorp komt wonen, kent vaak nog niemand. De buurtverenigingen zetten daarom op Koningsdag lange tafels in de straat en sturen nieuwe inwoners vooraf een persoonlijke uitnodiging.',
      'De gemeente betaalt de uitnodigingen en helpt met de vergunning voor het afsluiten van de straat.',
    ],
    lessons: [
      'Nodig nieuwe inwoners persoonlijk uit; een algemene oproep bereikt hen zelden.',
      'Sluit aan bij een feest dat de buurt al viert in plaats van een nieuw evenement te bedenken.',
    ],
  },
  {
    code: 'GM0281',
    place: 'Tiel',
    title: 'Tiel laat jongeren een les over discriminatie geven op de eigen school',
    themes: ['gelijke-behandeling-en-antidiscriminatie', 'onderwijs-en-jongeren'],
    domains: ['onderwijs'],
    instrument: 'subsidie',
    year: 2017,
    summary:
      'Een verzonnen voorbeeld: leerlingen van het voortgezet onderwijs bereiden samen met een trainer een les over uitsluiting voor en geven die aan jongere klassen.',
    body: [
      'Jongeren nemen uitleg van leeftijdgenoten eerder aan dan van volwassenen. Met een kleine subsidie van de gemeente trainen twee scholen elk jaar een groep leerlingen die daarna zelf een les verzorgt.',
      'In de les delen leerlingen eigen ervaringen met uitsluiting en bespreken ze waar je een melding kunt doen.',
    ],
    lessons: [
      'Geef leerlingen de regie over de les en zorg voor een trainer als vangnet.',
      'Vertel in elke les waar een melding van discriminatie terechtkan.',
    ],
  },
  {
    code: 'GM0796',
    place: "'s-Hertogenbosch",
    title: "'s-Hertogenbosch richt een klankbordgroep in rond de komst van een azc",
    themes: ['opvang-en-statushouders', 'dialoog-en-ontmoeting'],
    domains: ['veiligheid-en-stabiliteit'],
    instrument: 'dialoogvorm',
    year: 2016,
    summary:
      'Een verzonnen voorbeeld: omwonenden, de opvangorganisatie en de gemeente bespreken maandelijks wat de nieuwe opvanglocatie voor de wijk betekent.',
    body: [
      'Bij de komst van een azc hebben omwonenden vragen over veiligheid, verkeer en contact met de bewoners. De gemeente vraagt daarom tien buurtbewoners om zitting te nemen in een klankbordgroep.',
      'De groep komt elke maand bijeen met de locatiemanager en een wijkagent. Afspraken en antwoorden staan daarna op de website van de gemeente.',
    ],
    lessons: [
      'Begin de klankbordgroep voordat de opvanglocatie opengaat, niet pas bij de eerste klacht.',
      'Maak afspraken en antwoorden openbaar, zodat ook wie niet meepraat weet wat er speelt.',
    ],
  },
  {
    code: 'GM0362',
    place: 'Amstelveen',
    title: 'Amstelveen opent een inloopspreekuur voor expats over zorg en school',
    themes: ['internationals-en-expats'],
    domains: ['zorg-en-welzijn', 'onderwijs'],
    instrument: 'samenwerking-of-loket',
    summary:
      'Een verzonnen voorbeeld: internationale werknemers en hun gezinnen kunnen wekelijks in het Engels vragen stellen over de huisarts, de school en de gemeente.',
    body: [
      'Gezinnen die voor een paar jaar naar Nederland komen, weten vaak niet hoe de zorg en het onderwijs hier werken. Een wekelijks spreekuur in het gemeentehuis helpt hen op weg.',
      'Vrijwilligers die zelf ooit als expat kwamen, ontvangen de bezoekers en verwijzen door naar de juiste instantie.',
    ],
    lessons: [
      'Zet mensen met eigen ervaring als nieuwkomer in bij de ontvangst.',
      'Houd bij welke vragen het vaakst terugkomen en pas de informatie op de website daarop aan.',
    ],
  },
  {
    code: 'GM0928',
    place: 'Kerkrade',
    title: 'Kerkrade start met een Duitse buurgemeente een gezamenlijke jongerenraad',
    themes: ['grensoverschrijdend', 'onderwijs-en-jongeren'],
    domains: ['connecties'],
    instrument: 'samenwerking-of-loket',
    year: 2018,
    summary:
      'Een verzonnen voorbeeld: jongeren van beide kanten van de grens adviseren de twee gemeenten over sport, vervoer en uitgaan in het grensgebied.',
    body: [
      'Voor jongeren in een grensstad houdt het dagelijks leven niet op bij de grens. Daarom stellen Kerkrade en een Duitse buurgemeente samen een jongerenraad in met leden uit beide landen.',
      'De raad vergadert afwisselend aan beide kanten en brengt elk jaar een advies uit aan de twee colleges.',
    ],
    lessons: [
      'Laat een grensoverschrijdende raad afwisselend aan beide kanten vergaderen.',
      'Vraag de colleges vooraf toe te zeggen dat zij schriftelijk op elk advies reageren.',
    ],
  },
  {
    code: 'GM0014',
    place: 'Groningen',
    title: 'Groningen volgt met een wijkmonitor hoe nieuwkomers hun weg vinden',
    themes: ['data-en-monitoring'],
    domains: ['de-basis'],
    instrument: 'onderzoek-of-data',
    year: 2020,
    summary:
      'Een verzonnen voorbeeld: de gemeente combineert jaarlijks gegevens over werk, taal en gezondheid per wijk om te zien waar extra steun nodig is.',
    body: [
      'Beleid voor nieuwkomers richt zich vaak op de hele stad, terwijl de verschillen tussen wijken groot zijn. De gemeente maakt daarom een jaarlijkse monitor per wijk.',
      'Wijkteams bespreken de uitkomsten met bewoners en organisaties en kiezen samen waar ze het komende jaar op inzetten.',
    ],
    lessons: [
      'Maak cijfers per wijk zichtbaar en bespreek ze met de mensen die er werken.',
      'Kies per wijk een of twee punten om op te verbeteren in plaats van alles tegelijk.',
    ],
  },
  {
    code: 'GM1900',
    place: 'Súdwest-Fryslân',
    title: 'Súdwest-Fryslân steunt een dorpsvereniging die een regenboogweek organiseert',
    themes: ['emancipatie-en-lhbti', 'burgerschap-en-lokale-identiteit'],
    domains: ['cultuur-en-interculturele-vaardigheden'],
    instrument: 'subsidie',
    year: 2019,
    summary:
      'Een verzonnen voorbeeld: een dorpsvereniging organiseert met steun van de gemeente een week met films, gesprekken en een sportdag over acceptatie.',
    body: [
      'In kleine dorpen is het niet vanzelfsprekend om open te zijn over je geaardheid. Een dorpsvereniging wil daar verandering in brengen en vraagt de gemeente om een bijdrage voor een themaweek.',
      'De sportclub, de school en de kerk doen mee, zodat de week het hele dorp bereikt en niet alleen wie al betrokken is.',
    ],
    lessons: [
      'Steun een initiatief uit het dorp zelf in plaats van een eigen campagne te beginnen.',
      'Betrek verenigingen die veel inwoners bereiken, zoals de sportclub en de school.',
    ],
  },
  {
    code: 'GM0935',
    place: 'Maastricht',
    title: 'Maastricht koppelt statushouders aan een maatje uit de buurt',
    themes: ['opvang-en-statushouders', 'samenwerking-en-sociale-basis'],
    domains: ['banden', 'de-basis'],
    instrument: 'samenwerking-of-loket',
    year: 2017,
    summary:
      'Een verzonnen voorbeeld: een welzijnsorganisatie brengt nieuwe bewoners met een verblijfsvergunning in contact met een buurtbewoner die het eerste jaar meeloopt.',
    body: [
      'Het eerste jaar in een nieuwe woning is voor statushouders vol praktische vragen. Een maatje uit de buurt helpt met post, afval, de huisarts en de weg naar de sportclub.',
      'De welzijnsorganisatie werft en begeleidt de maatjes; de gemeente verwijst nieuwe bewoners door zodra zij een woning krijgen.',
    ],
    lessons: [
      'Koppel een maatje zodra de woning bekend is, niet pas na de eerste problemen.',
      'Geef maatjes een vaste contactpersoon bij de welzijnsorganisatie.',
    ],
  },
];

/** File names of the synthetic cases: sorted after the real ones and recognisable as synthetic. */
export const SYNTHETIC_FILE = /^zz-synthetic-\d{2}\.md$/;

/**
 * n (≤ 10) synthetic case files for content/praktijkvoorbeelden: valid against the real schema, citing the
 * VNG portfolio (seed 001, no links), each with a realistic subject and freshly written text. Used by
 * `npm run check:synthetic` to show that adding cases breaks no test that is not about the content.
 */
export function syntheticCaseFiles(
  n = SPECS.length,
  today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }),
): { name: string; text: string }[] {
  if (n > SPECS.length) throw new Error(`at most ${SPECS.length} synthetic cases`);
  const q = (s: string) => JSON.stringify(s);
  return SPECS.slice(0, n).map((s, i) => {
    const front = [
      `title: ${q(s.title)}`,
      'gemeenten:',
      `  - code: ${s.code}`,
      `themes: [${s.themes.join(', ')}]`,
      `domains: [${s.domains.join(', ')}]`,
      `instrument: ${s.instrument}`,
      ...(s.year ? [`year: ${s.year}`] : []),
      `summary: ${q(s.summary)}`,
      'lessons:',
      ...s.lessons.map((l) => `  - ${q(l)}`),
      'sources:',
      '  - id: 001_68f2031519a2468a',
      `    section: ${q(`Synthetisch testvoorbeeld – ${s.place}`)}`,
      // Half added today, so that "newest added first" lists (feed, RSS) meet them at the top.
      `added: ${i % 2 === 0 ? today : `2025-${String(1 + i).padStart(2, '0')}-15`}`,
    ];
    return {
      name: `zz-synthetic-${String(i + 1).padStart(2, '0')}.md`,
      text: `---\n${front.join('\n')}\n---\n\n${s.body.join('\n\n')}\n`,
    };
  });
}

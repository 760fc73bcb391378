/**
 * The published validation: /data/typologie-validatie.json and the figures on /methode/.
 * Pure: assembles the results of src/lib/typology/validation.ts and the stability check into one record,
 * with the method described in plain Dutch next to every figure.
 */
import type { GemeenteRecord } from '../data/gemeente-record';
import { CERTAIN_FROM, DEFINITION_SPREAD, DRAWS, LIKELY_FROM, SEED, SPREAD, type Certainty } from './stability';
import { GRID, type Agreement, type CentroidValidation, type RuleValidation } from './validation';
import { getWrrType, WRR_TYPE_IDS, type WrrTypeId } from './wrr-types';

export interface TypeValidationRow {
  type: WrrTypeId;
  name: string;
  /** Named examples of this type. */
  examples: number;
  inSample: Agreement;
  /** null when the leave-one-out step was skipped. */
  outOfSample: Agreement | null;
  centroidOutOfSample: Agreement;
  /** Gemeenten the rules give this type, and how many of them the centroid method gives it too. */
  centroidWithRules: Agreement;
  /** Gemeenten shown with this type, per certainty level. */
  certainty: Record<Certainty, number>;
}

export interface TypologyValidation {
  data: string;
  examples: number;
  methods: { inSample: string; outOfSample: string; centroid: string; stability: string };
  inSample: Agreement;
  outOfSample: Agreement | null;
  centroidOutOfSample: Agreement;
  centroidWithRules: Agreement;
  centroidWithRulesDerivedOnly: Agreement;
  perType: TypeValidationRow[];
  stability: {
    draws: number;
    seed: number;
    spread: number;
    definitionSpread: number;
    certainFrom: number;
    likelyFrom: number;
    counts: Record<Certainty, number>;
    /** Derived gemeenten that fit no type well (always onzeker). */
    noFit: number;
  };
  /** Per named example: the named type(s) and what each method predicts for it. */
  heldOut: {
    code: string;
    name: string;
    namedTypes: WrrTypeId[];
    inSample: WrrTypeId | null;
    outOfSample: WrrTypeId | null;
    centroid: WrrTypeId | null;
  }[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export const METHODS = {
  inSample:
    'Binnen de steekproef: het aandeel van de door de bron genoemde voorbeeldgemeenten waarvoor de regels met de gepubliceerde drempels hetzelfde type geven. De drempels zijn met deze voorbeelden gecontroleerd, dus dit cijfer is te gunstig.',
  outOfSample: `Buiten de steekproef (leave-one-out): elke voorbeeldgemeente wordt om de beurt weggelaten; de drempels worden op de andere voorbeelden opnieuw gekozen (per drempel, de andere vast, kiezen we uit ${GRID.map((g) => `${String(g).replace('.', ',')}`).join(', ')} keer de gepubliceerde waarde de waarden die de meeste voorbeelden goed geven, en daarvan de middelste, zodat een gelijkspel niet vanzelf de gepubliceerde waarde oplevert; zo drempel voor drempel, hooguit drie rondes), en dan wordt het weggelaten voorbeeld ingedeeld. De volgorde van de regels en de keuze welke cijfers een regel gebruikt, liggen vast: die zijn met de hand gekozen en kunnen niet opnieuw worden geschat.`,
  centroid:
    'Tweede, onafhankelijke methode: dichtstbijzijnd zwaartepunt. Elke gemeente is een rij van 20 cijfers (de wortel van het aandeel van elk van de 18 herkomstgroepen, het logaritme van het aantal inwoners, en of zij aan een van de drie grootste gemeenten grenst), elk gestandaardiseerd over alle gemeenten. Per type het gemiddelde van de voorbeeldgemeenten; een gemeente krijgt het type met het dichtstbijzijnde gemiddelde. Getoetst met leave-one-out op de voorbeelden, en vergeleken met de regels over alle gemeenten.',
  stability: `Zekerheid: ${DRAWS} keer trekken we alle drempels opnieuw, elk los van de andere binnen een vaste marge (van de drempel gedeeld door ${String(SPREAD).replace('.', ',')} tot de drempel maal ${String(SPREAD).replace('.', ',')}; voor de 50%-grens van ‘meerderheid’, een definitie, ${String(DEFINITION_SPREAD).replace('.', ',')}), ook de grenslengte en de afstand over water voor buurgemeenten, met een vaste startwaarde (${SEED}). Stabiliteit is het aandeel trekkingen dat het getoonde type oplevert. Zeker: vanaf ${pct(CERTAIN_FROM)}; waarschijnlijk: vanaf ${pct(LIKELY_FROM)}; anders onzeker. Een gemeente die bij geen type goed past, is altijd onzeker.`,
} as const;

export function buildValidationReport(input: {
  inSample: RuleValidation;
  leaveOneOut: RuleValidation | null;
  centroid: CentroidValidation;
  records: readonly GemeenteRecord[];
}): TypologyValidation {
  const { inSample, leaveOneOut, centroid, records } = input;
  const levels = (list: readonly GemeenteRecord[]): Record<Certainty, number> => ({
    zeker: list.filter((r) => r.certainty === 'zeker').length,
    waarschijnlijk: list.filter((r) => r.certainty === 'waarschijnlijk').length,
    onzeker: list.filter((r) => r.certainty === 'onzeker').length,
  });
  return {
    data: 'CBS StatLine 84910NED (1 januari 2022), gemeentegrenzen CBS/Kadaster 2025; voorbeelden uit het VNG-portfolio De Nieuwe Verscheidenheid.',
    examples: inSample.overall.total,
    methods: METHODS,
    inSample: inSample.overall,
    outOfSample: leaveOneOut?.overall ?? null,
    centroidOutOfSample: centroid.leaveOneOut.overall,
    centroidWithRules: centroid.withRules.overall,
    centroidWithRulesDerivedOnly: centroid.withRulesDerivedOnly,
    perType: WRR_TYPE_IDS.map((type, i) => {
      const pick = ({ agree, total, share }: Agreement) => ({ agree, total, share });
      return {
        type,
        name: getWrrType(type).name,
        examples: inSample.perType[i]!.total,
        inSample: pick(inSample.perType[i]!),
        outOfSample: leaveOneOut ? pick(leaveOneOut.perType[i]!) : null,
        centroidOutOfSample: pick(centroid.leaveOneOut.perType[i]!),
        centroidWithRules: pick(centroid.withRules.perType[i]!),
        certainty: levels(records.filter((r) => r.type === type)),
      };
    }),
    stability: {
      draws: DRAWS,
      seed: SEED,
      spread: SPREAD,
      definitionSpread: DEFINITION_SPREAD,
      certainFrom: CERTAIN_FROM,
      likelyFrom: LIKELY_FROM,
      counts: levels(records),
      noFit: records.filter((r) => r.fit === 'none' && r.typeProvenance === 'derived').length,
    },
    heldOut: inSample.predicted.map((p, i) => ({
      code: p.code,
      name: p.name,
      namedTypes: p.namedTypes,
      inSample: p.predicted,
      outOfSample: leaveOneOut?.predicted[i]?.predicted ?? null,
      centroid: centroid.leaveOneOut.predicted[i]!.predicted,
    })),
  };
}

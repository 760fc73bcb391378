/**
 * The sentence shown for a gemeente whose type is derived: what the figures show, and nothing a
 * rule does not test. No horticulture (the rule sees a Polish background, not greenhouses), no
 * knowledge migrants (the rule sees a mix of origins, including the CBS rest group), and "close to
 * the national average" only when the average rule tested it. The WRR's own description of each
 * type stays on the type page, attributed (WRR_DESCRIPTION_INTRO).
 */
import type { Measures } from './measures';
import { ruleById, type RuleId } from './rule-table';
import { formatDecimal, formatInteger, formatShare } from '../site/format';

export const WRR_DESCRIPTION_INTRO = 'Zo beschrijft de WRR dit type';

const CLASSIC_NAME: Record<Measures['topClassicGroup'], string> = {
  turkish: 'Turkse',
  moroccan: 'Marokkaanse',
  surinamese: 'Surinaamse',
  dutchCaribbean: 'Antilliaanse of Arubaanse',
};

/** The homogeneous rule's bound on the migration background, read from the rule table. */
const HOMOGEEN_MIGRATION = ruleById('homogeen-nederlandse-achtergrond').conditions.find(
  (c) => c.measure === 'migrationShare',
)!.threshold;

/** One or two sentences in plain Dutch, with the figures that decided the derived type. */
export function typeSentence(rule: RuleId, m: Measures, nationalMigrationShare: number): string {
  const mig = formatShare(m.migrationShare);
  switch (rule) {
    case 'grote-stad-meerderheid-migratieachtergrond':
      return `Grote stad (${formatInteger(m.population)} inwoners) waar de meerderheid een migratieachtergrond heeft: ${mig}.`;
    case 'homogeen-nederlandse-achtergrond':
      return `Ruim ${formatShare(1 - HOMOGEEN_MIGRATION, 0)} van de inwoners heeft een Nederlandse achtergrond; ${mig} heeft een migratieachtergrond.`;
    case 'grens-duitse-belgische-achtergrond':
      return `Relatief veel inwoners met een Duitse of Belgische achtergrond: ${formatShare(m.germanBelgianShare)} van alle inwoners, ${formatShare(m.germanBelgianOfMigration, 0)} van de inwoners met een migratieachtergrond.`;
    case 'tuinbouw-poolse-achtergrond':
      return `Relatief veel inwoners met een Poolse achtergrond: ${formatShare(m.polishShare)} van alle inwoners, ${formatShare(m.polishOfMigration, 0)} van de inwoners met een migratieachtergrond.`;
    case 'grootstedelijk-grote-provinciestad':
      return `Grote gemeente (${formatInteger(m.population)} inwoners), geen buurgemeente van de drie grootste steden; ${mig} heeft een migratieachtergrond.`;
    case 'expat-brede-herkomstmix':
      return `Een brede mix van herkomsten: van de inwoners met een migratieachtergrond heeft ${formatShare(m.expatOfMigration, 0)} een Britse, Indiase, Chinese, Italiaanse, Spaanse of andere, niet apart getelde achtergrond, en ${formatShare(m.classicOfMigration, 0)} een Turkse, Marokkaanse, Surinaamse of Antilliaanse.`;
    case 'voorstad-buurgemeente-grote-drie':
      return `Buurgemeente van een van de drie grootste steden, waar ${mig} van de inwoners een migratieachtergrond heeft.`;
    case 'specifiek-een-klassieke-groep':
      return `Eén groep springt eruit: inwoners met een ${CLASSIC_NAME[m.topClassicGroup]} achtergrond, ${formatShare(m.topClassicShare)} van alle inwoners; onder de inwoners met een migratieachtergrond ${formatDecimal(m.topClassicRatio, 1)} keer zo vaak als landelijk.`;
    case 'gemiddeld-dicht-bij-landelijk':
      return `De samenstelling naar herkomst ligt dicht bij het landelijk gemiddelde: ${mig} heeft een migratieachtergrond (landelijk ${formatShare(nationalMigrationShare)}), verdeeld over de herkomstgroepen zoals in heel Nederland.`;
    case 'geen-type-past-goed':
      return `Past bij geen type goed: ${mig} heeft een migratieachtergrond (landelijk ${formatShare(nationalMigrationShare)}) en geen van de regels past. De atlas telt de gemeente mee in de restgroep van de WRR-typen.`;
  }
}

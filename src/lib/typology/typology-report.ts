/**
 * Agreement between the derived types and the types the source names, and a plain-Dutch reason
 * for every disagreement, built from the figures. Pure: used by scripts/prepare-data.ts (which
 * writes the result for the /methode/ page and docs/typology-disagreements.md) and by tests.
 */
import { checkRules, perType } from './engine';
import { computeMeasures, MEASURE_UNIT, type ClassifierInput } from './measures';
import { formatThreshold, formatValue, MEASURE_LABEL, ruleLabel } from './rule-wording';
import type { Disagreement, GemeenteRecord, GemeenteRef, NamedExample, TypologyStats } from '../data/gemeente-record';
import type { GroupValues } from '../data/migration-groups';
import { getWrrType, type WrrTypeId } from './wrr-types';
import { routes } from '../site/routes';

export function classifierInputOf(r: GemeenteRecord, nationalShares: GroupValues): ClassifierInput {
  return {
    population: r.population,
    shares: r.shares,
    nationalShares,
    bordersBig3: r.bordersBig3,
    distanceToBig3Km: r.distanceToBig3Km,
  };
}

const typeName = (t: WrrTypeId) => getWrrType(t).name.toLowerCase();

function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * Why the derived type differs from the named type(s): mergers, conflicting mentions, and for each
 * named type which condition of its rule fails (or which earlier rule takes precedence).
 */
export function explainDisagreement(
  r: GemeenteRecord,
  namedTypes: readonly WrrTypeId[],
  nationalShares: GroupValues,
): string {
  const parts: string[] = [];
  const historical = [
    ...new Set(
      r.namedTypes
        .filter((n) => namedTypes.includes(n.type))
        .flatMap((n) => (n.historicalName ? [n.historicalName] : [])),
    ),
  ];
  if (historical.length > 0) {
    const others = r.predecessors2017.map((p) => p.name);
    parts.push(
      `De bron noemde ${listNl(historical)}, ${historical.length > 1 ? 'gemeenten' : 'een gemeente'} van vóór de herindeling; ${r.name} is gevormd uit ${listNl(others)}. De cijfers van 2022 gelden voor de hele nieuwe gemeente.`,
    );
  }
  if (namedTypes.length > 1) {
    parts.push(
      `De bron noemt (delen van) ${r.name} bij ${namedTypes.length} typen (${listNl(namedTypes.map(typeName))}); één afgeleid type kan niet met alle overeenkomen.`,
    );
  }
  const checks = checkRules(computeMeasures(classifierInputOf(r, nationalShares)));
  const deciding = checks.find((c) => c.rule.id === r.rule)!;
  parts.push(`Afgeleid type: ${typeName(r.derivedType)}. ${r.ruleText}`);
  for (const t of namedTypes) {
    const check = checks.find((c) => c.rule.type === t)!;
    if (check.rule.conditions.length === 0) {
      parts.push(`Het genoemde type ${typeName(t)} krijgt een gemeente alleen als geen van de andere regels past.`);
      continue;
    }
    if (check.holds) {
      parts.push(
        `Ook de regel voor ${typeName(t)} (‘${ruleLabel(check.rule)}’) klopt, maar de regel ‘${ruleLabel(deciding.rule)}’ gaat in de volgorde voor.`,
      );
      continue;
    }
    const failing = check.conditions
      .filter((c) => !c.holds)
      .map((c) => {
        const label = MEASURE_LABEL[c.condition.measure];
        if (c.condition.op === 'is')
          return `${label}: ${c.value ? 'ja' : 'nee'} (nodig: ${formatThreshold(c.condition)})`;
        return `${label} ${formatValue(c.value, MEASURE_UNIT[c.condition.measure])} (nodig: ${formatThreshold(c.condition)})`;
      });
    parts.push(
      `Voor het genoemde type ${typeName(t)} (regel ‘${ruleLabel(check.rule)}’) ontbreekt: ${failing.join('; ')}.`,
    );
  }
  return parts.join(' ');
}

function share(agree: number, total: number) {
  return { agree, total, share: total > 0 ? agree / total : 0 };
}

export function buildTypologyStats(
  records: readonly GemeenteRecord[],
  nationalShares: GroupValues,
  nationalPopulation: number,
  big3: readonly GemeenteRef[],
): TypologyStats {
  const disagreements: Disagreement[] = [];
  const casusDisagreements: Disagreement[] = [];
  const examples: NamedExample[] = [];
  let agree = 0;
  let total = 0;
  let casusAgree = 0;
  let casusTotal = 0;
  for (const r of records) {
    const voorbeeld = [...new Set(r.namedTypes.filter((n) => n.kind === 'voorbeeld').map((n) => n.type))];
    const casus = [...new Set(r.namedTypes.filter((n) => n.kind === 'casus').map((n) => n.type))];
    const toDisagreement = (types: WrrTypeId[]): Disagreement => ({
      code: r.code,
      name: r.name,
      slug: r.slug,
      namedTypes: types,
      namedAs: [
        ...new Set(
          r.namedTypes
            .filter((n) => types.includes(n.type))
            .flatMap((n) => (n.historicalName ? [n.historicalName] : [])),
        ),
      ],
      derivedType: r.derivedType,
      rule: r.rule,
      reason: explainDisagreement(r, types, nationalShares),
    });
    if (voorbeeld.length > 0) {
      total++;
      const ok = voorbeeld.includes(r.derivedType);
      if (ok) agree++;
      else disagreements.push(toDisagreement(voorbeeld));
      for (const n of r.namedTypes.filter((x) => x.kind === 'voorbeeld')) {
        examples.push({
          code: r.code,
          name: r.name,
          slug: r.slug,
          type: n.type,
          ...(n.historicalName ? { historicalName: n.historicalName } : {}),
          where: n.where,
          derivedType: r.derivedType,
          agrees: n.type === r.derivedType,
        });
      }
    } else if (casus.length > 0) {
      casusTotal++;
      if (casus.includes(r.derivedType)) casusAgree++;
      else casusDisagreements.push(toDisagreement(casus));
    }
  }
  return {
    agreement: share(agree, total),
    casusOnly: share(casusAgree, casusTotal),
    derivedPerType: perType((t) => records.filter((r) => r.derivedType === t).length),
    shownPerType: perType((t) => records.filter((r) => r.type === t).length),
    namedCount: records.filter((r) => r.typeProvenance === 'named').length,
    tightCount: records.filter((r) => r.confidence === 'krap').length,
    certaintyCount: {
      zeker: records.filter((r) => r.certainty === 'zeker').length,
      waarschijnlijk: records.filter((r) => r.certainty === 'waarschijnlijk').length,
      onzeker: records.filter((r) => r.certainty === 'onzeker').length,
    },
    noFitCount: records.filter((r) => r.fit === 'none').length,
    disagreements,
    casusDisagreements,
    examples,
    big3: [...big3],
    nationalShares,
    nationalPopulation,
  };
}

const pct = (x: number) => `${(x * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;

/** docs/typology-disagreements.md: regenerated by `npm run prepare:data`. */
export function disagreementsMarkdown(stats: TypologyStats): string {
  const lines = [
    '# Typology: where the derived type differs from the source',
    '',
    '<!-- Generated by `npm run prepare:data` from ../shared/data and content/; do not edit. -->',
    '',
    "The atlas derives every gemeente's WRR type from CBS figures of 1 January 2022 with the rules in",
    '`src/lib/typology/classify.ts` (see `docs/adr/0003-derived-typology.md` and `docs/adr/0009-validation-and-stability.md`). The source (seed 001, the VNG portfolio,',
    'after the WRR study of 2018) named example gemeenten per type on figures of about 2016/2017. The site',
    'shows the named type for those gemeenten and the derived type beside it; this file lists every',
    'named gemeente where the two differ, with the reason computed from the figures (reasons in Dutch, as',
    'on the /methode/ page).',
    '',
    `Agreement (named as example): **${stats.agreement.agree}/${stats.agreement.total} = ${pct(stats.agreement.share)}** in sample;`,
    `out-of-sample figures (leave-one-out, nearest centroid) are in \`${routes.dataFile('typologie-validatie.json')}\`.`,
    `Gemeenten named only through a practice case under a type section: ${stats.casusOnly.agree}/${stats.casusOnly.total} = ${pct(stats.casusOnly.share)}.`,
    '',
    '## Named as example (voorbeeld)',
    '',
  ];
  const item = (d: Disagreement) =>
    `- **${d.name}** (${d.code}${d.namedAs.length ? `; named as ${d.namedAs.join(', ')}` : ''}): named ${d.namedTypes.join(' / ')}, derived ${d.derivedType} (rule \`${d.rule}\`).  \n  ${d.reason}`;
  lines.push(...(stats.disagreements.length ? stats.disagreements.map(item) : ['None.']));
  lines.push('', '## Named only through a practice case (casus)', '');
  lines.push(...(stats.casusDisagreements.length ? stats.casusDisagreements.map(item) : ['None.']));
  lines.push(
    '',
    '## General limits',
    '',
    "- The figures are of 1 January 2022; the source's examples rest on 2016/2017 figures. The composition has",
    '  changed since (e.g. more residents with a Polish or Syrian background). The WRR itself calls its typology a',
    '  snapshot.',
    '- Merged gemeenten: the source names a pre-merger gemeente; the 2022 figures describe the whole new gemeente.',
    '- Migration background (CBS *migratieachtergrond*) says where someone or their parents were born, not who',
    '  they are.',
    '',
  );
  return lines.join('\n');
}

/**
 * Prepare the gemeente data: validate ../shared/data and content/, join the 2022 figures onto the
 * 2025 division, derive every gemeente's WRR type and write typed, git-ignored modules.
 * Run: npm run prepare:data (part of npm run data). Exits 1 with a list of readable problems.
 *
 * Writes:
 * - src/generated/gemeenten.ts       GEMEENTEN: GemeenteRecord[] (342 records)
 * - src/generated/typology-stats.ts  TYPOLOGY_STATS: agreement with the named set, disagreements
 * - src/generated/typology-validation.ts  TYPOLOGY_VALIDATION: in- and out-of-sample agreement, stability
 * - docs/typology-disagreements.md   the same disagreements for readers of the repository
 */
import { buildDataset, writeGeneratedModules } from './lib/dataset';
import { WRR_TYPE_IDS } from '../src/lib/typology/wrr-types';

const started = performance.now();
const result = buildDataset();
if (!result.ok) {
  console.error(`prepare-data failed: ${result.problems.length} problem(s)\n`);
  for (const p of result.problems) console.error(`- ${p}`);
  process.exit(1);
}
const { records, stats, validation, notes } = result.dataset;

writeGeneratedModules(result.dataset);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
for (const n of notes) console.log(`note: ${n}`);
console.log(
  `prepare-data: ${records.length} gemeenten; named ${stats.namedCount}, derived ${records.length - stats.namedCount}; ` +
    `agreement ${stats.agreement.agree}/${stats.agreement.total} (${pct(stats.agreement.share)}), ` +
    `casus only ${stats.casusOnly.agree}/${stats.casusOnly.total}; krap ${stats.tightCount}.`,
);
const v = validation;
const frac = (a: { agree: number; total: number }) => `${a.agree}/${a.total}`;
console.log(
  `validation: in-sample ${frac(v.inSample)}, leave-one-out ${v.outOfSample ? frac(v.outOfSample) : 'skipped'}, ` +
    `centroid leave-one-out ${frac(v.centroidOutOfSample)}, centroid vs rules ${frac(v.centroidWithRules)} (derived only ${frac(v.centroidWithRulesDerivedOnly)}); ` +
    `certainty zeker ${v.stability.counts.zeker}, waarschijnlijk ${v.stability.counts.waarschijnlijk}, onzeker ${v.stability.counts.onzeker} (fits no type: ${v.stability.noFit}).`,
);
for (const t of v.perType) {
  console.log(
    `  ${t.type}: in ${frac(t.inSample)}, out ${t.outOfSample ? frac(t.outOfSample) : '-'}, centroid ${frac(t.centroidOutOfSample)}, centroid vs rules ${frac(t.centroidWithRules)}; ` +
      `zeker ${t.certainty.zeker}/waarschijnlijk ${t.certainty.waarschijnlijk}/onzeker ${t.certainty.onzeker}`,
  );
}
console.log(`derived per type: ${WRR_TYPE_IDS.map((t) => `${t} ${stats.derivedPerType[t]}`).join(', ')}`);
console.log(`prepare-data: done in ${Math.round(performance.now() - started)} ms.`);

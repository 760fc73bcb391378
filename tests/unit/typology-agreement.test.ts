/**
 * Runs the real pipeline on ../shared/data (or SHARED_DATA_DIR) and content/, and checks the derived
 * types against every gemeente the source (seed 001) names. Skipped, with a message, without the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset';
import { sharedDataDir } from '../../scripts/lib/shared-data';
import { WRR_TYPE_IDS } from '../../src/lib/wrr-types';

const dataDir = sharedDataDir();
const present = existsSync(join(dataDir, 'geo/gemeente_2025.topojson'));
if (!present) console.warn(`typology-agreement: skipped, no shared data at ${dataDir} (set SHARED_DATA_DIR).`);

describe.skipIf(!present)('derived WRR types on the real data', () => {
  const result = present ? buildDataset({ dataDir }) : null;
  if (result && !result.ok) throw new Error(result.problems.join('\n'));
  const dataset = result?.ok ? result.dataset : null;
  const records = dataset?.records ?? [];
  // Only read inside tests: without data the suite is collected but skipped.
  const stats = dataset?.stats ?? null;
  const byName = new Map(records.map((r) => [r.name, r]));

  it('gives all 342 gemeenten of 2025 a type with provenance', () => {
    expect(records).toHaveLength(342);
    for (const r of records) {
      expect(WRR_TYPE_IDS).toContain(r.type);
      expect(['named', 'derived']).toContain(r.typeProvenance);
    }
    expect(new Set(records.map((r) => r.slug)).size).toBe(342);
  });

  it('agrees with at least 90% of the gemeenten the source names as examples', () => {
    const { agree, total, share } = stats!.agreement;
    const c = stats!.casusOnly;
    console.log(
      `Typology agreement: ${agree}/${total} = ${(share * 100).toFixed(1)}% of named examples` +
        ` (casus-only mentions: ${c.agree}/${c.total}). Disagreements: ${stats!.disagreements.map((d) => `${d.name} (named ${d.namedTypes.join('/')}, derived ${d.derivedType})`).join('; ') || 'none'}.`,
    );
    expect(total).toBeGreaterThanOrEqual(50);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('writes every disagreement, with its reason, to docs/typology-disagreements.md', () => {
    const doc = readFileSync('docs/typology-disagreements.md', 'utf8');
    for (const d of [...stats!.disagreements, ...stats!.casusDisagreements]) {
      expect(d.reason.length).toBeGreaterThan(40);
      expect(doc, 'docs/typology-disagreements.md is stale: run npm run prepare:data').toContain(`**${d.name}** (${d.code}`);
    }
  });

  it.each([
    ['Westland', 'tuinbouw', 'tuinbouw'],
    ['Vaals', 'grens', 'grens'],
    ['Urk', 'homogeen', 'homogeen'],
    ['Amstelveen', 'expat', 'expat'],
    ['Gouda', 'specifieke-minderheidsgroep', 'specifieke-minderheidsgroep'],
    ['Diemen', 'voorstad', 'voorstad'],
    ['Utrecht', 'grootstedelijk', 'grootstedelijk'],
    ['Rotterdam', 'meerderheid-minderheden', 'meerderheid-minderheden'],
    ['Oegstgeest', 'gemiddeld', null],
  ])('spot check: %s shows %s', (name, shown, derived) => {
    const r = byName.get(name)!;
    expect(r.type).toBe(shown);
    if (derived) expect(r.derivedType).toBe(derived);
  });

  it('shows both historical mentions for Vijfheerenlanden (Leerdam and Zederik)', () => {
    const v = byName.get('Vijfheerenlanden')!;
    expect(v.typeProvenance).toBe('named');
    expect(v.namedTypes.filter((n) => n.kind === 'voorbeeld').map((n) => `${n.historicalName}:${n.type}`)).toEqual([
      'Leerdam:specifieke-minderheidsgroep',
      'Zederik:homogeen',
    ]);
    expect(v.predecessors2017.map((p) => p.name)).toEqual(['Leerdam', 'Vianen', 'Zederik']);
  });

  it('sums Brielle, Hellevoetsluis and Westvoorne into Voorne aan Zee', () => {
    const v = byName.get('Voorne aan Zee')!;
    expect(v.cbsRows2022.map((r) => r.name)).toEqual(['Brielle', 'Hellevoetsluis', 'Westvoorne']);
  });

  it('finds the three largest gemeenten by population, not by name', () => {
    expect(stats!.big3.map((b) => b.name).sort()).toEqual(["'s-Gravenhage", 'Amsterdam', 'Rotterdam']);
  });
});

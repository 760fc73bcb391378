/**
 * Runs the real pipeline on ../shared/data (or SHARED_DATA_DIR) and content/, and checks the derived
 * types against every gemeente the source (seed 001) names. Skipped, with a message, without the data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/lib/dataset';
import { sharedDataDir } from '../../scripts/lib/shared-data';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';
import { sourcePlace } from '../../src/lib/typology/source-place';
import { jsonRoundTrip } from '../helpers/json';

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
      expect(doc, 'docs/typology-disagreements.md is stale: run npm run prepare:data').toContain(
        `**${d.name}** (${d.code}`,
      );
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
    ['Almere', 'voorstad', 'voorstad'],
    ['Hilversum', 'gemiddeld', 'gemiddeld'],
    ['Lelystad', 'gemiddeld', 'gemiddeld'],
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

  it('Almere borders Amsterdam across the IJmeer; Hilversum’s 0,6 km strip does not count', () => {
    const almere = byName.get('Almere')!;
    expect(almere.big3Contact.borderKm).toBe(0);
    expect(almere.big3Contact.waterGapKm).toBeGreaterThan(3);
    expect(almere.bordersBig3).toBe(true);
    const hilversum = byName.get('Hilversum')!;
    expect(hilversum.big3Contact.borderKm).toBeLessThan(1);
    expect(hilversum.bordersBig3).toBe(false);
    expect(byName.get('Diemen')!.bordersBig3).toBe(true);
  });

  it('gives every gemeente a stability, a certainty and, unless every draw agrees, an alternative type', () => {
    for (const r of records) {
      expect(r.stability).toBeGreaterThanOrEqual(0);
      expect(r.stability).toBeLessThanOrEqual(1);
      expect(['zeker', 'waarschijnlijk', 'onzeker']).toContain(r.certainty);
      if (r.stability < 1) expect(WRR_TYPE_IDS).toContain(r.alternativeType);
      if (r.alternativeType) expect(r.alternativeType).not.toBe(r.type);
    }
    // The issue's examples: 9,8% against the 10% threshold, and a cliff at 100.000 inhabitants.
    for (const name of ['Súdwest-Fryslân', 'Deventer', 'Venlo', 'Lelystad'])
      expect(byName.get(name)!.certainty, name).toBe('onzeker');
    expect(byName.get('Zaltbommel')!.certainty).not.toBe('zeker');
    expect(byName.get('Amsterdam')!.certainty).toBe('zeker');
    expect(byName.get('Lelystad')!.fit).toBe('none');
  });

  it('says only what a rule tests, in all 342 sentences', () => {
    expect(records.map((r) => r.typeSentence).filter(Boolean)).toHaveLength(342);
    for (const r of records) {
      const s = r.typeSentence;
      expect(s, r.name).not.toMatch(/tuinbouw|kennismigrant|expat|rond het/i);
      if (r.rule === 'gemiddeld-dicht-bij-landelijk') expect(s).toMatch(/dicht bij het landelijk gemiddelde/);
      else expect(s, r.name).not.toMatch(/gemiddeld/i);
      if (r.fit === 'none') expect(s).toMatch(/^Past bij geen type goed/);
      expect(s, r.name).not.toMatch(/\bregel \d/i);
    }
  });

  it('recomputes the published validation figures (in and out of sample, per type)', () => {
    const generated = readFileSync('src/generated/typology-validation.ts', 'utf8');
    const published: unknown = JSON.parse(
      generated
        .slice(generated.indexOf('= ') + 2)
        .trim()
        .replace(/;$/, ''),
    );
    const v = dataset!.validation;
    expect(published, 'src/generated/typology-validation.ts is stale: run npm run prepare:data').toEqual(
      jsonRoundTrip(v),
    );
    console.log(
      `Validation: in-sample ${v.inSample.agree}/${v.inSample.total}, leave-one-out ${v.outOfSample!.agree}/${v.outOfSample!.total}, ` +
        `centroid leave-one-out ${v.centroidOutOfSample.agree}/${v.centroidOutOfSample.total}, centroid vs rules ${v.centroidWithRules.agree}/${v.centroidWithRules.total}.`,
    );
    expect(v.inSample.share).toBeGreaterThanOrEqual(0.9);
    expect(v.inSample.agree).toBe(stats!.agreement.agree);
    expect(v.outOfSample!.total).toBe(v.inSample.total);
    // Out of sample can only be as good as in sample or worse with this procedure on this data; report, do not hide.
    expect(v.outOfSample!.agree).toBeLessThanOrEqual(v.inSample.agree);
    expect(
      v.perType.reduce((a, t) => a + t.certainty.zeker + t.certainty.waarschijnlijk + t.certainty.onzeker, 0),
    ).toBe(342);
    expect(v.heldOut).toHaveLength(v.inSample.total);
  });

  it('lists the predecessors and the period of every merger, and never shows source line numbers', () => {
    const groningen = byName.get('Groningen')!;
    expect(groningen.merger!.predecessors.map((p) => p.name).sort()).toEqual(['Groningen', 'Haren', 'Ten Boer']);
    expect(groningen.merger!.when).toBe('tussen 2019 en 2022');
    expect(byName.get('Voorne aan Zee')!.merger!.summedRows.map((r) => r.name)).toEqual([
      'Brielle',
      'Hellevoetsluis',
      'Westvoorne',
    ]);
    expect(byName.get('Urk')!.merger).toBeNull();
    for (const r of records) for (const n of r.namedTypes) expect(sourcePlace(n.where)).not.toMatch(/regel \d/i);
  });
});

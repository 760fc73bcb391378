/**
 * The gemeente data pipeline: read ../shared/data and content/, validate, join the divisions,
 * classify and report. Reads files; everything it decides is done by pure modules in src/lib.
 * Used by scripts/prepare-data.ts and by the agreement test (tests/unit/typology-agreement.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { aggregateRows, nationalShares as nationalSharesOf, type AggregatedRow } from '../../src/lib/data/aggregate';
import { parseBoundaries, PROVINCE_CODE, type BoundaryFile, type BoundaryRegion } from '../../src/lib/data/boundaries';
import { readCaseFile, validateCaseFiles } from '../../src/lib/cases/case-validation';
import { CBS_CSV_FILE, parseCbsCsv, type CbsRow } from '../../src/lib/data/cbs-input';
import { isNeighbour, MAX_WATER_GAP_KM, waterGapKm, type Contact } from '../../src/lib/data/adjacency';
import { classify } from '../../src/lib/typology/classify';
import { typeDistances } from '../../src/lib/typology/engine';
import { computeMeasures, diversityIndex, type ClassifierInput, type Measures } from '../../src/lib/typology/measures';
import { mergerOf } from '../../src/lib/data/merger';
import { certaintyOf, drawThresholds, stabilityOf, DRAWS, SEED } from '../../src/lib/typology/stability';
import { typeSentence } from '../../src/lib/typology/type-sentences';
import {
  features,
  inSample,
  leaveOneOut,
  standardise,
  validateCentroid,
  type Example,
} from '../../src/lib/typology/validation';
import type { TypologyValidation } from '../../src/lib/typology/validation-report';
import { buildValidationReport } from '../../src/lib/typology/validation-report';
import { predecessorsOf, successorsByGeometry, WHOLE_MERGE_FRACTION } from '../../src/lib/data/divisions';
import type { GemeenteRecord, GemeenteRef, TypologyStats } from '../../src/lib/data/gemeente-record';
import { haversineKm, overlapFractions } from '../../src/lib/data/geo';
import { GROUP_IDS, groupValues, type GroupValues } from '../../src/lib/data/migration-groups';
import {
  buildNamedSet,
  chooseShownType,
  mentionsByCode,
  toNamedType,
  type CaseInput,
  type NamedMention,
  type TypeExamplesInput,
} from '../../src/lib/typology/named-set';
import { levenshtein, normalizeText, slugify } from '../../src/lib/site/text';
import { typeContentSchema } from '../../src/lib/typology/type-content-schema';
import { buildTypologyStats, disagreementsMarkdown } from '../../src/lib/typology/typology-report';
import { missingDataMessage, sharedDataDir } from './shared-data';

export const FILES = {
  gemeenten2025: 'geo/gemeente_2025.topojson',
  gemeenten2017: 'geo/gemeente_2017.topojson',
  gemeenten2018: 'geo/gemeente_2018.topojson',
  provinces2025: 'geo/provincie_2025.topojson',
  cbs: CBS_CSV_FILE,
} as const;

export interface DatasetOptions {
  /** Folder holding geo/ and cbs/ (default: SHARED_DATA_DIR or data/). */
  dataDir?: string;
  /** Folder holding typen/ and praktijkvoorbeelden/ (default: content). */
  contentDir?: string;
}

export interface Dataset {
  records: GemeenteRecord[];
  stats: TypologyStats;
  validation: TypologyValidation;
  /** Named mentions as built from the content files (with 2025 codes). */
  mentions: NamedMention[];
  /** Successors in 2025 of every 2017 gemeente, by geometry. */
  successors2017: Map<string, { code: string; fraction: number }[]>;
  regions2017: BoundaryRegion[];
  /** Informational notes (not failures), e.g. the merges applied to the 2022 rows. */
  notes: string[];
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

function readData(dir: string, relative: string, problems: string[]): string | null {
  const path = resolve(dir, relative);
  if (!existsSync(path)) {
    problems.push(missingDataMessage(path));
    return null;
  }
  return readFileSync(path, 'utf8');
}

function loadBoundaries(
  dir: string,
  relative: string,
  objectName: string,
  problems: string[],
  codePattern?: RegExp,
): BoundaryFile | null {
  const text = readData(dir, relative, problems);
  if (text === null) return null;
  const parsed = parseBoundaries(text, relative, objectName, codePattern);
  problems.push(...parsed.problems);
  return parsed.file ?? null;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const roundValues = (v: GroupValues, digits: number): GroupValues => groupValues((id) => round(v[id], digits));

export interface BuildOptions extends DatasetOptions {
  /** Skip the leave-one-out re-tuning (the slowest step), e.g. in tests that do not need it. */
  skipValidation?: boolean;
}

/** The pipeline: one step per function below, stopping with the problems found so far at each checkpoint. */
export function buildDataset(options: BuildOptions = {}): DatasetResult {
  const dataDir = resolve(options.dataDir ?? sharedDataDir());
  const contentDir = resolve(options.contentDir ?? 'content');

  const inputs = readInputs(dataDir);
  if (!inputs.ok) return inputs;
  const joined = joinDivisions(inputs.value);
  const rows = aggregateTo2025(inputs.value, joined.targetOf);
  const coverage = checkCoverage(inputs.value.g25, rows.aggregated, joined.problems);
  if (coverage.length) return { ok: false, problems: coverage };

  const geography = geographyOf(inputs.value, rows.aggregated);
  const content = readContent(contentDir, inputs.value.g25.regions);
  const named = checkMentions(content.mentions, inputs.value, geography.successors2017);
  const problems = [...geography.problems, ...content.problems, ...named.problems];
  if (problems.length) return { ok: false, problems };

  const classified = classifyGemeenten(inputs.value.g25, rows.aggregated, geography, content.mentions);
  if (classified.problems.length) return { ok: false, problems: classified.problems };
  const records = addCertainty(classified.records, classified.measures, geography.big3Codes);
  const validation = validationOf(records, classified.measures, options.skipValidation ?? false);
  const stats = buildTypologyStats(records, classified.national, classified.nationalPopulation, geography.big3);
  return {
    ok: true,
    dataset: {
      records,
      stats,
      validation,
      mentions: content.mentions,
      successors2017: geography.successors2017,
      regions2017: inputs.value.g17.regions,
      notes: [...rows.notes, ...named.notes],
    },
  };
}

export interface Inputs {
  g25: BoundaryFile;
  g17: BoundaryFile;
  g18: BoundaryFile;
  provinces: BoundaryFile;
  cbs: CbsRow[];
}

/** Step 1: read and validate every data file (format, codes, shares). Any problem stops the build. */
export function readInputs(dataDir: string): { ok: true; value: Inputs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const g25 = loadBoundaries(dataDir, FILES.gemeenten2025, 'gemeente_2025', problems);
  const g17 = loadBoundaries(dataDir, FILES.gemeenten2017, 'gemeente_2017', problems);
  const g18 = loadBoundaries(dataDir, FILES.gemeenten2018, 'gemeente_2018', problems);
  const provinces = loadBoundaries(dataDir, FILES.provinces2025, 'provincie_2025', problems, PROVINCE_CODE);
  const cbsText = readData(dataDir, FILES.cbs, problems);
  const cbs = cbsText === null ? null : parseCbsCsv(cbsText);
  if (cbs) problems.push(...cbs.problems);
  if (!g25 || !g17 || !g18 || !provinces || !cbs || problems.length) return { ok: false, problems };
  return { ok: true, value: { g25, g17, g18, provinces, cbs: cbs.rows } };
}

/**
 * Step 2: map the 2022 division onto 2025. A 2022 code that no longer exists must lie (almost)
 * wholly inside one 2025 gemeente, found from its 2017 or 2018 geometry.
 */
export function joinDivisions(inputs: Inputs): { targetOf: Map<string, string>; problems: string[] } {
  const { g25, g17, g18 } = inputs;
  const codes25 = new Set(g25.regions.map((r) => r.code));
  const oldRegions = new Map([...g18.regions, ...g17.regions].map((r) => [r.code, r]));
  const targetOf = new Map<string, string>();
  const problems: string[] = [];
  for (const row of inputs.cbs) {
    if (codes25.has(row.code)) continue;
    const old = oldRegions.get(row.code);
    const where = `${FILES.cbs} line ${row.line} (${row.code} ${row.name})`;
    if (!old) {
      problems.push(
        `${where}: code is not in ${FILES.gemeenten2025} and has no geometry in ${FILES.gemeenten2017} or ${FILES.gemeenten2018}, so it cannot be mapped to a 2025 gemeente. Fix: check the code, or add the boundary file of the year this gemeente existed.`,
      );
      continue;
    }
    const successors = successorsByGeometry([old], g25.regions).get(old.code) ?? [];
    const whole = successors.filter((s) => s.fraction >= WHOLE_MERGE_FRACTION);
    if (whole.length !== 1) {
      problems.push(
        `${where}: not a 2025 gemeente, and its area is split over ${successors.map((s) => `${s.code} (${Math.round(s.fraction * 100)} %)`).join(', ') || 'no 2025 gemeente'}; counts cannot be summed onto one gemeente. Fix: this needs figures on the 2025 division.`,
      );
      continue;
    }
    targetOf.set(row.code, whole[0]!.code);
  }
  return { targetOf, problems };
}

/** Step 3: sum the counts of 2022 rows that belong to one 2025 gemeente; a note for each sum. */
export function aggregateTo2025(
  inputs: Inputs,
  targetOf: ReadonlyMap<string, string>,
): { aggregated: AggregatedRow[]; notes: string[] } {
  const aggregated = aggregateRows(inputs.cbs, (code) => targetOf.get(code) ?? code);
  const nameOf = new Map(inputs.g25.regions.map((r) => [r.code, r.name]));
  const notes = aggregated
    .filter((a) => a.sources.length > 1)
    .map(
      (a) =>
        `${a.code} (${nameOf.get(a.code)}) = sum of 2022 rows ${a.sources.map((s) => `${s.code} ${s.name}`).join(', ')}`,
    );
  return { aggregated, notes };
}

/**
 * Step 4: exactly one data row per 2025 gemeente, and no row without a 2025 gemeente. `earlier`
 * are the problems of the join; a code they already name is not reported twice.
 */
export function checkCoverage(
  g25: BoundaryFile,
  aggregated: readonly AggregatedRow[],
  earlier: readonly string[],
): string[] {
  const problems = [...earlier];
  const rowCodes = new Set(aggregated.map((a) => a.code));
  const codes25 = new Set(g25.regions.map((r) => r.code));
  for (const r of g25.regions) {
    if (!rowCodes.has(r.code)) {
      problems.push(
        `${r.code} (${r.name}) in ${FILES.gemeenten2025} has no CBS row in ${FILES.cbs}. Fix: add its row, or if it was formed after 2022, make sure each predecessor has a row and a geometry in ${FILES.gemeenten2017} or ${FILES.gemeenten2018}.`,
      );
    }
  }
  for (const a of aggregated) {
    if (!codes25.has(a.code) && !problems.some((p) => p.includes(a.code))) {
      problems.push(
        `${a.code} in ${FILES.cbs} has no geometry in ${FILES.gemeenten2025}. Fix: check the code against geo/README.md.`,
      );
    }
  }
  return problems;
}

export interface Geography {
  /** The three most populous gemeenten, found in the data. */
  big3: GemeenteRef[];
  big3Codes: Set<string>;
  /** Province code per 2025 gemeente, by area. */
  provinceOf: Map<string, { code: string; fraction: number }[]>;
  provinceName: Map<string, string>;
  successors2017: Map<string, { code: string; fraction: number }[]>;
  predecessors2017: Map<string, string[]>;
  predecessors2018: Map<string, string[]>;
  name2017: Map<string, string>;
  problems: string[];
}

/** Step 5: the three largest gemeenten, provinces, and predecessors of 2017 and 2018 from the geometries. */
export function geographyOf(inputs: Inputs, aggregated: readonly AggregatedRow[]): Geography {
  const { g25, g17, g18, provinces } = inputs;
  const nameOf = new Map(g25.regions.map((r) => [r.code, r.name]));
  const big3 = [...aggregated]
    .sort((a, b) => b.population - a.population || a.code.localeCompare(b.code))
    .slice(0, 3)
    .map((b) => ({ code: b.code, name: nameOf.get(b.code)! }));
  const successors2017 = successorsByGeometry(g17.regions, g25.regions);
  const name2017 = new Map(g17.regions.map((r) => [r.code, r.name]));
  const problems: string[] = [];
  for (const [code, list] of successors2017) {
    if (list.length === 0) {
      problems.push(
        `${code} (${name2017.get(code)}) in ${FILES.gemeenten2017} lies in no 2025 gemeente. Fix: check both boundary files (geo/README.md).`,
      );
    }
  }
  return {
    big3,
    big3Codes: new Set(big3.map((b) => b.code)),
    provinceOf: overlapFractions(g25.regions, provinces.regions, 24),
    provinceName: new Map(provinces.regions.map((p) => [p.code, p.name])),
    successors2017,
    predecessors2017: predecessorsOf(successors2017),
    predecessors2018: predecessorsOf(successorsByGeometry(g18.regions, g25.regions)),
    name2017,
    problems,
  };
}

/** Step 6: the named set from content/ (type examples and cases), with the content's problems. */
export function readContent(
  contentDir: string,
  regions2025: readonly BoundaryRegion[],
): { mentions: NamedMention[]; problems: string[] } {
  const problems: string[] = [];
  const typesDir = join(contentDir, 'typen');
  const casesDir = join(contentDir, 'praktijkvoorbeelden');
  const types: TypeExamplesInput[] = [];
  if (!existsSync(typesDir)) {
    problems.push(
      `Missing folder ${typesDir}. Fix: the named example gemeenten come from content/typen/<type-id>.md (frontmatter "examples").`,
    );
  } else {
    for (const file of readdirSync(typesDir)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const path = join(typesDir, file);
      // Read as the build reads it (the same reader as the case files).
      const read = readCaseFile(readFileSync(path, 'utf8'));
      if (!read.ok) {
        problems.push(`${path}: ${read.problem}`);
        continue;
      }
      const result = typeContentSchema.safeParse(read.data);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(
            `${path}: field ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}. Fix: see src/lib/typology/type-content-schema.ts.`,
          );
        }
        continue;
      }
      if (`${result.data.id}.md` !== file) {
        problems.push(`${path}: id "${result.data.id}" does not match the file name. Fix: name the file <id>.md.`);
        continue;
      }
      types.push({ id: result.data.id, examples: result.data.examples });
    }
  }
  const cases: CaseInput[] = [];
  if (existsSync(casesDir)) {
    const files = readdirSync(casesDir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ path: join(casesDir, f), text: readFileSync(join(casesDir, f), 'utf8') }));
    const validated = validateCaseFiles(files, regions2025);
    problems.push(...validated.problems.map((p) => `${p} (run npm run validate:content for all case problems)`));
    for (const c of validated.cases) {
      cases.push({
        slug: c.slug,
        title: c.data.title,
        typeInSource: c.data.typeInSource,
        sources: c.data.sources,
        gemeenten: c.data.gemeenten,
      });
    }
  }
  return { mentions: buildNamedSet(types, cases), problems };
}

/**
 * Step 7: every named gemeente is a 2025 gemeente, and a merged one's historical name lies in it
 * (checked against the 2017 geometries). A near miss in spelling is accepted with a note.
 */
export function checkMentions(
  mentions: readonly NamedMention[],
  inputs: Inputs,
  successors2017: ReadonlyMap<string, readonly { code: string }[]>,
): { problems: string[]; notes: string[] } {
  const { g25, g17 } = inputs;
  const nameOf = new Map(g25.regions.map((r) => [r.code, r.name]));
  const dissolved2017 = new Map(g17.regions.filter((r) => !nameOf.has(r.code)).map((r) => [normalizeText(r.name), r]));
  const by2017Name = new Map(g17.regions.map((r) => [normalizeText(r.name), r]));
  const problems: string[] = [];
  const notes: string[] = [];
  for (const m of mentions) {
    const origin =
      m.kind === 'voorbeeld' ? `content/typen/${m.type}.md example "${m.sourceName}"` : `case ${m.caseSlug}`;
    if (!nameOf.has(m.code)) {
      problems.push(
        `${origin}: code ${m.code} is not a 2025 gemeente. Fix: use the 2025 code (see /gemeenten/) and put a merged gemeente's old name in historicalName.`,
      );
      continue;
    }
    if (m.historicalName) {
      const wanted = normalizeText(m.historicalName);
      let old = by2017Name.get(wanted);
      if (!old) {
        // The source itself misspells some names (e.g. "Kollummerland"); accept a near match of at
        // most two edits, say so, and never guess further.
        const near = g17.regions.filter((r) => levenshtein(wanted, normalizeText(r.name)) <= 2);
        if (near.length === 1) {
          old = near[0]!;
          notes.push(
            `${origin}: historicalName "${m.historicalName}" matched to ${old.code} "${old.name}" (2017 spelling).`,
          );
        } else {
          problems.push(
            `${origin}: historicalName "${m.historicalName}" is not a gemeente in ${FILES.gemeenten2017}. Fix: write the name as in the 2017 division.`,
          );
          continue;
        }
      }
      const succ = (successors2017.get(old.code) ?? []).map((s) => s.code);
      if (!succ.includes(m.code)) {
        problems.push(
          `${origin}: ${m.historicalName} (${old.code}) lies in ${succ.map((c) => `${c} ${nameOf.get(c)}`).join(', ')} in 2025, not in ${m.code}. Fix: use the successor's code.`,
        );
      }
    } else if (m.sourceName && dissolved2017.has(normalizeText(m.sourceName))) {
      problems.push(
        `${origin}: "${m.sourceName}" merged after 2017. Fix: add historicalName: ${m.sourceName} and use its 2025 successor's code.`,
      );
    }
  }
  return { problems, notes };
}

/**
 * Border length and gap across water between region `i` and the three largest gemeenten
 * (src/lib/data/adjacency.ts decides what counts as a neighbour).
 */
export function contactWithBig3(g25: BoundaryFile, i: number, big3Index: readonly number[]): Contact {
  if (big3Index.includes(i)) return { borderKm: 0, waterGapKm: null };
  const keyOf = (a: number, b: number) => `${Math.min(a, b)}|${Math.max(a, b)}`;
  let borderKm = 0;
  let gap: number | null = null;
  for (const b of big3Index) {
    borderKm = Math.max(borderKm, g25.borderKm.get(keyOf(i, b)) ?? 0);
    if (g25.borderKm.has(keyOf(i, b))) continue;
    // Look up to twice the published maximum, so the stability check can widen it.
    const others = g25.regions.filter((_, j) => j !== i && j !== b).map((r) => r.shape);
    const g = waterGapKm(g25.regions[i]!.shape, g25.regions[b]!.shape, others, 2 * MAX_WATER_GAP_KM);
    if (g !== null && (gap === null || g < gap)) gap = g;
  }
  return { borderKm: round(borderKm, 2), waterGapKm: gap === null ? null : round(gap, 2) };
}

export interface Classified {
  /** One record per 2025 gemeente, sorted by code; certainty still to be filled in (addCertainty). */
  records: GemeenteRecord[];
  /** The measures the rules saw, per gemeente code. */
  measures: Map<string, Measures>;
  national: GroupValues;
  nationalPopulation: number;
  problems: string[];
}

/** Step 8: classify every 2025 gemeente and assemble its record (figures, named and shown type, geography). */
export function classifyGemeenten(
  g25: BoundaryFile,
  aggregated: readonly AggregatedRow[],
  geography: Geography,
  mentions: readonly NamedMention[],
): Classified {
  const { big3, big3Codes, provinceOf, provinceName, name2017 } = geography;
  const byCode25 = new Map(g25.regions.map((r, i) => [r.code, i]));
  const rowByCode = new Map(aggregated.map((a) => [a.code, a]));
  const mentionsOf = mentionsByCode(mentions);
  const national = nationalSharesOf(aggregated);
  const natMigration = 1 - national.dutch;
  const big3Index = big3.map((b) => byCode25.get(b.code)!);
  const big3Centroids = big3Index.map((i) => g25.regions[i]!.centroid);
  const problems: string[] = [];
  const slugs = new Map<string, string>();
  const records: GemeenteRecord[] = [];
  const measuresOf = new Map<string, Measures>();
  for (const [i, region] of g25.regions.entries()) {
    const row = rowByCode.get(region.code)!;
    const contact = contactWithBig3(g25, i, big3Index);
    const bordersBig3 = !big3Codes.has(region.code) && isNeighbour(contact);
    const distanceToBig3Km = Math.min(...big3Centroids.map((c) => haversineKm(region.centroid, c)));
    const input: ClassifierInput = {
      population: row.population,
      shares: row.shares,
      nationalShares: national,
      bordersBig3,
      distanceToBig3Km,
    };
    const result = classify(input);
    const measures = computeMeasures(input);
    const named = (mentionsOf.get(region.code) ?? []).map(toNamedType);
    const shown = chooseShownType(named, result.type, typeDistances(measures));
    const provinceCode = provinceOf.get(region.code)?.[0]?.code;
    if (!provinceCode) {
      problems.push(
        `${region.code} (${region.name}) lies in no province of ${FILES.provinces2025}. Fix: check both boundary files.`,
      );
      continue;
    }
    const slug = slugify(region.name);
    const clash = slugs.get(slug);
    if (clash)
      problems.push(
        `${region.code} (${region.name}) and ${clash} share the URL slug "${slug}". Fix: extend slugify in src/lib/site/text.ts.`,
      );
    slugs.set(slug, `${region.code} (${region.name})`);
    const largest = GROUP_IDS.filter((id) => id !== 'dutch' && id !== 'other').reduce((a, b) =>
      row.shares[b] > row.shares[a] ? b : a,
    );
    const preds: GemeenteRef[] = (geography.predecessors2017.get(region.code) ?? []).map((code) => ({
      code,
      name: name2017.get(code) ?? code,
    }));
    if (preds.length === 0)
      problems.push(
        `${region.code} (${region.name}) has no predecessor in ${FILES.gemeenten2017}. Fix: check both boundary files.`,
      );
    records.push({
      code: region.code,
      name: region.name,
      slug,
      province: { code: provinceCode, name: provinceName.get(provinceCode) ?? provinceCode },
      population: row.population,
      counts: row.counts,
      shares: roundValues(row.shares, 6),
      shareDutch: round(row.shares.dutch, 6),
      shareMigration: round(1 - row.shares.dutch, 6),
      diversityIndex: round(diversityIndex(row.shares), 4),
      largestGroup: { group: largest, share: round(row.shares[largest], 6) },
      derivedType: result.type,
      rule: result.rule,
      ruleText: result.ruleText,
      figures: result.figures.map((f) => ({ ...f, value: round(f.value, 6) })),
      margin: Number.isFinite(result.margin) ? round(result.margin, 4) : null,
      nearestThreshold: result.nearestThreshold,
      confidence: result.confidence,
      fit: result.fit,
      typeSentence: typeSentence(result.rule, measures, natMigration),
      // Filled in by addCertainty, once every gemeente is classified.
      stability: 1,
      alternativeType: null,
      certainty: 'zeker',
      namedTypes: named,
      type: shown.type,
      typeProvenance: shown.provenance,
      predecessors2017: preds,
      cbsRows2022: row.sources,
      neighbours: (g25.neighbours[i] ?? []).map((j) => g25.regions[j]!.code).sort(),
      centroid: [round(region.centroid[0], 5), round(region.centroid[1], 5)],
      distanceToBig3Km: round(distanceToBig3Km, 1),
      bordersBig3,
      big3Contact: contact,
      merger: mergerOf({
        code: region.code,
        predecessors2017: preds,
        predecessors2018: geography.predecessors2018.get(region.code) ?? [],
        cbsRows2022: row.sources,
      }),
    });
    measuresOf.set(region.code, measures);
  }
  records.sort((a, b) => a.code.localeCompare(b.code));
  const nationalPopulation = aggregated.reduce((a, r) => a + r.population, 0);
  return { records, measures: measuresOf, national, nationalPopulation, problems };
}

/**
 * Step 9: stability and certainty. Every gemeente is classified again under DRAWS threshold sets
 * (src/lib/typology/stability.ts); the records get their stability, alternative type and certainty.
 */
export function addCertainty(
  records: readonly GemeenteRecord[],
  measures: ReadonlyMap<string, Measures>,
  big3Codes: ReadonlySet<string>,
): GemeenteRecord[] {
  const stability = stabilityOf(
    records.map((r) => ({
      measures: measures.get(r.code)!,
      contact: r.big3Contact,
      isBig3: big3Codes.has(r.code),
      shownType: r.type,
    })),
    drawThresholds(DRAWS, SEED),
  );
  return records.map((r, i) => {
    const s = stability[i]!;
    return {
      ...r,
      stability: round(s.stability, 3),
      alternativeType: s.alternativeType,
      certainty: certaintyOf(s.stability, r.fit === 'none' && r.typeProvenance === 'derived'),
    };
  });
}

/** Step 10: validation against the named examples, in and out of sample (src/lib/typology/validation.ts). */
export function validationOf(
  records: readonly GemeenteRecord[],
  measures: ReadonlyMap<string, Measures>,
  skipLeaveOneOut: boolean,
): TypologyValidation {
  const examples: Example[] = records
    .map((r) => ({ r, named: [...new Set(r.namedTypes.filter((n) => n.kind === 'voorbeeld').map((n) => n.type))] }))
    .filter((x) => x.named.length > 0)
    .map(({ r, named }) => ({ code: r.code, name: r.name, namedTypes: named, measures: measures.get(r.code)! }));
  const xs = standardise(records.map((r) => features(r)));
  const centroid = validateCentroid(
    records.map((r, i) => ({
      code: r.code,
      x: xs[i]!,
      derivedType: r.derivedType,
      named: r.typeProvenance === 'named',
    })),
    examples,
  );
  return buildValidationReport({
    inSample: inSample(examples),
    leaveOneOut: skipLeaveOneOut ? null : leaveOneOut(examples),
    centroid,
    records,
  });
}

const HEADER = '// Generated by `npm run prepare:data` from ../shared/data; do not edit.\n';

/** Step 11: the typed modules under src/generated/ and the disagreements for readers of the repository. */
export function generatedModules(dataset: Dataset): { path: string; text: string }[] {
  const { records, stats, validation } = dataset;
  return [
    {
      path: 'src/generated/gemeenten.ts',
      text:
        HEADER +
        `import type { GemeenteRecord } from '../lib/data/gemeente-record';\n\n` +
        `export const GEMEENTEN: GemeenteRecord[] = [\n${records.map((r) => `  ${JSON.stringify(r)},`).join('\n')}\n];\n`,
    },
    {
      path: 'src/generated/typology-stats.ts',
      text:
        HEADER +
        `import type { TypologyStats } from '../lib/data/gemeente-record';\n\n` +
        `export const TYPOLOGY_STATS: TypologyStats = ${JSON.stringify(stats, null, 2)};\n`,
    },
    {
      path: 'src/generated/typology-validation.ts',
      text:
        HEADER +
        `import type { TypologyValidation } from '../lib/typology/validation-report';\n\n` +
        `export const TYPOLOGY_VALIDATION: TypologyValidation = ${JSON.stringify(validation, null, 2)};\n`,
    },
    { path: 'docs/typology-disagreements.md', text: disagreementsMarkdown(stats) },
  ];
}

export function writeGeneratedModules(dataset: Dataset, root = '.'): void {
  for (const { path, text } of generatedModules(dataset)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

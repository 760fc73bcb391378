import { parse as parseYaml } from 'yaml';
import { caseSchema, type CaseData } from './case-schema';
import { closestNames, normalizeText } from './text';

export interface CaseFile {
  /** Path as shown to the curator, e.g. content/praktijkvoorbeelden/tiel-huisvesting.md */
  path: string;
  text: string;
}

export interface ValidCase {
  slug: string;
  path: string;
  data: CaseData;
  body: string;
}

export interface GemeenteRef {
  code: string;
  name: string;
}

/** A case file name without .md: lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Minimum length of the Markdown body of a case (trimmed). */
export const MIN_BODY_LENGTH = 200;

export function slugFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.md$/, '');
}

/** Split a Markdown file into YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return null;
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/**
 * Validate all case files together. Returns the valid cases and a list of readable problems, each
 * naming the file, the field and the fix. The build fails when the list is not empty.
 */
export function validateCaseFiles(
  files: readonly CaseFile[],
  gemeenten: readonly GemeenteRef[],
): { cases: ValidCase[]; problems: string[] } {
  const problems: string[] = [];
  const cases: ValidCase[] = [];
  const byCode = new Map(gemeenten.map((g) => [g.code, g]));
  const seenSlugs = new Map<string, string>();

  for (const file of files) {
    const slug = slugFromPath(file.path);
    const where = `${file.path}:`;
    if (!SLUG.test(slug)) {
      problems.push(
        `${where} file name "${slug}" is not a valid slug. Fix: rename to lowercase words joined by hyphens, e.g. "tiel-huisvesting-arbeidsmigranten.md".`,
      );
      continue;
    }
    const earlier = seenSlugs.get(slug);
    if (earlier) {
      problems.push(`${where} slug "${slug}" is already used by ${earlier}. Fix: give one of the two files another name.`);
      continue;
    }
    seenSlugs.set(slug, file.path);

    const parts = splitFrontmatter(file.text);
    if (!parts) {
      problems.push(`${where} no frontmatter found. Fix: start the file with a YAML block between two "---" lines.`);
      continue;
    }
    let raw: unknown;
    try {
      raw = parseYaml(parts.frontmatter);
    } catch (error) {
      problems.push(`${where} frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}). Fix: check indentation and quotes.`);
      continue;
    }
    const result = caseSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const line of describeIssue(issue, raw).split('\n')) problems.push(`${where} ${line}`);
      }
      continue;
    }
    const data = result.data;
    let ok = true;
    for (const [i, g] of data.gemeenten.entries()) {
      if (!byCode.has(g.code)) {
        ok = false;
        const hint = suggestGemeenten(g.code, g.historicalName ?? data.title, gemeenten);
        const suggestion = hint.length ? ` Did you mean ${hint.map((n) => `${n.name} (${n.code})`).join(', ')}?` : '';
        problems.push(
          `${where} field gemeenten[${i}].code: gemeente "${g.code}" does not exist in the 2025 division.${suggestion} Fix: use the CBS code of the 2025 gemeente (see /gemeenten/ or ../shared/data/geo/gemeente_2025.topojson); put a merged gemeente's old name in historicalName.`,
        );
      }
    }
    const codes = data.gemeenten.map((g) => g.code);
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) {
      ok = false;
      problems.push(`${where} field gemeenten: ${dup} is listed twice. Fix: list each gemeente once.`);
    }
    if (parts.body.trim().length < MIN_BODY_LENGTH) {
      ok = false;
      problems.push(`${where} body: the case text is missing or shorter than 200 characters. Fix: describe the practice in your own words below the frontmatter.`);
    }
    const htmlLine = findRawHtmlLine(parts.body);
    if (htmlLine !== null) {
      ok = false;
      problems.push(`${where} body line ${htmlLine}: raw HTML is not allowed in case texts. Fix: use Markdown (e.g. **bold**, [link](https://…)) instead of HTML tags.`);
    }
    if (ok) cases.push({ slug, path: file.path, data, body: parts.body });
  }
  return { cases, problems };
}

/**
 * Candidates for an unknown gemeente code: codes one digit away (a typo in the code), then gemeenten
 * named in `context` (the historical name, or the case title), then names closest to the historical name.
 */
export function suggestGemeenten<T extends GemeenteRef>(code: string, context: string, gemeenten: readonly T[], limit = 3): T[] {
  const digitTypos = gemeenten.filter(
    (g) => g.code.length === code.length && [...g.code].filter((ch, i) => ch !== code[i]).length === 1,
  );
  const text = ` ${normalizeText(context).replace(/[^a-z0-9']+/g, ' ')} `;
  const mentioned = gemeenten.filter((g) => text.includes(` ${normalizeText(g.name).replace(/[^a-z0-9']+/g, ' ').trim()} `));
  const near = nearestGemeenten(context, gemeenten, limit);
  const out: T[] = [];
  for (const g of [...digitTypos, ...mentioned, ...near]) if (!out.includes(g)) out.push(g);
  return out.slice(0, limit);
}

/**
 * The `limit` gemeenten whose names are closest to `query` (edit distance on normalised text): the
 * "Did you mean" of the gemeente code check, also used by the submission form (src/lib/case-form.ts).
 */
export function nearestGemeenten<T extends GemeenteRef>(query: string, gemeenten: readonly T[], limit = 3): T[] {
  return closestNames(query, gemeenten.map((g) => g.name), limit).flatMap((name) => {
    const g = gemeenten.find((x) => x.name === name);
    return g ? [g] : [];
  });
}

/** 1-based line number (within the body) of the first HTML tag or comment outside code, or null. */
export function findRawHtmlLine(body: string): number | null {
  let inFence = false;
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const withoutCode = line.replace(/`[^`]*`/g, '');
    if (/<\/?[a-zA-Z][^>]*>|<!--/.test(withoutCode)) return i + 1;
  }
  return null;
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code: string;
  keys?: string[];
  values?: unknown[];
}

/** "gemeenten[0].code" from ['gemeenten', 0, 'code']. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(frontmatter)';
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = raw;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** One readable line per schema problem: the field, what is wrong with the value, and the fix. */
function describeIssue(issue: Issue, raw: unknown): string {
  const field = formatPath(issue.path);
  const value = valueAt(raw, issue.path);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys
      .map((key) => `field ${formatPath([...issue.path, key])} is not part of the schema. Fix: remove it or correct its spelling (see docs/content-guide.md).`)
      .join('\n');
  }
  if (value === undefined) {
    return `field ${field} is missing. Fix: add it (see docs/content-guide.md).`;
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return `field ${field}: "${String(value)}" is not a known value. Fix: use one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
  }
  // Messages written in the schema start with the field name ("summary: …"); do not repeat it.
  const lastKey = String(issue.path.at(-1) ?? '');
  const message = issue.message.startsWith(`${lastKey}: `) ? issue.message.slice(lastKey.length + 2) : issue.message;
  return `field ${field}: ${message}. Fix: see docs/content-guide.md for the expected form.`;
}

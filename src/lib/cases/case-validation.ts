import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { caseSchema, type CaseData } from './case-schema';
import { describeMarkdownProblem, findUnsafeMarkdown } from './markdown-safety';
import { findSource, unknownSourceHint } from '../sources/sources';
import { MIN_BODY_LENGTH, SLUG, suggestGemeenten, type GemeenteRef } from './case-rules';

export { MIN_BODY_LENGTH, SLUG, nearestGemeenten, suggestGemeenten, type GemeenteRef } from './case-rules';

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

export function slugFromPath(path: string): string {
  const file = path.split('/').pop() ?? path;
  return file.replace(/\.md$/, '');
}

/**
 * Split a case file into frontmatter and body with the parser Astro's content layer uses (same
 * delimiters, BOM and leading blank lines allowed, js-yaml with the same schema), so the validator and
 * the build read a file the same way. Returns the parsed YAML, the body and the body's first line number,
 * or a problem that says what is wrong and how to fix it.
 */
export function readCaseFile(
  text: string,
):
  { ok: true; data: unknown; rawFrontmatter: string; body: string; bodyLine: number } | { ok: false; problem: string } {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    return {
      ok: false,
      problem: `line ${line} contains an invisible control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}). Fix: retype that line without it.`,
    };
  }
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'remove' });
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number }; message: string };
    const line = e.mark ? ` at frontmatter line ${e.mark.line + 1}` : '';
    return {
      ok: false,
      problem: `frontmatter is not valid YAML${line} (${e.reason ?? e.message.split('\n')[0]}). Fix: check indentation and quotes; put text with a colon in quotes.`,
    };
  }
  if (!parsed.rawFrontmatter) {
    const start = /^\uFEFF?(?:\s*\n)?---\s*(?:\r?\n|$)/.test(text);
    return {
      ok: false,
      problem: start
        ? 'the frontmatter block that opens with "---" is never closed. Fix: add a line with only "---" after the last field.'
        : 'no frontmatter found. Fix: start the file with a YAML block between two lines "---" (see docs/content-guide.md).',
    };
  }
  if (typeof parsed.frontmatter !== 'object' || Array.isArray(parsed.frontmatter)) {
    return {
      ok: false,
      problem:
        'the frontmatter is not a list of fields. Fix: write one "field: value" per line (see docs/content-guide.md).',
    };
  }
  const body = parsed.content.replace(/^\r?\n/, '');
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  return { ok: true, data: parsed.frontmatter, rawFrontmatter: parsed.rawFrontmatter, body, bodyLine };
}

/**
 * Unquoted dates that do not exist ("added: 2026-02-30"): js-yaml rolls them over to another day without
 * a word, so they are checked on the raw text. Returns one problem per such field.
 */
export function impossibleDates(rawFrontmatter: string): string[] {
  const out: string[] = [];
  for (const m of rawFrontmatter.matchAll(/^\s*-?\s*([A-Za-z]+):\s*['"]?(\d{4})-(\d{2})-(\d{2})['"]?\s*$/gm)) {
    const [, field, y, mo, d] = m;
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
      out.push(`field ${field}: ${y}-${mo}-${d} is not a date that exists. Fix: give an existing date as YYYY-MM-DD.`);
    }
  }
  return out;
}

/**
 * Validate all case files together. Returns the valid cases and a list of readable problems, each
 * naming the file, the field and the fix. The build fails when the list is not empty.
 */
export interface ValidateOptions {
  /**
   * Check a submission from /aanmelden/ rather than a file to publish: sources not yet in the registry
   * (`newSources`) are then accepted. The build never sets it.
   */
  submission?: boolean;
}

export function validateCaseFiles(
  files: readonly CaseFile[],
  gemeenten: readonly GemeenteRef[],
  options: ValidateOptions = {},
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
      problems.push(
        `${where} slug "${slug}" is already used by ${earlier}. Fix: give one of the two files another name.`,
      );
      continue;
    }
    seenSlugs.set(slug, file.path);

    const read = readCaseFile(file.text);
    if (!read.ok) {
      problems.push(`${where} ${read.problem}`);
      continue;
    }
    const raw = read.data;
    const dateProblems = impossibleDates(read.rawFrontmatter);
    if (dateProblems.length) {
      for (const p of dateProblems) problems.push(`${where} ${p}`);
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
    for (const list of ['gemeenten', 'participants'] as const) {
      for (const [i, g] of data[list].entries()) {
        if (byCode.has(g.code)) continue;
        ok = false;
        const hint = suggestGemeenten(g.code, g.historicalName ?? data.title, gemeenten);
        const suggestion = hint.length ? ` Did you mean ${hint.map((n) => `${n.name} (${n.code})`).join(', ')}?` : '';
        problems.push(
          `${where} field ${list}[${i}].code: gemeente "${g.code}" does not exist in the 2025 division.${suggestion} Fix: use the CBS code of the 2025 gemeente (see /gemeenten/ or data/geo/gemeente_2025.topojson); put a merged gemeente's old name in historicalName.`,
        );
      }
    }
    const codes = [...data.gemeenten, ...data.participants].map((g) => g.code);
    const dup = codes.find((c, i) => codes.indexOf(c) !== i);
    if (dup) {
      ok = false;
      problems.push(
        `${where} field gemeenten: ${dup} is listed twice (in gemeenten or participants). Fix: list each gemeente once.`,
      );
    }
    for (const [i, source] of data.sources.entries()) {
      if (!findSource(source.id)) {
        ok = false;
        problems.push(
          `${where} field sources[${i}].id: unknown source "${source.id}". ${unknownSourceHint(source.id)}`,
        );
      }
    }
    if (data.newSources?.length && !options.submission) {
      ok = false;
      for (const [i, n] of data.newSources.entries()) {
        problems.push(
          `${where} field newSources[${i}]: "${n.title}" (${n.url}) is a submitted source that is not in the registry yet. Fix: check it, store its text in ../shared/sources, run npm run import:web-sources, cite it under sources by its web-… id and delete newSources.`,
        );
      }
    }
    if (read.body.trim().length < MIN_BODY_LENGTH) {
      ok = false;
      problems.push(
        `${where} body: the case text is missing or shorter than ${MIN_BODY_LENGTH} characters. Fix: describe the practice in your own words below the frontmatter.`,
      );
    }
    for (const p of findUnsafeMarkdown(read.body)) {
      ok = false;
      problems.push(`${where} line ${read.bodyLine + p.line - 1}: ${describeMarkdownProblem(p)}`);
    }
    if (ok) cases.push({ slug, path: file.path, data, body: read.body });
  }
  return { cases, problems };
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
  return (
    path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(frontmatter)'
  );
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
      .map(
        (key) =>
          `field ${formatPath([...issue.path, key])} is not part of the schema. Fix: remove it or correct its spelling (see docs/content-guide.md).`,
      )
      .join('\n');
  }
  if (value === undefined) {
    return `field ${field} is missing. Fix: add it (see docs/content-guide.md).`;
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return `field ${field}: "${typeof value === 'string' ? value : JSON.stringify(value)}" is not a known value. Fix: use one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}.`;
  }
  if (issue.code === 'invalid_type') {
    const expected = /expected (\w+)/.exec(issue.message)?.[1];
    if (value instanceof Date && expected === 'string') {
      return `field ${field}: YAML reads the unquoted value ${value.toISOString().slice(0, 10)} as a date, but this field is text. Fix: put the value in quotes, e.g. ${field.split(/[.[]/).pop()}: "${value.toISOString().slice(0, 10)}".`;
    }
    if ((typeof value === 'number' || typeof value === 'boolean') && expected === 'string') {
      return `field ${field}: YAML reads the unquoted value ${String(value)} as a ${typeof value}, but this field is text. Fix: put the value in quotes: "${String(value)}".`;
    }
    if (typeof value === 'string' && expected === 'object' && /^(gemeenten|participants)\[\d+\]$/.test(field)) {
      return `field ${field}: "${value}" is a name; a gemeente is given by its CBS code. Fix: write "- code: GM…" with the 2025 code of ${value} (see /gemeenten/).`;
    }
    if (typeof value === 'string' && expected === 'array') {
      return `field ${field}: "${value}" is a single value; this field is a list. Fix: write it as a list, e.g. [${value}].`;
    }
    if (expected)
      return `field ${field}: expected ${expected === 'object' ? 'a group of sub-fields' : expected === 'array' ? 'a list' : `a ${expected}`}, got ${value instanceof Date ? 'a date' : Array.isArray(value) ? 'a list' : typeof value}. Fix: see docs/content-guide.md for the expected form.`;
  }
  // Messages written in the schema start with the field name ("summary: …"); do not repeat it.
  const lastKey = String(issue.path.at(-1) ?? '');
  const message = issue.message.startsWith(`${lastKey}: `) ? issue.message.slice(lastKey.length + 2) : issue.message;
  return `field ${field}: ${message}. Fix: see docs/content-guide.md for the expected form.`;
}

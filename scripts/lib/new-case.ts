/**
 * Pure parts of `npm run new-case` (scripts/new-case.ts): parse the flags, then plan the file
 * (resolve gemeenten, check ids and the slug, write the Markdown with src/lib/cases/case-markdown.ts).
 * No file system access here, so tests cover every rule.
 */
import { caseMarkdown, suggestSlug, uniqueSlug, type CaseFrontmatterDraft } from '../../src/lib/cases/case-markdown';
import { resolveGemeente, type GemeenteOption } from '../../src/lib/cases/case-form';
import { SEED_IDS } from '../../src/lib/cases/case-schema';
import { findSource, unknownSourceHint } from '../../src/lib/sources/sources';
import { SLUG } from '../../src/lib/cases/case-validation';
import { DOMAIN_IDS, INSTRUMENT_IDS, THEME_IDS } from '../../src/lib/cases/taxonomy';
import { WRR_TYPE_IDS } from '../../src/lib/typology/wrr-types';

export interface NewCaseOptions {
  slug?: string;
  title?: string;
  /** CBS codes or names, as given. */
  gemeenten: string[];
  seed?: string;
  section?: string;
  pages?: string;
  themes: string[];
  domains: string[];
  instrument?: string;
  typeInSource?: string;
  year?: string;
  period?: string;
  summary?: string;
  lessons: string[];
  urls: string[];
  status?: string;
  added?: string;
  /** Folder for the file (default content/praktijkvoorbeelden). */
  dir: string;
  help: boolean;
}

export const NEW_CASE_USAGE = `Usage: npm run new-case -- --title "…" --gemeente GM0599 [options]

Writes a new case file with what you give and blank fields for the rest, then lists what is
still to fill in (the same checks as npm run validate:content).

Required:
  --title TEXT            Dutch title
  --gemeente CODE|NAME    CBS code (GM0599) or name (Rotterdam, Den Haag, Leerdam); repeat for more
Optional:
  --slug SLUG             file name without .md (default: from gemeente and title)
  --seed ID               source: a seed id or its number (001 = 001_68f2031519a2468a), or a web page id (web-…)
  --section TEXT          section or heading in the source
  --pages TEXT            page numbers in the source
  --theme ID              repeat, 1–4 (${THEME_IDS.slice(0, 2).join(', ')}, …)
  --domain ID             repeat, 0–4
  --instrument ID         one of ${INSTRUMENT_IDS.join(', ')}
  --type-in-source ID     WRR type id the source presents the case under
  --year YYYY             year it started or was published
  --period TEXT           free-text precision about the year
  --summary TEXT          1–2 sentences, 40–400 characters
  --lesson TEXT           repeat, 2–4 take-aways
  --url URL               repeat: original URLs the source gives
  --status TEXT           e.g. loopt, afgerond
  --added YYYY-MM-DD      date added (default: today)
  --dir PATH              folder (default: content/praktijkvoorbeelden)
  --help                  this text`;

const SINGLE = {
  '--slug': 'slug',
  '--title': 'title',
  '--seed': 'seed',
  '--section': 'section',
  '--pages': 'pages',
  '--instrument': 'instrument',
  '--type-in-source': 'typeInSource',
  '--year': 'year',
  '--period': 'period',
  '--summary': 'summary',
  '--status': 'status',
  '--added': 'added',
  '--dir': 'dir',
} as const;

const REPEATABLE = {
  '--gemeente': 'gemeenten',
  '--theme': 'themes',
  '--domain': 'domains',
  '--lesson': 'lessons',
  '--url': 'urls',
} as const;

/** Parse argv (without node and script). Accepts `--flag value` and `--flag=value`. */
export function parseNewCaseArgs(argv: readonly string[]): { options: NewCaseOptions } | { error: string } {
  const options: NewCaseOptions = {
    gemeenten: [],
    themes: [],
    domains: [],
    lessons: [],
    urls: [],
    dir: 'content/praktijkvoorbeelden',
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const single = SINGLE[flag as keyof typeof SINGLE];
    const repeat = REPEATABLE[flag as keyof typeof REPEATABLE];
    if (!single && !repeat) {
      return {
        error: arg.startsWith('-')
          ? `Unknown option ${flag}. Run npm run new-case -- --help for the list.`
          : `Unexpected argument "${arg}": every value follows an option such as --title.`,
      };
    }
    let value: string | undefined;
    if (flag !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || /^--[a-z][a-z-]*(=|$)/.test(value)) return { error: `Option ${flag} needs a value.` };
      i++;
    }
    if (single) {
      if (single !== 'dir' && options[single] !== undefined)
        return { error: `Option ${flag} is given twice; give it once.` };
      options[single] = value;
    } else if (repeat) {
      options[repeat].push(value);
    }
  }
  return { options };
}

export interface NewCaseContext {
  gemeenten: readonly GemeenteOption[];
  /** Slugs that already have a file. */
  existingSlugs: ReadonlySet<string>;
  /** YYYY-MM-DD, the default `added`. */
  today: string;
}

export type NewCasePlan =
  { ok: true; slug: string; fileName: string; markdown: string } | { ok: false; errors: string[] };

function checkIds(flag: string, values: readonly string[], allowed: readonly string[], errors: string[]) {
  for (const v of values) {
    if (!allowed.includes(v)) errors.push(`${flag} "${v}" is not a known id. Use one of: ${allowed.join(', ')}.`);
  }
}

/** Check the options and build the file; every problem gets a message with the fix. */
export function planNewCase(o: NewCaseOptions, ctx: NewCaseContext): NewCasePlan {
  const errors: string[] = [];
  if (!o.title?.trim()) errors.push('--title is required: give the Dutch title of the case.');
  if (o.gemeenten.length === 0)
    errors.push('--gemeente is required: give a CBS code (GM0599) or a gemeente name; repeat it for more gemeenten.');

  const gemeenten: { code: string; historicalName?: string }[] = [];
  let firstName = '';
  for (const typed of o.gemeenten) {
    const r = resolveGemeente(typed, ctx.gemeenten);
    if (r.kind === 'ok') {
      if (gemeenten.some((g) => g.code === r.code)) {
        errors.push(`--gemeente "${typed}": ${r.name} (${r.code}) is already given; list each gemeente once.`);
        continue;
      }
      firstName ||= r.name;
      gemeenten.push(r.historicalName ? { code: r.code, historicalName: r.historicalName } : { code: r.code });
    } else if (r.kind === 'ambiguous') {
      errors.push(
        `--gemeente "${typed}" fits more than one gemeente: ${r.options.map((g) => `${g.name} (${g.code})`).join(', ')}. Give the code.`,
      );
    } else {
      const hint =
        r.kind === 'unknown' && r.suggestions.length
          ? ` Did you mean ${r.suggestions.map((g) => `${g.name} (${g.code})`).join(', ')}?`
          : '';
      errors.push(
        `--gemeente "${typed}" is not a gemeente of the 2025 division.${hint} Fix: give the CBS code or the 2025 name.`,
      );
    }
  }

  let seed = o.seed;
  if (seed !== undefined) {
    const match = SEED_IDS.filter((id) => id === seed || id.startsWith(`${seed}_`));
    if (match.length === 1) seed = match[0];
    else if (!findSource(seed)) {
      errors.push(
        `--seed "${seed}" is not a source id. Use a seed (${SEED_IDS.join(', ')}, or just its number, e.g. 001) or a web page id. ${unknownSourceHint(seed)}`,
      );
    }
  }
  checkIds('--theme', o.themes, THEME_IDS, errors);
  checkIds('--domain', o.domains, DOMAIN_IDS, errors);
  checkIds('--instrument', o.instrument ? [o.instrument] : [], INSTRUMENT_IDS, errors);
  checkIds('--type-in-source', o.typeInSource ? [o.typeInSource] : [], WRR_TYPE_IDS, errors);
  if (o.year !== undefined && !/^\d{4}$/.test(o.year))
    errors.push(`--year "${o.year}" is not a year. Give four digits, e.g. 2021.`);
  if (o.added !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.added))
    errors.push(`--added "${o.added}" is not a date. Write it as YYYY-MM-DD.`);

  let slug = o.slug?.trim() ?? '';
  if (slug) {
    if (!SLUG.test(slug))
      errors.push(
        `--slug "${slug}" is not a valid slug. Use lowercase words joined by hyphens, e.g. tiel-huisvesting-arbeidsmigranten.`,
      );
    else if (ctx.existingSlugs.has(slug))
      errors.push(
        `A case with slug "${slug}" already exists (${slug}.md). Fix: choose another --slug; the existing file was not changed.`,
      );
  } else if (o.title?.trim()) {
    slug = uniqueSlug(suggestSlug(o.title, firstName) || 'praktijkvoorbeeld', ctx.existingSlugs);
  }
  if (errors.length) return { ok: false, errors };

  const data: CaseFrontmatterDraft = {
    title: o.title?.trim(),
    gemeenten,
    typeInSource: o.typeInSource,
    themes: o.themes,
    domains: o.domains,
    instrument: o.instrument,
    year: o.year === undefined ? undefined : Number(o.year),
    period: o.period,
    summary: o.summary,
    lessons: o.lessons,
    sources: [{ id: seed, section: o.section, pages: o.pages, urls: o.urls }],
    status: o.status,
    added: o.added ?? ctx.today,
  };
  // Too short on purpose: validate:content keeps failing until the text is written.
  const body = 'Beschrijf hier in eigen woorden wat de gemeente deed, waarom, hoe en met wie (minstens 200 tekens).';
  return { ok: true, slug, fileName: `${slug}.md`, markdown: caseMarkdown(data, body, { comments: true }) };
}

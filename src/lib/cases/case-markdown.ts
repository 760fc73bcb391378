/**
 * Write a practice-case file (content/praktijkvoorbeelden/<slug>.md): YAML frontmatter in the order
 * of docs/content-guide.md, then the Markdown body. Pure and DOM-free: the submission form
 * (/aanmelden/, src/components/case-submit.ts) and `npm run new-case` (scripts/new-case.ts) both use it,
 * and tests feed its output through validateCaseFiles (src/lib/cases/case-validation.ts).
 *
 * The generator does not validate: it writes what it is given, so the CLI can scaffold a file with
 * empty fields for the curator to fill in. Callers validate with caseSchema first when they need a
 * valid file.
 */
import { Document, Scalar, isCollection, isMap, isScalar, visit } from 'yaml';
import type { z } from 'astro/zod';
import type { caseSchema } from './case-schema';
import { DOMAIN_IDS, INSTRUMENT_IDS, THEME_IDS } from './taxonomy';
import { WRR_TYPE_IDS } from '../typology/wrr-types';
import { slugify } from '../site/text';

/** Frontmatter as the schema accepts it on input (defaults not yet applied). */
export type CaseFrontmatter = z.input<typeof caseSchema>;

/**
 * Frontmatter that may be incomplete or wrong (a scaffold, or broken input in tests). Every key of
 * the schema is optional and loosely typed; unknown keys are written after the known ones.
 */
export type CaseFrontmatterDraft = { [K in keyof CaseFrontmatter]?: unknown } & Record<string, unknown>;

export interface CaseMarkdownOptions {
  /** Add a short comment after fields with a fixed vocabulary or a format (for scaffolds). */
  comments?: boolean;
}

/** Frontmatter keys in the order of the content guide's template. */
export const FRONTMATTER_ORDER = [
  'title',
  'gemeenten',
  'participants',
  'typeInSource',
  'themes',
  'domains',
  'instrument',
  'year',
  'period',
  'people',
  'summary',
  'lessons',
  'sources',
  'newSources',
  'status',
  'statusAsOf',
  'lastChecked',
  'added',
] as const;

const SOURCE_ORDER = ['id', 'section', 'pages', 'urls'] as const;

/** Hints written as comments by `comments: true`; they name the allowed ids, as the content guide does. */
const COMMENTS: Partial<Record<string, string>> = {
  gemeenten: " CBS codes of the 2025 division (GM + 4 digits); a merged gemeente's old name in historicalName",
  typeInSource: ` optional: ${WRR_TYPE_IDS.join(', ')}`,
  themes: ` 1–4 of: ${THEME_IDS.join(', ')}`,
  domains: ` 0–4 of: ${DOMAIN_IDS.join(', ')}`,
  instrument: ` one of: ${INSTRUMENT_IDS.join(', ')}`,
  year: ' year the practice started or was published, as the source states',
  summary: ' 1–2 sentences, 40–400 characters',
  lessons: ' "Wat kunt u hiermee?": 2–4 concrete take-aways, each at least 15 characters',
  added: ' date the case was added to the atlas (YYYY-MM-DD)',
};

/** Above a `newSources` block: what the curators do with it (always written, also without `comments`). */
export const NEW_SOURCES_COMMENT =
  ' NIEUWE BRON, aangemeld via het formulier en nog niet in het bronnenregister. Redactie: controleer de bron,\n' +
  ' bewaar de tekst bij de bronnen, neem hem op in het register, noem hem onder sources met zijn id en haal dit blok weg.';

/** Treat undefined, null, "" and whitespace-only strings as absent for optional fields. */
function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Required fields and what a scaffold writes when they are not given: blank values that fail
 * validation with a message naming the field, so nothing half-made passes as a finished case.
 */
const REQUIRED_BLANK: Readonly<Record<string, () => unknown>> = {
  title: () => '',
  gemeenten: () => [],
  themes: () => [],
  domains: () => [],
  instrument: () => '',
  year: () => null,
  summary: () => '',
  lessons: () => [],
  sources: () => [],
  added: () => '',
};
const SOURCE_BLANK: Readonly<Record<string, () => unknown>> = { id: () => '', section: () => '', urls: () => [] };

/** Keys in `order` first, then any others; optional blanks and an empty `people` list dropped. */
function ordered(
  data: Record<string, unknown>,
  order: readonly string[],
  blanks: Readonly<Record<string, () => unknown>>,
) {
  const out: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(data).filter((k) => !order.includes(k))]) {
    const value = data[key];
    const blank = blanks[key];
    if (isBlank(value)) {
      if (blank) out[key] = blank();
    } else if (!((key === 'people' || key === 'participants') && Array.isArray(value) && value.length === 0)) {
      out[key] = value;
    }
  }
  return out;
}

/** Plain words that some YAML reader takes for a boolean or null (YAML 1.1 and 1.2). */
const YAML_KEYWORDS = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n']);

/** The YAML frontmatter (without the --- lines), ending in a newline. */
export function caseFrontmatterYaml(data: CaseFrontmatterDraft, options: CaseMarkdownOptions = {}): string {
  const top = ordered(data, FRONTMATTER_ORDER, REQUIRED_BLANK);
  if (Array.isArray(top.sources)) {
    top.sources = top.sources.map((s: unknown) =>
      s && typeof s === 'object' && !Array.isArray(s)
        ? ordered(s as Record<string, unknown>, SOURCE_ORDER, SOURCE_BLANK)
        : s,
    );
  }
  const doc = new Document(top);
  // Id lists on one line, as in the hand-written files (themes: [a, b]); empty lists as [].
  const sourceCount = Array.isArray(top.sources) ? top.sources.length : 0;
  const listPaths = [
    ['themes'],
    ['domains'],
    ['gemeenten'],
    ['participants'],
    ['lessons'],
    ['people'],
    ...Array.from({ length: sourceCount }, (_, i) => ['sources', i, 'urls']),
  ];
  for (const path of listPaths) {
    const node = doc.getIn(path, true);
    if (isCollection(node) && (path[0] === 'themes' || path[0] === 'domains' || node.items.length === 0))
      node.flow = true;
  }
  // Quote every text value, so that no YAML reader takes "2021-03-15", "12" or "yes" for a date, number or
  // boolean (Astro's js-yaml reads unquoted dates as dates). Ids and numbers stay plain.
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || typeof node.value !== 'string' || node.type === Scalar.BLOCK_FOLDED) return;
      const plainId =
        /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/i.test(node.value) && !YAML_KEYWORDS.has(node.value.toLowerCase());
      if (!plainId) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const summary = doc.get('summary', true);
  if (isScalar(summary) && typeof summary.value === 'string' && summary.value.length > 80) {
    summary.type = Scalar.BLOCK_FOLDED;
  }
  if (isMap(doc.contents)) {
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'newSources');
    if (pair && isScalar(pair.key)) pair.key.commentBefore = NEW_SOURCES_COMMENT;
  }
  if (options.comments) {
    for (const [key, comment] of Object.entries(COMMENTS)) {
      const node = doc.get(key, true);
      if (node && (isScalar(node) || isCollection(node))) {
        if (isCollection(node) && !node.flow) node.commentBefore = comment;
        else node.comment = comment;
      }
    }
  }
  return doc.toString({ lineWidth: 110, minContentWidth: 40, flowCollectionPadding: false });
}

/** The whole file: frontmatter between two --- lines, a blank line, the body, a final newline. */
export function caseMarkdown(data: CaseFrontmatterDraft, body: string, options: CaseMarkdownOptions = {}): string {
  const text = body.replace(/\r\n?/g, '\n').trim();
  return `---\n${caseFrontmatterYaml(data, options)}---\n\n${text}${text ? '\n' : ''}`;
}

/** Where a case with this slug lives in the repository. */
export function casePath(slug: string): string {
  return `content/praktijkvoorbeelden/${slug}.md`;
}

/** Words that carry no meaning in a slug. */
const SLUG_STOPWORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'op',
  'voor',
  'met',
  'te',
  'aan',
  'om',
  'die',
  'dat',
  'als',
  'bij',
  'naar',
  'tot',
  'uit',
  'over',
  'door',
  'zo',
  'er',
  'ze',
  'zich',
]);

/**
 * A slug suggestion from the first gemeente's name and the title: the gemeente, then up to `words`
 * meaningful words of the title ("Maastricht" + "Martinushuis: jonge statushouders en studenten wonen
 * samen" → "maastricht-martinushuis-jonge-statushouders"). Returns "" when nothing is left.
 */
export function suggestSlug(title: string, gemeenteName = '', words = 3): string {
  const place = slugify(gemeenteName);
  const placeWords = new Set(place.split('-'));
  const titleWords = slugify(title)
    .split('-')
    .filter((w) => w && !SLUG_STOPWORDS.has(w) && !placeWords.has(w))
    .slice(0, words);
  return [place, ...titleWords].filter(Boolean).join('-');
}

/** The first of slug, slug-2, slug-3, … that is not taken. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let i = 2; ; i++) {
    const candidate = `${slug}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

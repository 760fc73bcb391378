/**
 * The logic of the submission form on /aanmelden/: turn what a user typed into a case file, or into
 * one Dutch message per field. Pure and DOM-free (the browser side is src/components/case-submit.ts),
 * so unit tests cover every rule.
 *
 * It checks what `npm run validate:content` checks, with the same code: the content collection's
 * schema (caseSchema), the gemeente code check with its nearest-name suggestion (nearestGemeenten),
 * the body rules (MIN_BODY_LENGTH, findRawHtmlLine) and slug rules (SLUG, unique). On top it asks web
 * links to start with http(s):// and turns merged gemeenten' old names into the 2025 gemeente plus
 * historicalName.
 *
 * A case rests on one of the known source documents (a seed) or on a new document or web page that the
 * submitter describes (title, publisher, date, address). A new source goes into the file as a marked
 * `newSources` block for the curators, who register it before the case can be published.
 * submissionMail() turns the finished file into an e-mail link to the redactie.
 */
import { caseSchema, type CaseData } from './case-schema';
import { MIN_BODY_LENGTH, SLUG, nearestGemeenten, type GemeenteRef } from './case-rules';
import { findSuspiciousMarkup } from './markdown-lexical';
import { caseMarkdown, casePath, suggestSlug, uniqueSlug } from './case-markdown';
import { normalizeText } from '../site/text';
import { DUTCH_MONTHS } from '../site/format';

/** A 2025 gemeente as the form knows it: official name plus other names that should find it. */
export interface GemeenteOption extends GemeenteRef {
  /** Colloquial names and spellings ("Den Haag"), from src/lib/search/gemeente-aliases.ts. */
  aliases?: readonly string[];
  /** Names of 2017 gemeenten that merged into this one ("Leerdam" for Vijfheerenlanden). */
  formerNames?: readonly string[];
}

/** What the submission page (src/pages/aanmelden.astro) hands to <case-submit> (src/components/case-submit.ts). */
export interface CaseSubmitPayload {
  gemeenten: GemeenteOption[];
  /** Slugs of existing cases: a new case may not take one. */
  takenSlugs: string[];
  /** The redactie's address (SITE_CONTACT_EMAIL), or null when the site has a contact page instead. */
  contactEmail: string | null;
}

export type GemeenteResolution =
  | { kind: 'empty' }
  | { kind: 'ok'; code: string; name: string; historicalName?: string }
  | { kind: 'ambiguous'; options: GemeenteRef[] }
  | { kind: 'unknown'; suggestions: GemeenteRef[] };

const CODE = /^gm\d{4}$/;

/**
 * Which 2025 gemeente a typed name or code means. Order: CBS code, official name, alias, former name
 * (then the old name becomes historicalName). Case, accents and a leading "gemeente " are ignored.
 */
export function resolveGemeente(input: string, gemeenten: readonly GemeenteOption[]): GemeenteResolution {
  const typed = input.trim().replace(/\s+/g, ' ');
  const q = normalizeText(typed).replace(/^gemeente /, '');
  if (!q) return { kind: 'empty' };
  const ref = (g: GemeenteOption): GemeenteRef => ({ code: g.code, name: g.name });
  if (CODE.test(q)) {
    const g = gemeenten.find((x) => x.code.toLowerCase() === q);
    return g ? { kind: 'ok', ...ref(g) } : { kind: 'unknown', suggestions: [] };
  }
  const byName = gemeenten.find((g) => normalizeText(g.name) === q);
  if (byName) return { kind: 'ok', ...ref(byName) };
  for (const list of ['aliases', 'formerNames'] as const) {
    const hits = gemeenten.filter((g) => (g[list] ?? []).some((n) => normalizeText(n) === q));
    if (hits.length > 1)
      return { kind: 'ambiguous', options: hits.map(ref).sort((a, b) => a.name.localeCompare(b.name, 'nl')) };
    const hit = hits[0];
    if (hit) {
      if (list === 'aliases') return { kind: 'ok', ...ref(hit) };
      const former = (hit.formerNames ?? []).find((n) => normalizeText(n) === q) ?? typed;
      return { kind: 'ok', ...ref(hit), historicalName: former };
    }
  }
  return { kind: 'unknown', suggestions: nearestGemeenten(typed, gemeenten, 3).map(ref) };
}

/** Everything the form holds, as typed (strings). */
export interface CaseFormValues {
  title: string;
  /** One entry per gemeente input, as typed. */
  gemeenten: string[];
  /** WRR type id, or '' for none. */
  typeInSource: string;
  themes: string[];
  domains: string[];
  instrument: string;
  year: string;
  period: string;
  /** One person per line: "name, role". */
  people: string;
  summary: string;
  /** The lesson inputs, empty ones included. */
  lessons: string[];
  /** 'seed': one of the known documents; 'new': a document or web page the submitter describes. */
  sourceKind?: 'seed' | 'new';
  seed: string;
  section: string;
  pages: string;
  /** One web address per line. */
  urls: string;
  /** A new source (sourceKind 'new'): title, publisher, date as typed, web address, where in it. */
  newTitle?: string;
  newPublisher?: string;
  newDate?: string;
  newUrl?: string;
  newSection?: string;
  status: string;
  /** Markdown body. */
  body: string;
  /** File name without .md; '' lets the form suggest one. */
  slug: string;
}

export interface CaseFormContext {
  gemeenten: readonly GemeenteOption[];
  /** Slugs of the cases already in the atlas. */
  takenSlugs: readonly string[];
  /** Today as YYYY-MM-DD: the `added` date. */
  today: string;
}

export interface FieldError {
  /** id of the form control the message belongs to (and the error summary links to). */
  field: string;
  message: string;
}

export type CaseFormResult =
  | {
      ok: true;
      slug: string;
      path: string;
      fileName: string;
      markdown: string;
      data: CaseData;
      gemeenten: GemeenteResolution[];
    }
  | { ok: false; errors: FieldError[]; gemeenten: GemeenteResolution[] };

/** Control ids. Checkbox groups use the id of their fieldset; the client focuses the first box. */
export const FIELD = {
  title: 'titel',
  gemeente: (i: number) => `gemeente-${i + 1}`,
  typeInSource: 'type-in-bron',
  themes: 'themas',
  domains: 'domeinen',
  instrument: 'instrument',
  year: 'jaar',
  period: 'periode',
  people: 'personen',
  summary: 'samenvatting',
  lesson: (i: number) => `les-${i + 1}`,
  sourceKind: 'bron-soort',
  seed: 'bron',
  section: 'bron-onderdeel',
  pages: 'bron-paginas',
  urls: 'bron-links',
  newTitle: 'nieuwe-bron-titel',
  newPublisher: 'nieuwe-bron-uitgever',
  newDate: 'nieuwe-bron-datum',
  newUrl: 'nieuwe-bron-adres',
  newSection: 'nieuwe-bron-onderdeel',
  status: 'status',
  body: 'tekst',
  slug: 'slug',
} as const;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const nonEmptyLines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text);
const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} of ${names[names.length - 1]}`;

function gemeenteMessage(r: GemeenteResolution, typed: string): string | null {
  if (r.kind === 'ambiguous') {
    return `Er zijn meerdere gemeenten met de naam ‘${typed.trim()}’. Kies ${list(r.options.map((o) => o.name))}.`;
  }
  if (r.kind === 'unknown') {
    const base = CODE.test(normalizeText(typed))
      ? `Gemeentecode ${typed.trim().toUpperCase()} bestaat niet in de indeling van 2025.`
      : `‘${typed.trim()}’ is geen gemeente in de indeling van 2025.`;
    return r.suggestions.length
      ? `${base} Bedoelt u ${list(r.suggestions.map((s) => s.name))}?`
      : `${base} Kies een gemeente uit de lijst.`;
  }
  return null;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
}

/** Where a schema issue belongs and what to tell the user, in Dutch. */
function describe(
  issue: Issue,
  values: CaseFormValues,
  map: { lessons: number[]; people: number[]; urls: number[] },
): FieldError {
  // sources is a list of one entry in the form: ['sources', 0, 'id'] reads as ['source', 'id'].
  const path = issue.path[0] === 'sources' ? ['source', ...issue.path.slice(2)] : issue.path;
  const [head, second, third] = path;
  const small = issue.code === 'too_small';
  const big = issue.code === 'too_big';
  switch (head) {
    case 'title':
      if (big)
        return {
          field: FIELD.title,
          message: `Maak de titel korter: hoogstens 160 tekens (nu ${collapse(values.title).length}).`,
        };
      if (issue.code === 'custom')
        return {
          field: FIELD.title,
          message: 'De titel bevat een onzichtbaar stuur- of leesrichtingsteken. Typ de titel opnieuw.',
        };
      return { field: FIELD.title, message: 'Geef een titel van minstens 5 tekens.' };
    case 'gemeenten':
      return { field: FIELD.gemeente(0), message: 'Vul minstens één gemeente in.' };
    case 'typeInSource':
      return { field: FIELD.typeInSource, message: 'Kies een van de negen typen, of ‘geen type genoemd’.' };
    case 'themes':
      if (big) return { field: FIELD.themes, message: `Kies hoogstens vier thema’s (nu ${values.themes.length}).` };
      if (small) return { field: FIELD.themes, message: 'Kies minstens één thema.' };
      return { field: FIELD.themes, message: 'Kies thema’s uit de lijst.' };
    case 'domains':
      if (big)
        return {
          field: FIELD.domains,
          message: `Kies hoogstens vier integratiedomeinen (nu ${values.domains.length}).`,
        };
      return { field: FIELD.domains, message: 'Kies integratiedomeinen uit de lijst.' };
    case 'instrument':
      return { field: FIELD.instrument, message: 'Kies wat voor soort voorbeeld het is.' };
    case 'year':
      if (issue.code === 'custom')
        return { field: FIELD.year, message: 'Dit jaar ligt in de toekomst. Vul het jaar in dat de bron noemt.' };
      if (small) return { field: FIELD.year, message: 'Vul een jaar in vanaf 1990.' };
      return { field: FIELD.year, message: 'Vul een jaartal in van vier cijfers, bijvoorbeeld 2021.' };
    case 'people': {
      const line = typeof second === 'number' ? map.people[second] : undefined;
      return {
        field: FIELD.people,
        message: `Regel ${line ?? 1}: schrijf naam en rol elk met minstens 2 tekens, gescheiden door een komma.`,
      };
    }
    case 'summary': {
      const n = collapse(values.summary).length;
      if (big) return { field: FIELD.summary, message: `Maak de samenvatting korter: hoogstens 400 tekens (nu ${n}).` };
      return {
        field: FIELD.summary,
        message: `Schrijf een samenvatting van één of twee volledige zinnen: minstens 40 tekens (nu ${n}).`,
      };
    }
    case 'lessons': {
      if (typeof second === 'number') {
        return {
          field: FIELD.lesson(map.lessons[second] ?? second),
          message: 'Maak deze les concreter: minstens 15 tekens.',
        };
      }
      const firstEmpty = values.lessons.findIndex((l) => !l.trim());
      return { field: FIELD.lesson(Math.max(0, firstEmpty)), message: 'Schrijf minstens twee lessen.' };
    }
    case 'source':
      if (second === 'id' || second === undefined)
        return { field: FIELD.seed, message: 'Kies de bron waarin het voorbeeld staat.' };
      if (second === 'section') {
        return { field: FIELD.section, message: 'Noem het hoofdstuk of de paragraaf in de bron (minstens 3 tekens).' };
      }
      if (second === 'urls') {
        const line = typeof third === 'number' ? map.urls[third] : undefined;
        return { field: FIELD.urls, message: `Regel ${line ?? 1}: dit is geen geldig webadres. Begin met https://.` };
      }
      if (second === 'pages') return { field: FIELD.pages, message: 'Controleer de pagina’s.' };
      break;
    case 'newSources':
      if (third === 'title')
        return {
          field: FIELD.newTitle,
          message: 'Geef de titel van het document of de webpagina (minstens 3 tekens).',
        };
      if (third === 'publisher')
        return {
          field: FIELD.newPublisher,
          message: 'Noem wie het document of de webpagina uitgaf, bijvoorbeeld ‘Gemeente Tiel’.',
        };
      if (third === 'url')
        return {
          field: FIELD.newUrl,
          message: 'Geef het webadres van het document of de webpagina, beginnend met https://.',
        };
      if (third === 'date') return { field: FIELD.newDate, message: NEW_DATE_MESSAGE };
      if (third === 'section')
        return {
          field: FIELD.newSection,
          message: 'Maak de plaats in het document iets duidelijker (minstens 3 tekens).',
        };
      return { field: FIELD.newTitle, message: 'Controleer de gegevens van de bron.' };
    case 'period':
      return { field: FIELD.period, message: 'Controleer de periode.' };
    case 'status':
      return { field: FIELD.status, message: 'Controleer de status.' };
  }
  return { field: FIELD.title, message: `Controleer het formulier: ${issue.message}` };
}

/** Order of the controls on the page (src/pages/aanmelden.astro), for sorting the error summary. */
function orderOf(field: string): number {
  const order: string[] = [
    FIELD.title,
    FIELD.summary,
    FIELD.body,
    'gemeente',
    FIELD.themes,
    FIELD.domains,
    FIELD.instrument,
    FIELD.typeInSource,
    FIELD.year,
    FIELD.period,
    FIELD.status,
    'les',
    FIELD.sourceKind,
    FIELD.seed,
    FIELD.section,
    FIELD.pages,
    FIELD.urls,
    FIELD.newTitle,
    FIELD.newPublisher,
    FIELD.newDate,
    FIELD.newUrl,
    FIELD.newSection,
    FIELD.people,
    FIELD.slug,
  ];
  const m = /^(gemeente|les)-(\d+)$/.exec(field);
  const base = order.indexOf(m ? m[1]! : field);
  return base * 100 + (m ? Number(m[2]) : 0);
}

/**
 * Check the form and build the file. On success `markdown` is a file that validateCaseFiles accepts;
 * otherwise `errors` holds at most one message per control, in form order.
 */
export function validateCaseForm(values: CaseFormValues, ctx: CaseFormContext): CaseFormResult {
  const errors: FieldError[] = [];

  const resolutions = values.gemeenten.map((typed) => resolveGemeente(typed, ctx.gemeenten));
  const seen = new Map<string, number>();
  const gemeenten: { code: string; historicalName?: string }[] = [];
  resolutions.forEach((r, i) => {
    const message = gemeenteMessage(r, values.gemeenten[i] ?? '');
    if (message) errors.push({ field: FIELD.gemeente(i), message });
    if (r.kind !== 'ok') return;
    const earlier = seen.get(r.code);
    if (earlier !== undefined) {
      errors.push({
        field: FIELD.gemeente(i),
        message: `${r.name} staat er al (gemeente ${earlier + 1}). Noem elke gemeente één keer.`,
      });
      return;
    }
    seen.set(r.code, i);
    gemeenten.push(r.historicalName ? { code: r.code, historicalName: r.historicalName } : { code: r.code });
  });
  const gemeenteErrors = errors.length > 0;

  const lessonSlots = values.lessons.flatMap((text, i) => (text.trim() ? [{ text: collapse(text), i }] : []));
  const peopleLines = nonEmptyLines(values.people);
  const newSource = values.sourceKind === 'new';
  // The links field belongs to a known document; a new source has its own address.
  const urlLines = newSource ? [] : nonEmptyLines(values.urls);
  const newDate = newSource
    ? parseSourceDate(values.newDate ?? '', ctx.today)
    : { ok: true as const, value: undefined };
  if (!newDate.ok) errors.push({ field: FIELD.newDate, message: newDate.message });
  for (const { text, line } of urlLines) {
    if (!/^https?:\/\/\S+$/i.test(text)) {
      errors.push({ field: FIELD.urls, message: `Regel ${line}: dit is geen geldig webadres. Begin met https://.` });
    }
  }
  for (const { text, line } of peopleLines) {
    if (!text.includes(',')) {
      errors.push({
        field: FIELD.people,
        message: `Regel ${line}: zet een komma tussen naam en rol, bijvoorbeeld ‘Jan Jansen, wethouder’.`,
      });
    }
  }

  const year = values.year.trim();
  const optional = (s: string) => (collapse(s) ? collapse(s) : undefined);
  const raw = {
    title: collapse(values.title),
    gemeenten,
    ...(values.typeInSource ? { typeInSource: values.typeInSource } : {}),
    themes: values.themes,
    domains: values.domains,
    instrument: values.instrument || undefined,
    year: /^\d{4}$/.test(year) ? Number(year) : year || undefined,
    ...(optional(values.period) ? { period: optional(values.period) } : {}),
    people: peopleLines.map(({ text }) => {
      const comma = text.indexOf(',');
      return comma < 0
        ? { name: text, role: '' }
        : { name: text.slice(0, comma).trim(), role: text.slice(comma + 1).trim() };
    }),
    summary: collapse(values.summary),
    lessons: lessonSlots.map((l) => l.text),
    sources: newSource
      ? []
      : [
          {
            id: values.seed || undefined,
            ...(optional(values.section) ? { section: optional(values.section) } : {}),
            ...(optional(values.pages) ? { pages: optional(values.pages) } : {}),
            urls: urlLines.map((l) => l.text),
          },
        ],
    ...(newSource
      ? {
          newSources: [
            {
              title: collapse(values.newTitle ?? ''),
              publisher: collapse(values.newPublisher ?? ''),
              ...(newDate.ok && newDate.value ? { date: newDate.value } : {}),
              url: (values.newUrl ?? '').trim(),
              ...(optional(values.newSection ?? '') ? { section: optional(values.newSection ?? '') } : {}),
            },
          ],
        }
      : {}),
    // The status a submitter gives is the status of the month they submit it.
    ...(optional(values.status) ? { status: optional(values.status), statusAsOf: ctx.today.slice(0, 7) } : {}),
    added: ctx.today,
  };

  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    const map = {
      lessons: lessonSlots.map((l) => l.i),
      people: peopleLines.map((l) => l.line),
      urls: urlLines.map((l) => l.line),
    };
    for (const issue of parsed.error.issues) {
      // An empty gemeente list after unknown names: the per-gemeente messages say it better.
      if (issue.path[0] === 'gemeenten' && gemeenteErrors) continue;
      errors.push(describe(issue, values, map));
    }
  }

  const body = values.body.replace(/\r\n?/g, '\n').trim();
  if (body.length < MIN_BODY_LENGTH) {
    errors.push({
      field: FIELD.body,
      message: `Beschrijf het voorbeeld in eigen woorden: minstens ${MIN_BODY_LENGTH} tekens (nu ${body.length}).`,
    });
  } else {
    const suspect = findSuspiciousMarkup(body);
    if (suspect) {
      errors.push({
        field: FIELD.body,
        message:
          suspect.kind === 'html'
            ? `Regel ${suspect.line}: HTML-code (tekst tussen < en >) is niet toegestaan. Schrijf gewone tekst; voor opmaak kunt u **vet** of [linktekst](https://…) gebruiken. Een losse < schrijft u als \\<.`
            : `Regel ${suspect.line}: links mogen alleen naar https://-, http://- of mailto:-adressen of naar een pagina van deze site.`,
      });
    }
  }

  const taken = new Set(ctx.takenSlugs);
  const typedSlug = values.slug.trim();
  let slug = '';
  if (typedSlug) {
    if (!SLUG.test(typedSlug)) {
      errors.push({
        field: FIELD.slug,
        message: 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld tiel-huisvesting-arbeidsmigranten.',
      });
    } else if (taken.has(typedSlug)) {
      errors.push({
        field: FIELD.slug,
        message: 'Deze naam heeft al een ander praktijkvoorbeeld. Kies een andere, of laat het veld leeg.',
      });
    } else {
      slug = typedSlug;
    }
  } else {
    const first = resolutions.find((r) => r.kind === 'ok');
    slug = uniqueSlug(suggestSlug(raw.title, first?.kind === 'ok' ? first.name : '') || 'praktijkvoorbeeld', taken);
  }

  // One message per control (the first), in the order of the form.
  const unique = errors.filter((e, i) => errors.findIndex((x) => x.field === e.field) === i);
  unique.sort((a, b) => orderOf(a.field) - orderOf(b.field));
  if (unique.length || !parsed.success) return { ok: false, errors: unique, gemeenten: resolutions };

  return {
    ok: true,
    slug,
    path: casePath(slug),
    fileName: `${slug}.md`,
    markdown: caseMarkdown(parsed.data, body),
    data: parsed.data,
    gemeenten: resolutions,
  };
}

const NEW_DATE_MESSAGE =
  'Schrijf de datum zoals ‘2024’, ‘mei 2024’ of ‘14 mei 2024’ (of 14-5-2024), of laat het veld leeg.';

/**
 * The date of a new source as the schema wants it (YYYY, YYYY-MM or YYYY-MM-DD), from what people type:
 * "2024", "mei 2024", "14 mei 2024", "14-5-2024", "5-2024" or "2024-05-14". Empty is fine (no date);
 * a date that does not exist or lies after `today` is not.
 */
export function parseSourceDate(
  input: string,
  today: string,
): { ok: true; value: string | undefined } | { ok: false; message: string } {
  const q = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return { ok: true, value: undefined };
  const pad = (n: number) => String(n).padStart(2, '0');
  const monthName = '(' + DUTCH_MONTHS.join('|') + ')';
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(q))) y = Number(match[1]);
  else if ((match = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(q)))
    [y, m, d] = [Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined];
  else if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(q))) [m, y] = [Number(match[1]), Number(match[2])];
  else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(q)))
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = new RegExp(`^(?:(\\d{1,2}) )?${monthName} (\\d{4})$`).exec(q))) {
    [d, m, y] = [
      match[1] ? Number(match[1]) : undefined,
      (DUTCH_MONTHS as readonly string[]).indexOf(match[2]!) + 1,
      Number(match[3]),
    ];
  } else return { ok: false, message: NEW_DATE_MESSAGE };
  if (y < 1900 || (m !== undefined && (m < 1 || m > 12))) return { ok: false, message: NEW_DATE_MESSAGE };
  if (d !== undefined) {
    const date = new Date(Date.UTC(y, m! - 1, d));
    if (date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d)
      return { ok: false, message: `${input.trim()} bestaat niet. ${NEW_DATE_MESSAGE}` };
  }
  const value = [String(y), ...(m !== undefined ? [pad(m)] : []), ...(d !== undefined ? [pad(d)] : [])].join('-');
  if (value > today.slice(0, value.length))
    return {
      ok: false,
      message: 'Deze datum ligt in de toekomst. Vul de datum in die het document of de webpagina noemt.',
    };
  return { ok: true, value };
}

/** Longest e-mail link we make: mail programs and browsers differ, and about 2,000 characters works everywhere. */
export const MAILTO_MAX = 1900;

/**
 * An e-mail link to the redactie with the finished file in the message. When the file would make the link
 * too long, the message asks the sender to attach the downloaded file instead (`complete` false).
 */
export function submissionMail(
  to: string,
  fileName: string,
  title: string,
  markdown: string,
  max = MAILTO_MAX,
): { href: string; complete: boolean } {
  const subject = `Nieuw praktijkvoorbeeld: ${title}`.slice(0, 150);
  const link = (body: string) => `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const intro =
    'Beste redactie,\n\nHierbij meld ik een praktijkvoorbeeld aan voor de Praktijkatlas Nieuwe Verscheidenheid.';
  const full = link(`${intro} Hieronder staat de inhoud van het bestand ${fileName}.\n\n${markdown}`);
  if (full.length <= max) return { href: full, complete: true };
  return {
    href: link(`${intro}\n\nHet bestand ${fileName} stuur ik mee als bijlage.\n\n`),
    complete: false,
  };
}

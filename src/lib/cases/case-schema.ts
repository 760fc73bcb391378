import { z } from 'astro/zod';
import { WRR_TYPE_IDS } from '../typology/wrr-types';
import { DOMAIN_IDS, INSTRUMENT_IDS, THEME_IDS } from './taxonomy';
import { isSeedId, SEED_IDS, WEB_SOURCE_ID } from '../sources/source-ids';
import { GEMEENTE_CODE } from '../data/gemeente-code';

export { SEED_IDS };

/** Links a case may cite: http(s) only (no javascript:, data: or file: URLs). */
export const httpUrl = z.url({ protocol: /^https?$/, message: 'use a full http(s):// address' });

/** C0/C1 control characters (tab and newline allowed) and the bidi overrides/isolates that can disguise text. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters the rule rejects
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Plain text for one field: trimmed, between min and max characters, no control or bidi-override characters. */
function plainText(field: string, min: number, max: number, minMessage?: string) {
  return z
    .string()
    .trim()
    .min(min, minMessage ?? `${field}: write at least ${min} characters`)
    .max(max, `${field}: at most ${max} characters; shorten it`)
    .refine((v) => !UNSAFE_CHARS.test(v), {
      message: `${field}: contains an invisible control or text-direction character; retype the text without it`,
    });
}

/** Today in the Netherlands as YYYY-MM-DD (the build's TZ is Europe/Amsterdam). */
function today(): string {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

/**
 * A calendar date written as YYYY-MM-DD that exists. Astro's YAML parser (js-yaml) turns an unquoted
 * date into a Date object; quoted it stays a string: both are accepted and normalised to the string.
 * (js-yaml silently rolls 30 February over to 2 March; the validator checks the raw text for that.)
 */
const isoDate = z.union([
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  z.iso.date({ message: 'write an existing date as YYYY-MM-DD' }),
]);

/** A gemeente by CBS code (2025 division); a merged gemeente's old name in historicalName. */
const gemeenteRef = z
  .object({
    code: z.string().regex(GEMEENTE_CODE, 'code: use a CBS code like GM0599 (GM + 4 digits), not a name'),
    historicalName: z.string().min(2).optional(),
  })
  .strict();

/**
 * Frontmatter of one practice case (content/praktijkvoorbeelden/<slug>.md).
 * The file name is the slug. Cross-checks that need other data (does the gemeente code exist in
 * the 2025 division, is the slug unique) live in src/lib/cases/case-validation.ts.
 */
export const caseSchema = z
  .object({
    /** Dutch title as shown on cards and the case page. */
    title: plainText('title', 5, 160, 'title: write a title of at least 5 characters'),
    /**
     * The gemeente(n) whose practice this is: CBS codes of the 2025 division. When the source names a
     * gemeente that has since merged, give that old name in `historicalName`.
     */
    gemeenten: z.array(gemeenteRef).min(1, 'gemeenten: name at least one gemeente by its CBS code'),
    /** Gemeenten that only took part (attended, were consulted): shown separately, not as "uit <gemeente>". */
    participants: z.array(gemeenteRef).default([]),
    /** The WRR type section the source presents the case under, if it does. */
    typeInSource: z.enum(WRR_TYPE_IDS).optional(),
    /** 1–4 themes from src/lib/cases/taxonomy.ts THEMES. */
    themes: z.array(z.enum(THEME_IDS)).min(1).max(4),
    /** 0–4 integration domains (seed 002) from src/lib/cases/taxonomy.ts DOMAINS. */
    domains: z.array(z.enum(DOMAIN_IDS)).max(4).default([]),
    /** What kind of instrument the case is: one id from INSTRUMENTS. */
    instrument: z.enum(INSTRUMENT_IDS),
    /**
     * Year the practice started or was published, as the source states it (or as its date shows). Leave it
     * out when the source gives no date: never estimate. Pages then say "jaar niet vermeld".
     */
    year: z
      .number()
      .int()
      .min(1990)
      .refine((y) => y <= new Date().getFullYear(), {
        message: 'year: lies in the future; give the year the source states',
      })
      .optional(),
    /** Optional precision about the year, e.g. "2019–2024" or "motie van 2016". */
    period: plainText('period', 2, 300).optional(),
    /** Bestuurders or officials the source names, with their role at the time. */
    people: z
      .array(z.object({ name: plainText('name', 2, 120), role: plainText('role', 2, 200) }).strict())
      .default([]),
    /** 1–2 sentences for cards and search results. */
    summary: plainText('summary', 40, 400, 'summary: write 1–2 full sentences (at least 40 characters)'),
    /** "Wat kunt u hiermee?": 2–4 concrete take-aways for another gemeente. */
    lessons: z
      .array(plainText('lessons', 15, 400))
      .min(2)
      .max(4),
    /** The sources the case rests on: seed documents and/or stored web pages, by id. */
    sources: z
      .array(
        z
          .object({
            /**
             * A seed id (file in ../shared/seeds) or a web page id (seeds/web-sources.json). That the id is
             * registered is checked by the validator (src/lib/cases/case-validation.ts), which runs before every build.
             */
            id: z.string().refine((id) => isSeedId(id) || WEB_SOURCE_ID.test(id), {
              message: 'id: use a seed id (e.g. 001_68f2031519a2468a) or a web page id (web-…)',
            }),
            /** Section or heading in that source where the practice is described (required for seeds). */
            section: z.string().trim().min(3).optional(),
            /** Page number(s) in the original document, where known. */
            pages: z.string().optional(),
            /** Original URLs that this source gives for the practice (not the web page's own URL). */
            urls: z.array(httpUrl).default([]),
          })
          .strict()
          .superRefine((s, ctx) => {
            if (isSeedId(s.id) && s.section === undefined) {
              ctx.addIssue({
                code: 'custom',
                path: ['section'],
                message: 'section: a seed document is long; name the heading where the practice is described',
              });
            }
          }),
      )
      .max(12, 'sources: at most 12 sources'),
    /**
     * Sources that someone submitted through /aanmelden/ and that are not yet in the registry: title,
     * publisher, date and address as the submitter gave them. A submission may carry them
     * (validateCaseFiles with `submission: true`); the build refuses them until a curator has stored the
     * source, registered it (seeds/web-sources.json) and cites it under `sources` by its id.
     */
    newSources: z
      .array(
        z
          .object({
            title: plainText('newSources.title', 3, 300),
            publisher: plainText('newSources.publisher', 2, 200),
            /** As the document states it: YYYY, YYYY-MM or YYYY-MM-DD. */
            date: z
              .string()
              .regex(
                /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
                'newSources.date: write YYYY, YYYY-MM or YYYY-MM-DD',
              )
              .optional(),
            url: httpUrl,
            /** Where in the document the practice is described. */
            section: plainText('newSources.section', 3, 300).optional(),
          })
          .strict(),
      )
      .max(3)
      .optional(),
    /** Status of the practice as far as the source tells, e.g. "loopt", "afgerond", "gepland". */
    status: plainText('status', 3, 80).optional(),
    /** When the source says so: YYYY or YYYY-MM. Required with a status ("loopt, stand mei 2024 volgens de bron"). */
    statusAsOf: z
      .union([z.number().int().transform(String), z.string()])
      .pipe(
        z
          .string()
          .regex(
            /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/,
            'statusAsOf: write YYYY or YYYY-MM (the date of the source that gives the status)',
          ),
      )
      .optional(),
    /** Date (YYYY-MM-DD) someone last checked the facts against the source. */
    lastChecked: isoDate.optional(),
    /** Date (YYYY-MM-DD) the case was added to the atlas; used by the feed. */
    added: isoDate.refine((d) => d <= today(), {
      message: 'added: lies in the future; give the date the case was added',
    }),
  })
  .strict()
  // At least one source, registered or newly submitted. Checked also when other fields are wrong (`when`),
  // so that an empty scaffold names every missing field at once.
  .refine(
    (c) =>
      !Array.isArray(c.sources) || c.sources.length > 0 || (Array.isArray(c.newSources) && c.newSources.length > 0),
    {
      path: ['sources'],
      message: 'sources: cite at least one source',
      when: (payload) => {
        const v = payload.value as { sources?: unknown } | undefined;
        return Array.isArray(v?.sources);
      },
    },
  )
  .superRefine((c, ctx) => {
    if (c.status && !c.statusAsOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusAsOf'],
        message: 'statusAsOf: a status needs the date of the source that gives it (YYYY or YYYY-MM)',
      });
    }
    if (c.statusAsOf && !c.status) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'status: statusAsOf is given without a status; add the status or remove statusAsOf',
      });
    }
  });

export type CaseData = z.infer<typeof caseSchema>;

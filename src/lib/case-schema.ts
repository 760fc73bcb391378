import { z } from 'astro/zod';
import { WRR_TYPE_IDS } from './wrr-types';
import { DOMAIN_IDS, INSTRUMENT_IDS, THEME_IDS } from './taxonomy';

/** Seed ids: the file names (without .txt) of the source documents in ../shared/seeds. */
export const SEED_IDS = [
  '000_19043681f265d4a4',
  '001_68f2031519a2468a',
  '002_2a9157b830d9a835',
  '003_a5d51523264c3556',
  '004_871ea42cfaa0445f',
] as const;

const GEMEENTE_CODE = /^GM\d{4}$/;

/**
 * A calendar date written as YYYY-MM-DD. Astro's YAML parser turns such values into Date objects
 * while other YAML parsers keep the string, so both are accepted and normalised to the string.
 */
const isoDate = z.union([
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  z.iso.date({ message: 'write the date as YYYY-MM-DD' }),
]);

/**
 * Frontmatter of one practice case (content/praktijkvoorbeelden/<slug>.md).
 * The file name is the slug. Cross-checks that need other data (does the gemeente code exist in
 * the 2025 division, is the slug unique) live in src/lib/case-validation.ts.
 */
export const caseSchema = z
  .object({
    /** Dutch title as shown on cards and the case page. */
    title: z.string().trim().min(5, 'title: write a title of at least 5 characters'),
    /**
     * The gemeente(n) the case belongs to: CBS codes of the 2025 division. When the source names a
     * gemeente that has since merged, give that old name in `historicalName`.
     */
    gemeenten: z
      .array(
        z.object({
          code: z
            .string()
            .regex(GEMEENTE_CODE, 'gemeenten.code: use a CBS code like GM0599 (GM + 4 digits)'),
          historicalName: z.string().min(2).optional(),
        }).strict(),
      )
      .min(1, 'gemeenten: name at least one gemeente by its CBS code'),
    /** The WRR type section the source presents the case under, if it does. */
    typeInSource: z.enum(WRR_TYPE_IDS).optional(),
    /** 1–4 themes from src/lib/taxonomy.ts THEMES. */
    themes: z.array(z.enum(THEME_IDS)).min(1).max(4),
    /** 0–4 integration domains (seed 002) from src/lib/taxonomy.ts DOMAINS. */
    domains: z.array(z.enum(DOMAIN_IDS)).max(4).default([]),
    /** What kind of instrument the case is: one id from INSTRUMENTS. */
    instrument: z.enum(INSTRUMENT_IDS),
    /** Year the practice started or was published, as the source states it. */
    year: z
      .number()
      .int()
      .min(1990)
      .refine((y) => y <= new Date().getFullYear(), {
        message: 'year: lies in the future; give the year the source states',
      }),
    /** Optional precision about the year, e.g. "2019–2024" or "motie van 2016". */
    period: z.string().optional(),
    /** Bestuurders or officials the source names, with their role at the time. */
    people: z
      .array(z.object({ name: z.string().min(2), role: z.string().min(2) }).strict())
      .default([]),
    /** 1–2 sentences for cards and search results. */
    summary: z.string().trim().min(40, 'summary: write 1–2 full sentences (at least 40 characters)').max(400),
    /** "Wat kunt u hiermee?": 2–4 concrete take-aways for another gemeente. */
    lessons: z.array(z.string().trim().min(15)).min(2).max(4),
    source: z
      .object({
        /** Seed id: file name of the source document in ../shared/seeds, without .txt. */
        seed: z.enum(SEED_IDS),
        /** Section or heading in that document where the case is described. */
        section: z.string().min(3),
        /** Page number(s) in the original document, where known. */
        pages: z.string().optional(),
        /** Original URLs that the source document gives for this practice. */
        urls: z.array(z.url()).default([]),
      })
      .strict(),
    /** Status of the practice as far as the source tells, e.g. "afgerond", "loopt". */
    status: z.string().optional(),
    /** Date (YYYY-MM-DD) someone last checked the facts against the source. */
    lastChecked: isoDate.optional(),
    /** Date (YYYY-MM-DD) the case was added to the atlas; used by the feed. */
    added: isoDate,
  })
  .strict();

export type CaseData = z.infer<typeof caseSchema>;

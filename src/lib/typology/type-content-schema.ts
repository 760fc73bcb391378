import { z } from 'astro/zod';
import { WRR_TYPE_IDS } from './wrr-types';
import { SEED_IDS } from '../cases/case-schema';
import { GEMEENTE_CODE } from '../data/gemeente-code';

/** Frontmatter of content/typen/<type-id>.md: the description of one WRR type in our words. */
export const typeContentSchema = z
  .object({
    /** Stable type id; must equal the file name. */
    id: z.enum(WRR_TYPE_IDS),
    /** Full Dutch name of the type. */
    name: z.string().min(3),
    /** Every gemeente the source names as an example of this type, in order of first mention. */
    examples: z
      .array(
        z
          .object({
            /** Name as the source writes it. */
            name: z.string().min(2),
            /** CBS code in the 2025 division (the successor if the gemeente has merged). */
            code: z.string().regex(GEMEENTE_CODE),
            /** The name at the time, when the gemeente has merged since. */
            historicalName: z.string().optional(),
            /** Where in the source document it is named. */
            where: z.string().min(3),
          })
          .strict(),
      )
      .default([]),
    /** 2–5 typical questions or policy tasks for this type, as the sources describe them. */
    questions: z.array(z.string().min(10)).min(1).max(6),
    source: z.object({ seed: z.enum(SEED_IDS), section: z.string().min(3) }).strict(),
  })
  .strict();

export type TypeContentData = z.infer<typeof typeContentSchema>;

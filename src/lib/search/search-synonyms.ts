/**
 * Search by meaning (issue 15): a curated list of Dutch synonyms and variants, and of words that only
 * look like compounds. Documented in docs/search-synonyms.md.
 *
 * Each group is one concept. At index time a field that contains any variant also gets the group's
 * concept token ("0syn<n>"); at query time a query word or phrase that is a variant also matches that
 * token. So "asielzoekerscentrum" finds cases that only say "azc", and "buitenlandse werknemers" finds
 * cases about arbeidsmigranten. Variants are written normalised (lowercase, no diacritics, hyphens as
 * spaces). A trailing "*" marks a stem: it also covers longer words that start with it (compounds such
 * as "arbeidsmigrantenhuisvesting"); without "*" a variant matches only the whole word, so
 * "internationals" does not tag every "internationale samenwerking".
 *
 * Curators: add a variant to the group it means; keep a group about one thing; prefer exact words over
 * stems; a stem must not start common words of another meaning. Tests: tests/unit/search-synonyms.test.ts.
 */
import { tokenize } from './search-text';

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // 0: asylum reception
  [
    'azc',
    'azcs',
    'asielzoekerscentrum',
    'asielzoekerscentra',
    'asielopvang',
    'asielzoeker*',
    'opvanglocatie*',
    'opvangcentrum',
    'noodopvang',
  ],
  // 1: refugees with a residence permit
  ['statushouder*', 'vergunninghouder*', 'nieuwkomer*', 'erkende vluchtelingen', 'erkend vluchteling'],
  // 2: labour migration
  [
    'arbeidsmigrant*',
    'arbeidsmigratie',
    'buitenlandse werknemers',
    'buitenlandse werknemer',
    'buitenlandse arbeiders',
    'buitenlandse arbeidskrachten',
    'seizoenarbeid*',
    'seizoensarbeid*',
    'seizoenwerk*',
    'internationale werknemers',
    'internationale werknemer',
    'labour migrants',
    'gastarbeider*',
  ],
  // 3: discrimination
  [
    'discriminatie*',
    'discrimineren',
    'gediscrimineerd',
    'racisme',
    'racistisch',
    'racistische',
    'antidiscriminatie*',
    'antiracisme',
    'institutioneel racisme',
  ],
  // 4: border regions and neighbouring countries
  [
    'grens',
    'grensregio*',
    'grensgemeente*',
    'grensoverschrijdend*',
    'grensstreek',
    'duitsers',
    'duitser',
    'duitsland',
    'duitse',
    'belgen',
    'belg',
    'belgie',
    'belgische',
    'vlamingen',
    'euregio*',
  ],
  // 5: highly skilled international residents
  ['expat*', 'internationals', 'kennismigrant*', 'kenniswerkers', 'internationale studenten', 'internationale student'],
  // 6: people from Ukraine
  ['oekrainers', 'oekrainer', 'oekraiense vluchtelingen', 'oekraiense ontheemden', 'oekraiense', 'oekraine'],
  // 7: civic integration
  ['inburgering*', 'inburgeraar*', 'inburgeringsplichtig*'],
  // 8: LGBTI
  ['lhbti', 'lhbtiq', 'lhbtiqa', 'lhbt', 'regenbooggemeente*', 'regenboogstad'],
];

/**
 * Query words that must not match words that merely start with them: "werk" (work) is not
 * "werkwijze" (method) or "werkelijk" (really). Word → stems of tokens it must skip in the prefix
 * and infix passes (exact matches stay).
 */
export const FALSE_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  werk: ['werkwijz', 'werkelijk'],
  zorg: ['zorgvuldig'],
  geld: ['gelden', 'geldt', 'geldig'],
  recht: ['rechtstreeks'],
  stad: ['stadium'],
  arm: ['armband'],
  kunst: ['kunstmatig'],
  grens: ['grenzeloos'],
};

/** Concept tokens start with a digit, so no word of a text or query is taken for one by accident. */
export const CONCEPT_PREFIX = '0syn';
export const conceptToken = (group: number) => `${CONCEPT_PREFIX}${group}`;

interface Variant {
  words: string[];
  stem: boolean;
  group: number;
}

const VARIANTS: Variant[] = SYNONYM_GROUPS.flatMap((g, group) =>
  g.map((v) => ({ words: tokenize(v.replace(/\*$/, '')), stem: v.endsWith('*'), group })),
);
/** One-word variants by word, multi-word ones by first word. */
const SINGLE = new Map<string, number>();
const STEMS: Variant[] = [];
const PHRASES = new Map<string, Variant[]>();
for (const v of VARIANTS) {
  if (v.words.length === 1) {
    SINGLE.set(v.words[0]!, v.group);
    if (v.stem) STEMS.push(v);
  } else {
    const list = PHRASES.get(v.words[0]!) ?? [];
    list.push(v);
    PHRASES.set(v.words[0]!, list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

const stemMemo = new Map<string, number | null>();

/** The concept group of one word: a one-word variant, or a word that starts with a stem variant. */
export function groupOfWord(word: string): number | null {
  const exact = SINGLE.get(word);
  if (exact !== undefined) return exact;
  let group = stemMemo.get(word);
  if (group === undefined) {
    group = STEMS.find((v) => word.startsWith(v.words[0]!))?.group ?? null;
    if (stemMemo.size > 50_000) stemMemo.clear();
    stemMemo.set(word, group);
  }
  return group;
}

/** The concept token of one (query or text) word, or null. */
export function conceptOf(word: string): string | null {
  const g = groupOfWord(word);
  return g === null ? null : conceptToken(g);
}

/** Index time: the concept tokens a field's tokens carry, one per group any variant of which occurs. */
export function conceptTokensOf(tokens: readonly string[]): string[] {
  const found = new Set<number>();
  tokens.forEach((t, i) => {
    const g = groupOfWord(t);
    if (g !== null) found.add(g);
    for (const v of PHRASES.get(t) ?? []) if (v.words.every((w, k) => tokens[i + k] === w)) found.add(v.group);
  });
  return [...found].sort((a, b) => a - b).map(conceptToken);
}

/**
 * Query time: multi-word variants among the query words become one concept token ("buitenlandse
 * werknemers" → "0syn2"); `spans[i]` is the query text term i stands for. Longest phrase first.
 */
export function joinVariantPhrases(words: readonly string[]): { words: string[]; spans: string[] } {
  const out: string[] = [];
  const spans: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = (PHRASES.get(words[i]!) ?? []).find((v) => v.words.every((w, k) => words[i + k] === w));
    if (phrase) {
      out.push(conceptToken(phrase.group));
      spans.push(words.slice(i, i + phrase.words.length).join(' '));
      i += phrase.words.length - 1;
    } else {
      out.push(words[i]!);
      spans.push(words[i]!);
    }
  }
  return { words: out, spans };
}

/** The one-word variants of a concept token (stems without "*"), to highlight in result cards. */
export function variantWordsOf(token: string): string[] {
  if (!token.startsWith(CONCEPT_PREFIX)) return [];
  const group = Number(token.slice(CONCEPT_PREFIX.length));
  return VARIANTS.filter((v) => v.group === group).flatMap((v) => v.words);
}

/** Whether a token must not match `word` as a prefix or infix (see FALSE_PREFIXES). */
export function isFalsePrefix(word: string, token: string): boolean {
  const stems = FALSE_PREFIXES[word];
  return stems !== undefined && stems.some((s) => token.startsWith(s));
}

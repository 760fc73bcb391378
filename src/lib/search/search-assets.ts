/**
 * The case search as static files (issue 17, docs/adr/0006-case-search-index.md): the list page no
 * longer embeds the index. The build writes
 *   - the core index: per case its slug, year and facet values (as numbers into value tables), and the
 *     postings of every field but the body (title, gemeenten, tags, people, summary, lessons) —
 *     loaded on the first search interaction or when the browser is idle;
 *   - the body index: postings of the body text — loaded right after the core, merged in when it arrives;
 *   - card chunks of CARD_CHUNK cases (title, gemeente names, summary) — loaded for the cards shown.
 * Cases are in the default list order (newest first, then title), so a case's number is its title
 * rank for tie-breaks and the core needs no titles.
 * File names carry a content hash, so browsers may cache them for good.
 * Postings are delta-encoded pairs [doc gap, field mask | min(occurrences, 31) << 7].
 */
import { TEXT_FIELDS, fieldTokens, type DocMeta, type SearchDoc, type SearchIndex } from './search-index';
import type { PlaceEntry } from './search-places';

/** What a client-rendered card needs besides the summary. */
export interface CardMeta {
  /** Display title. */
  title: string;
  /** Gemeente names as shown on the card ("Súdwest-Fryslân (Sneek)"). */
  gemeenten: string;
  year: number | null;
}

export interface AssetCase {
  doc: SearchDoc;
  card: CardMeta;
  summary: string;
}

/** Doc tuple: slug, year, then per facet (FACET_ORDER) the numbers of its values in `values`. */
export type DocTuple = [string, number | null, number[], number[], number[], number, number[]];

const FACET_ORDER = ['types', 'themes', 'domains', 'instrument', 'bron'] as const;

export interface CoreIndexFile {
  v: 2;
  /** Value tables per facet, in FACET_ORDER. */
  values: string[][];
  docs: DocTuple[];
  vocab: string[];
  postings: number[][];
  /** URLs of the card chunks; chunk k holds the cards of docs k·CARD_CHUNK … */
  cards: string[];
  /** Gemeente names and aliases, to recognise them in queries (search-places.ts). */
  places: PlaceEntry[];
}

/** One card in a chunk: title, gemeente names, summary. */
export type CardTuple = [string, string, string];

export interface BodyIndexFile {
  v: 1;
  vocab: string[];
  postings: number[][];
}

export const CARD_CHUNK = 50;
const BODY = TEXT_FIELDS.indexOf('body');
const CORE_FIELDS = TEXT_FIELDS.map((_, f) => f).filter((f) => f !== BODY);

export interface ClientSearchIndex extends SearchIndex {
  /** Card chunk URLs (see CoreIndexFile.cards). */
  cards: readonly string[];
}

function encode(entries: [number, number, number][]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const [d, mask, n] of entries) {
    out.push(d - prev, mask | (Math.min(n, 31) << 7));
    prev = d;
  }
  return out;
}

function decode(list: readonly number[]): number[] {
  const out: number[] = [];
  let d = 0;
  for (let k = 0; k < list.length; k += 2) {
    d += list[k]!;
    const v = list[k + 1]!;
    out.push(d, v & 127, v >> 7);
  }
  return out;
}

function postingsFor(docs: readonly SearchDoc[], fields: readonly number[]): { vocab: string[]; postings: number[][] } {
  const byToken = new Map<string, [number, number, number][]>();
  docs.forEach((doc, d) => {
    const perToken = new Map<string, [number, number, number]>();
    for (const f of fields) {
      for (const token of fieldTokens(doc[TEXT_FIELDS[f]!])) {
        const e = perToken.get(token);
        if (e) {
          e[1] |= 1 << f;
          e[2]++;
        } else perToken.set(token, [d, 1 << f, 1]);
      }
    }
    for (const [token, e] of perToken) {
      const list = byToken.get(token);
      if (list) list.push(e);
      else byToken.set(token, [e]);
    }
  });
  const vocab = [...byToken.keys()].sort();
  return { vocab, postings: vocab.map((t) => encode(byToken.get(t)!)) };
}

/**
 * The files for a corpus, in the default list order. `chunkUrl(k, json)` names card chunk k (the
 * caller adds the hash).
 */
export function buildSearchFiles(
  cases: readonly AssetCase[],
  chunkUrl: (k: number, json: string) => string,
  places: PlaceEntry[] = [],
): { core: CoreIndexFile; body: BodyIndexFile; chunks: { url: string; json: string }[] } {
  const docs = cases.map((c) => c.doc);
  const chunks: { url: string; json: string }[] = [];
  for (let k = 0; k * CARD_CHUNK < cases.length; k++) {
    const cards: CardTuple[] = cases
      .slice(k * CARD_CHUNK, (k + 1) * CARD_CHUNK)
      .map((c) => [c.card.title, c.card.gemeenten, c.summary]);
    const json = JSON.stringify(cards satisfies CardTuple[]);
    chunks.push({ url: chunkUrl(k, json), json });
  }
  const tables = FACET_ORDER.map(() => new Map<string, number>());
  const num = (f: number, v: string) => {
    const t = tables[f]!;
    let i = t.get(v);
    if (i === undefined) t.set(v, (i = t.size));
    return i;
  };
  const tuples: DocTuple[] = docs.map((d) => [
    d.slug,
    d.year,
    d.types.map((v) => num(0, v)),
    d.themes.map((v) => num(1, v)),
    d.domains.map((v) => num(2, v)),
    num(3, d.instrument),
    d.bron.map((v) => num(4, v)),
  ]);
  return {
    core: {
      v: 2,
      values: tables.map((t) => [...t.keys()]),
      docs: tuples,
      ...postingsFor(docs, CORE_FIELDS),
      cards: chunks.map((c) => c.url),
      places,
    },
    body: { v: 1, ...postingsFor(docs, [BODY]) },
    chunks,
  };
}

/** The client index from the core file (searches every field but the body until withBody). */
export function parseCoreIndex(file: CoreIndexFile): ClientSearchIndex {
  if (file.v !== 2 || file.vocab.length !== file.postings.length)
    throw new Error('Search index file is corrupt or of another version.');
  const [types, themes, domains, instruments, bron] = file.values as [string[], string[], string[], string[], string[]];
  const docs: DocMeta[] = file.docs.map(([slug, year, ty, th, dom, ins, br]) => ({
    slug,
    // Docs are in title order within a year: an empty title keeps that order in tie-breaks.
    title: '',
    year,
    types: ty.map((i) => types[i]!) as DocMeta['types'],
    themes: th.map((i) => themes[i]!),
    domains: dom.map((i) => domains[i]!),
    instrument: instruments[ins]!,
    bron: br.map((i) => bron[i]!),
  }));
  return {
    docs,
    vocab: file.vocab,
    postings: new Map(file.vocab.map((t, i) => [t, decode(file.postings[i]!)])),
    cards: file.cards,
    places: file.places,
  };
}

/** A new index with the body postings merged in (a token's lists are concatenated; matchWords allows that). */
export function withBody(index: ClientSearchIndex, body: BodyIndexFile): ClientSearchIndex {
  if (body.v !== 1 || body.vocab.length !== body.postings.length)
    throw new Error('Body index file is corrupt or of another version.');
  const postings = new Map(index.postings);
  body.vocab.forEach((t, i) => {
    const list = decode(body.postings[i]!);
    const have = postings.get(t);
    postings.set(t, have ? [...have, ...list] : list);
  });
  return { ...index, vocab: [...postings.keys()], postings };
}

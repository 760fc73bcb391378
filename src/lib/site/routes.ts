/**
 * Every internal URL of the site, in one place. The page files in src/pages define the same paths by
 * their file names; everything that links to, fetches or names a page builds the URL here.
 * Dependency-free, because client scripts import it too (it ends up in their bundles).
 * tests/unit/routes.test.ts keeps other files from writing these paths out; the e2e link crawl checks
 * that they resolve.
 *
 * Query strings are formatted by the module that also parses them (search-state.ts, compare-state.ts,
 * shortlist.ts); the functions here take them ready-made, without "?".
 */

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);
const withHash = (path: string, hash: string) => (hash ? `${path}#${hash}` : path);

/** The open-data files under /data/ (src/pages/data/*.ts). */
export type DataFile =
  | 'gemeenten.json'
  | 'gemeenten.csv'
  | 'gemeenten.xlsx'
  | 'praktijkvoorbeelden.json'
  | 'praktijkvoorbeelden.csv'
  | 'praktijkvoorbeelden.xlsx'
  | 'typologie-validatie.json';

const SEARCH_FILE = /^\/zoekindex\/(.+)\.json$/;

/** The case list, optionally with a query string (serializeSearchState). */
const cases = (query = '') => withQuery('/praktijkvoorbeelden/', query);
const gemeente = (slug: string, hash = '') => withHash(`/gemeenten/${slug}/`, hash);
/** The open-data page. */
const data = () => '/data/';

export const routes = {
  home: () => '/',

  cases,
  /** Page `page` of the server-rendered case list (page 1 is the list itself). */
  casesPage: (page: number) => (page <= 1 ? cases() : `/praktijkvoorbeelden/pagina/${page}/`),
  /** The case list searching for `words`, as the header search form sends it. */
  caseSearch: (words: string) => cases(`q=${encodeURIComponent(words)}`),
  case: (slug: string) => `/praktijkvoorbeelden/${slug}/`,

  gemeenten: () => '/gemeenten/',
  gemeente,
  briefing: (slug: string) => `${gemeente(slug)}briefing/`,

  types: () => '/typen/',
  type: (id: string, hash = '') => withHash(`/typen/${id}/`, hash),
  /** The compare page, optionally with a query string (serializeCompareState). */
  compare: (query = '') => withQuery('/vergelijk/', query),

  /** "Mijn selectie", optionally with a query string (serializeIds). */
  selection: (query = '') => withQuery('/selectie/', query),
  /** The display data of one case for the selection page (src/pages/selectie/bladen/[slug].json.ts). */
  selectionSheet: (slug: string) => `/selectie/bladen/${encodeURIComponent(slug)}.json`,

  submit: (hash = '') => withHash('/aanmelden/', hash),
  method: (hash = '') => withHash('/methode/', hash),
  about: () => '/over/',
  accessibility: () => '/toegankelijkheid/',

  data,
  dataFile: (file: DataFile) => `${data()}${file}`,
  /** RSS feed (src/pages/[feed].xml.ts; only built with SITE_URL). */
  feed: () => '/rss.xml',

  /** Names of all gemeenten for the header search (src/pages/zoek-gemeenten.json.ts). */
  gemeenteNames: () => '/zoek-gemeenten.json',
  /** A file of the case search index (src/lib/search/search-assets.ts), by name without extension. */
  searchFile: (name: string) => `/zoekindex/${name}.json`,
  /** The name searchFile was given, for the endpoint's route parameter. */
  searchFileName: (url: string) => {
    const name = SEARCH_FILE.exec(url)?.[1];
    if (!name) throw new Error(`Not a search file URL: ${url}`);
    return name;
  },
} as const;

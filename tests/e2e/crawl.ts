/**
 * Crawl the built site over HTTP from "/" and collect every internal page, the links between them and
 * the external links. Pure Node (no browser): fast enough to run over every page on each test run.
 */
export interface CrawlResult {
  /** Internal HTML pages reached, as paths ("/gemeenten/westland/"). */
  pages: string[];
  /** Internal links that did not resolve, or anchors that do not exist on their target page. */
  broken: { from: string; href: string; reason: string }[];
  /** External links (not fetched), with the pages that use them. */
  external: Map<string, Set<string>>;
}

/** Parallel requests: enough to keep the local server busy, few enough for a 2-core machine. */
const CONCURRENCY = 6;
const HREF = /\s(?:href|src)="([^"]+)"/g;
const ID = /\sid="([^"]+)"/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

export async function crawlSite(origin: string, starts: readonly string[] = ['/']): Promise<CrawlResult> {
  const html = new Map<string, string>();
  const status = new Map<string, number>();
  const queue = [...starts];
  /** Paths queued or visited, so each is fetched once. */
  const seen = new Set(queue);
  const links: { from: string; url: URL }[] = [];
  const external = new Map<string, Set<string>>();

  const visit = async (path: string) => {
    const res = await fetch(origin + path, { redirect: 'manual' });
    status.set(path, res.status);
    const type = res.headers.get('content-type') ?? '';
    if (res.status !== 200 || !type.startsWith('text/html')) {
      await res.arrayBuffer();
      return;
    }
    const body = await res.text();
    html.set(path, body);
    for (const match of body.matchAll(HREF)) {
      const raw = decodeEntities(match[1]!);
      if (/^(mailto:|tel:|data:|javascript:)/.test(raw)) continue;
      const url = new URL(raw, origin + path);
      if (url.origin !== origin) {
        if (!external.has(url.href)) external.set(url.href, new Set());
        external.get(url.href)!.add(path);
        continue;
      }
      links.push({ from: path, url });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  };
  // A few requests at a time, until the queue is empty and nothing is in flight.
  let inFlight = 0;
  await new Promise<void>((done, fail) => {
    const pump = () => {
      while (inFlight < CONCURRENCY && queue.length) {
        const path = queue.shift()!;
        inFlight++;
        visit(path).then(() => {
          inFlight--;
          pump();
        }, fail);
      }
      if (inFlight === 0 && !queue.length) done();
    };
    pump();
  });

  const ids = new Map<string, Set<string>>();
  for (const [path, body] of html) ids.set(path, new Set([...body.matchAll(ID)].map((m) => decodeEntities(m[1]!))));

  const broken: CrawlResult['broken'] = [];
  for (const { from, url } of links) {
    const code = status.get(url.pathname);
    if (code !== 200) {
      broken.push({ from, href: url.pathname + url.hash, reason: `HTTP ${code}` });
      continue;
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && html.has(url.pathname) && !ids.get(url.pathname)!.has(anchor)) {
      broken.push({ from, href: url.pathname + url.hash, reason: `no element with id "${anchor}"` });
    }
  }
  return { pages: [...html.keys()].sort(), broken, external };
}

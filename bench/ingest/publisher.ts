// The loopback publisher of bench:ingest: FEEDS RSS 2.0 feeds of PER_FEED stories each, on
// 127.0.0.1, with ETag/Last-Modified (304 to a conditional GET). Pages are built on request
// from corpus.ts (nothing held in memory). Counts every request it answers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalizeUrl } from '../../lib/url';
import { storyInput, storyPage } from './corpus';

export interface PublisherOptions {
  feeds: number;
  perFeed: number;
  /** Every n-th story (k % n === n - 2) is a partner's copy of an earlier story (same canonical); 0: none. */
  copyEvery?: number;
  /** Every n-th story (k % n === n - 1) is gone (404); 0: none. */
  goneEvery?: number;
  /** One more feed, `big`, with this many items (0: none), each a distinct page. */
  bigFeedItems?: number;
  /** Each page answers after this pause (fault tests: a run long enough to interrupt). */
  delayMs?: number;
}

export interface Publisher {
  origin: string;
  feedUrls: string[];
  /** Page URLs the feeds list, by kind. */
  pages: { url: string; kind: 'story' | 'copy' | 'gone'; of?: number }[];
  requests: { feed200: number; feed304: number; page: number; pageRepeats: number; robots: number; other: number };
  resetCounts(): void;
  close(): Promise<void>;
}

type Route = { kind: 'story' | 'copy' | 'gone'; index: number };

export async function startPublisher(opts: PublisherOptions): Promise<Publisher> {
  const routes = new Map<string, Route>();
  const byFeed: string[][] = [];
  const pages: Publisher['pages'] = [];
  const copyEvery = opts.copyEvery ?? 0;
  const goneEvery = opts.goneEvery ?? 0;
  for (let f = 0; f < opts.feeds; f++) {
    const paths: string[] = [];
    for (let j = 0; j < opts.perFeed; j++) {
      const k = f * opts.perFeed + j;
      let route: Route;
      let path: string;
      if (goneEvery && k % goneEvery === goneEvery - 1) {
        route = { kind: 'gone', index: k };
        path = `/standalone/news/world/taken-down-${k}/`;
      } else if (copyEvery && k % copyEvery === copyEvery - 2) {
        // A partner outlet's copy of story k - copyEvery/2: its page names that story's canonical URL.
        route = { kind: 'copy', index: k - Math.floor(copyEvery / 2) };
        path = `/partner/wire/${k}.html`;
      } else {
        route = { kind: 'story', index: k };
        path = storyInput(k).path;
      }
      routes.set(path, route);
      paths.push(path);
    }
    byFeed.push(paths);
  }
  const seen = new Set<string>();
  const requests = { feed200: 0, feed304: 0, page: 0, pageRepeats: 0, robots: 0, other: 0 };
  const lastModified = new Date(Date.UTC(2026, 0, 5, 8, 0, 0)).toUTCString();

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/robots.txt') {
      requests.robots++;
      res.writeHead(200, { 'content-type': 'text/plain' });
      return void res.end('User-agent: *\nAllow: /\n');
    }
    const feed = /^\/feeds\/(\d+|big)\.xml$/.exec(path);
    if (feed) {
      const etag = `"feed-${feed[1]}-v1"`;
      if (req.headers['if-none-match'] === etag) {
        requests.feed304++;
        return void res.writeHead(304, { etag, 'last-modified': lastModified }).end();
      }
      requests.feed200++;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified });
      const items = feed[1] === 'big' ? bigItems(opts.bigFeedItems ?? 0) : byFeed[Number(feed[1])].map((p) => item(origin + p, p));
      // Written in pieces: a 100,000-item feed is never one string on the publisher's side either.
      res.write(`<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Feed ${feed[1]}</title><link>${origin}/</link><description>bench</description>\n`);
      for (const chunk of items) res.write(chunk);
      return void res.end('</channel></rss>\n');
    }
    const big = /^\/big\/(\d+)\.html$/.exec(path);
    const route = big ? ({ kind: 'story', index: 1_000_000 + Number(big[1]) } as Route) : routes.get(path);
    if (!route) {
      requests.other++;
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
    requests.page++;
    if (seen.has(path)) requests.pageRepeats++;
    seen.add(path);
    const answer = () => {
      if (route.kind === 'gone') return void res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Page not found</h1></body></html>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(storyPage(route.index, origin));
    };
    if (opts.delayMs) setTimeout(answer, opts.delayMs);
    else answer();
  });
  function item(link: string, path: string): string {
    return `<item><title>Story ${path.length}</title><link>${link}</link><guid>${link}</guid><pubDate>${lastModified}</pubDate></item>\n`;
  }
  function* bigItems(n: number): Generator<string> {
    for (let i = 0; i < n; i += 1000) {
      let s = '';
      for (let j = i; j < Math.min(n, i + 1000); j++) s += item(`${origin}/big/${j}.html`, `/big/${j}.html`);
      yield s;
    }
  }
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const [f, paths] of byFeed.entries()) {
    for (const p of paths) {
      const r = routes.get(p)!;
      pages.push({ url: canonicalizeUrl(origin + p) ?? origin + p, kind: r.kind, ...(r.kind === 'copy' ? { of: r.index } : {}) });
    }
    void f;
  }
  return {
    origin,
    feedUrls: [...byFeed.keys()].map((f) => `${origin}/feeds/${f}.xml`),
    pages,
    requests,
    resetCounts() {
      for (const k of Object.keys(requests) as Array<keyof typeof requests>) requests[k] = 0;
      seen.clear();
    },
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

// A small publisher on loopback for integration tests: an RSS feed with ETag/304,
// a JSON Feed without validators, robots.txt, three stories and the usual trouble
// (a 404, a PDF, a redirect to the cloud metadata address, a robots-blocked page).
// The stories are written for these tests; they describe invented events.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NewsSite {
  origin: string;
  hostPort: string;
  /** Requests seen, as "METHOD path status". */
  log: string[];
  close(): Promise<void>;
}

interface Story {
  path: string;
  headline: string;
  date: string;
  paragraphs: string[];
}

export const STORIES: Story[] = [
  {
    path: '/world/2024/05/ransomware-hits-city-water-billing.html',
    headline: 'Ransomware attack knocks out water billing in Portuguese city',
    date: '2024-05-14T08:30:00Z',
    paragraphs: [
      'PORTO, Portugal (AP) — A ransomware attack disabled the online billing system of the municipal water company in Porto on Monday, city officials said.',
      'The company said customer payment data was not affected, but residents could not pay bills online for a second day. Portugal’s National Cybersecurity Centre was helping to restore the servers.',
      'No group has claimed responsibility. The officials said the attackers demanded a payment in cryptocurrency, which the city refused to make.',
    ],
  },
  {
    path: '/world/2024/05/ddos-ministry-websites.html',
    headline: 'Denial-of-service attacks take down Estonian ministry websites',
    date: '2024-05-15T11:00:00Z',
    paragraphs: [
      'TALLINN, Estonia (AP) — A wave of distributed denial-of-service attacks made the websites of three Estonian ministries unreachable for several hours on Tuesday, the government said.',
      'The Estonian Information System Authority said the traffic came from a botnet and that no data was stolen. A pro-Russian hacker group claimed the attacks on a messaging channel.',
    ],
  },
  {
    path: '/business/2024/05/harbour-festival-record-crowds.html',
    headline: 'Harbour festival draws record crowds',
    date: '2024-05-16T16:45:00Z',
    paragraphs: [
      'GDANSK, Poland (AP) — More than two hundred thousand visitors came to the harbour festival in Gdansk over the weekend, organisers said on Thursday.',
      'Sailing ships from eleven countries moored along the waterfront, and local restaurants reported their busiest weekend of the year.',
    ],
  },
];

function articleHtml(s: Story, origin: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${s.headline} | Test Harbour Gazette</title>
<link rel="canonical" href="${origin}${s.path}?utm_source=test">
<meta property="og:site_name" content="Test Harbour Gazette">
<meta property="article:published_time" content="${s.date}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/world/">World</a> <a href="/business/">Business</a></nav>
<p>Sign up for our newsletter</p></header>
<main><article>
<h1>${s.headline}</h1>
<p class="byline">By Test Reporter</p>
<time datetime="${s.date}">${s.date.slice(0, 10)}</time>
${s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>© Test Harbour Gazette. All rights reserved.</p></footer>
</body></html>`;
}

export const TROUBLE = {
  notFound: '/world/2024/05/deleted-story.html',
  pdf: '/reports/annual-report.pdf',
  metadataRedirect: '/world/2024/05/moved-story.html',
  robotsBlocked: '/private/embargoed-story.html',
};

function rss(origin: string): string {
  const items = [...STORIES.map((s) => ({ url: `${origin}${s.path}?utm_medium=rss`, title: s.headline, date: s.date })),
    { url: `${origin}${TROUBLE.notFound}`, title: 'Deleted story', date: '2024-05-13T00:00:00Z' },
    { url: `${origin}${TROUBLE.pdf}`, title: 'Annual report', date: '2024-05-12T00:00:00Z' },
    { url: `${origin}${TROUBLE.metadataRedirect}`, title: 'Moved story', date: '2024-05-11T00:00:00Z' },
    { url: `${origin}${TROUBLE.robotsBlocked}`, title: 'Embargoed story', date: '2024-05-10T00:00:00Z' }];
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Harbour Gazette — World</title><link>${origin}/</link><description>Test feed</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.url}</link><guid>${i.url}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

function jsonFeed(origin: string): string {
  // Lists two stories the RSS feed also lists: the same story in two feeds is processed once.
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test Harbour Gazette — Latest',
    items: STORIES.slice(0, 2).map((s) => ({ id: s.path, url: `${origin}${s.path}`, title: s.headline, date_published: s.date })),
  });
}

export async function startNewsSite(): Promise<NewsSite> {
  const log: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const reply = (status: number, headers: Record<string, string>, body = '') => {
      log.push(`${req.method} ${path} ${status}`);
      res.writeHead(status, headers);
      res.end(body);
    };
    if (path === '/robots.txt') return reply(200, { 'content-type': 'text/plain' }, 'User-agent: *\nDisallow: /private/\n');
    if (path === '/rss.xml') {
      const body = rss(origin);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 12)}"`;
      if (req.headers['if-none-match'] === etag) return reply(304, { etag });
      return reply(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }, body);
    }
    if (path === '/feed.json') return reply(200, { 'content-type': 'application/feed+json' }, jsonFeed(origin));
    if (path === TROUBLE.pdf) return reply(200, { 'content-type': 'application/pdf' }, '%PDF-1.4 not really a pdf');
    if (path === TROUBLE.metadataRedirect) return reply(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    if (path === TROUBLE.robotsBlocked) return reply(200, { 'content-type': 'text/html' }, '<p>should never be fetched</p>');
    const story = STORIES.find((s) => s.path === path);
    if (story) return reply(200, { 'content-type': 'text/html; charset=utf-8' }, articleHtml(story, origin));
    return reply(404, { 'content-type': 'text/html' }, '<html><body><h1>Page not found</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hostPort: `127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// Outlets on loopback that republish the same wire story, each with its own page layout,
// headline and boilerplate, for the duplicate-detection integration test. Each outlet is its
// own HTTP server (its own origin) with an RSS feed. Texts: test/unit/pipeline/fixtures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OutletStory {
  path: string;
  headline: string;
  date: string;
  paragraphs: string[];
}

export interface Outlet {
  name: string;
  origin: string;
  hostPort: string;
  feedUrl: string;
  urlOf(story: OutletStory): string;
  close(): Promise<void>;
}

function page(outlet: string, s: OutletStory, origin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${s.headline} | ${outlet}</title>
<link rel="canonical" href="${origin}${s.path}">
<meta property="og:site_name" content="${outlet}">
<meta property="article:published_time" content="${s.date}">
</head><body>
<header><nav><a href="/">${outlet}</a> <a href="/world/">World</a></nav></header>
<main><article><h1>${s.headline}</h1>
${s.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer><p>© ${outlet}</p></footer></body></html>`;
}

function rss(outlet: string, stories: OutletStory[], origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outlet}</title><link>${origin}/</link><description>${outlet} world news</description>
${stories.map((s) => `<item><title>${s.headline}</title><link>${origin}${s.path}</link><guid>${origin}${s.path}</guid><pubDate>${new Date(s.date).toUTCString()}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

export async function startOutlet(name: string, stories: OutletStory[]): Promise<Outlet> {
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/rss.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      return void res.end(rss(name, stories, origin));
    }
    const story = stories.find((s) => s.path === path);
    if (story) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(page(name, story, origin));
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    name,
    origin,
    hostPort: `127.0.0.1:${port}`,
    feedUrl: `${origin}/rss.xml`,
    urlOf: (s) => `${origin}${s.path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

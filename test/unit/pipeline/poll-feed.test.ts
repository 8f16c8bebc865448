import { createServer, type Server } from 'node:http';
import { pollFeed, MAX_CHILD_SITEMAPS } from '../../../lib/pipeline/poll-feed';
import type { PipelineDeps } from '../../../lib/pipeline/types';
import { storyId } from '../../../lib/url';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';
import { closeServer, listenOnLoopback } from '../../helpers/loopback-http';

let t: TestS3;
let server: Server;
let origin = '';
const requests: string[] = [];
let rssEtag = '"v1"';

function sitemap(urls: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${u}</loc></url>`).join('')}</urlset>`;
}

beforeAll(async () => {
  t = await startTestS3();
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(`${path} inm=${req.headers['if-none-match'] ?? ''}`);
    if (path === '/sitemap-index.xml') {
      const children = Array.from({ length: MAX_CHILD_SITEMAPS + 2 }, (_, i) => `<sitemap><loc>${origin}/sitemap-${i}.xml</loc></sitemap>`);
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${children.join('')}</sitemapindex>`);
      return;
    }
    const child = /^\/sitemap-(\d+)\.xml$/.exec(path);
    if (child) {
      if (child[1] === '3') {
        res.writeHead(500).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(sitemap([`${origin}/s/${child[1]}-a`, `${origin}/s/${child[1]}-b`]));
      return;
    }
    if (path === '/rss.xml') {
      if (req.headers['if-none-match'] === rssEtag) {
        res.writeHead(304, { etag: rssEtag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: rssEtag });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>${origin}/a?utm_source=rss</link></item>
<item><title>One again</title><link>${origin}/a#comments</link></item>
<item><title>Two</title><link>${origin}/b</link><pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate></item>
</channel></rss>`);
      return;
    }
    if (path === '/cut.xml' || path === '/bad-tail.xml') {
      // Two items, then the connection drops (or the XML goes wrong) mid-feed.
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"cut-2"' });
      res.write(`<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><link>${origin}/cut/1</link></item><item><link>${origin}/cut/2</link></item>${' '.repeat(8000)}`);
      if (path === '/bad-tail.xml') res.end('<item><link>x</lnk></item></channel></rss>');
      else setTimeout(() => res.destroy(), 50);
      return;
    }
    if (path === '/xxe.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "file:///etc/hostname"><!ENTITY a "&leak;&leak;">]><rss version="2.0"><channel><title>&a;</title>
<item><title>&leak;</title><link>${origin}/xxe/1</link></item>${'<!-- padding -->'.repeat(300)}</channel></rss>`);
      return;
    }
    if (path === '/html-not-feed') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>hello</body></html>');
      return;
    }
    res.writeHead(404).end();
  });
  origin = await listenOnLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  await t?.stop();
});

const deps = (): PipelineDeps => ({ store: t.store, fetch: { allow: [new URL(origin).host], timeoutMs: 5000 }, now: () => new Date('2024-05-20T00:00:00Z') });

describe('pollFeed', () => {
  it('de-duplicates canonical URLs, reports new items, and stores validators', async () => {
    const res = await pollFeed({ id: 'rss', url: `${origin}/rss.xml`, publisher: 'P' }, deps());
    expect(res).toMatchObject({ feedId: 'rss', outcome: 'polled', found: 2 });
    expect(res.newItems).toEqual([
      { url: `${origin}/a`, feedUrl: `${origin}/rss.xml`, feedId: 'rss', title: 'One', publishedAt: null, publisher: 'P' },
      expect.objectContaining({ url: `${origin}/b`, title: 'Two', publishedAt: '2024-05-14T08:30:00.000Z' }),
    ]);
    const state = await t.store.getFeedState('rss');
    expect(state).toMatchObject({ etag: '"v1"', lastStatus: 200, lastPolledAt: '2024-05-20T00:00:00.000Z' });
    expect(state?.recentIds).toEqual([storyId(`${origin}/a`), storyId(`${origin}/b`)]);
  });

  it('sends the stored ETag and reports not-modified', async () => {
    const res = await pollFeed({ id: 'rss', url: `${origin}/rss.xml` }, deps());
    expect(res).toMatchObject({ feedId: 'rss', outcome: 'not-modified', found: 0, newItems: [], state: { lastStatus: 304, etag: '"v1"' } });
    expect(requests[requests.length - 1]).toBe('/rss.xml inm="v1"');
  });

  it('treats stories already seen or recorded as not new', async () => {
    rssEtag = '"v2"';
    await t.store.putFeedState({ feedId: 'rss2', url: `${origin}/rss.xml`, etag: null, lastModified: null, lastPolledAt: null, lastStatus: null, recentIds: [storyId(`${origin}/a`)] });
    await t.store.putRecord(storyRecord(`${origin}/b`));
    const res = await pollFeed({ id: 'rss2', url: `${origin}/rss.xml` }, deps());
    expect(res.found).toBe(2);
    expect(res.newItems).toEqual([]);
  });

  it('follows a sitemap index to at most MAX_CHILD_SITEMAPS children, surviving a broken one', async () => {
    const res = await pollFeed({ id: 'sm', url: `${origin}/sitemap-index.xml` }, deps());
    expect(res.outcome).toBe('polled');
    expect(res.found).toBe((MAX_CHILD_SITEMAPS - 1) * 2);
    expect(requests.some((r) => r.startsWith(`/sitemap-${MAX_CHILD_SITEMAPS}.xml`))).toBe(false);
  });

  it('fails a feed with a reason and keeps its validators', async () => {
    await t.store.putFeedState({ feedId: 'gone', url: `${origin}/gone.xml`, etag: '"old"', lastModified: null, lastPolledAt: null, lastStatus: 200, recentIds: ['0123456789abcdef'] });
    const res = await pollFeed({ id: 'gone', url: `${origin}/gone.xml` }, deps());
    expect(res).toMatchObject({ outcome: 'failed', found: 0, error: { reason: 'http-status' } });
    expect(await t.store.getFeedState('gone')).toMatchObject({ etag: '"old"', lastStatus: 404, recentIds: ['0123456789abcdef'] });
    const html = await pollFeed({ id: 'html', url: `${origin}/html-not-feed` }, deps());
    expect(html.outcome).toBe('failed');
    expect(html.error?.reason).toBe('not-a-feed');
  });

  it('with saveState: false returns the state instead of writing it', async () => {
    const res = await pollFeed({ id: 'deferred', url: `${origin}/rss.xml` }, deps(), { saveState: false });
    expect(res.outcome).toBe('polled');
    expect(res.state).toMatchObject({ feedId: 'deferred', lastStatus: 200 });
    expect(res.state?.recentIds).toHaveLength(2);
    expect(await t.store.getFeedState('deferred')).toBeNull();
  });

  it.each([
    ['the connection drops', '/cut.xml', 'network'],
    ['the XML goes wrong', '/bad-tail.xml', 'not-a-feed'],
  ])('mid-feed, %s: the items read so far were handed on, the feed fails and its saved state is not moved on', async (_what, path, reason) => {
    const prev = { feedId: `mid-${reason}`, url: `${origin}${path}`, etag: '"cut-1"', lastModified: null, lastPolledAt: null, lastStatus: 200, recentIds: ['00000000000000aa'] };
    await t.store.putFeedState(prev);
    const handed: string[] = [];
    const res = await pollFeed({ id: prev.feedId, url: prev.url }, deps(), { onItem: async (m) => void handed.push(m.url) });
    expect(handed).toEqual([`${origin}/cut/1`, `${origin}/cut/2`]);
    expect(res).toMatchObject({ outcome: 'failed', found: 2, error: { reason } });
    // Without onItem (the Lambda poller) the same items come back as new items to queue.
    const plain = await pollFeed({ id: `${prev.feedId}-plain`, url: prev.url }, deps(), { saveState: false });
    expect(plain).toMatchObject({ outcome: 'failed', found: 2, error: { reason } });
    expect(plain.newItems.map((m) => m.url)).toEqual([`${origin}/cut/1`, `${origin}/cut/2`]);
    // The old validators and recent ids stay: the next poll fetches the feed again in full.
    expect(await t.store.getFeedState(prev.feedId)).toMatchObject({ etag: '"cut-1"', recentIds: ['00000000000000aa'] });
  });

  it('a feed whose DOCTYPE declares entities (XXE) fails as not-a-feed before any item is handed on', async () => {
    const handed: string[] = [];
    const res = await pollFeed({ id: 'xxe', url: `${origin}/xxe.xml` }, deps(), { onItem: async (m) => void handed.push(m.url) });
    expect(res).toMatchObject({ outcome: 'failed', found: 0, newItems: [], error: { reason: 'not-a-feed', message: expect.stringMatching(/DOCTYPE declares entities/) } });
    expect(handed).toEqual([]);
  });

  it('refuses loopback feeds that are not on the allow list', async () => {
    const res = await pollFeed({ id: 'blocked', url: `${origin}/rss.xml` }, { store: t.store, fetch: { timeoutMs: 5000 } });
    expect(res.error?.reason).toBe('ssrf-blocked');
  });
});

// Stories merged under one canonical URL, a failure that later succeeds, and 429/503 with
// Retry-After: in process against a real loopback server and the embedded S3 server, each
// checked by listing the store.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { messageId, processStory, runOnce, type PipelineDeps } from '../../lib/pipeline';
import { canonicalizeUrl } from '../../lib/url';
import { startTestS3, type TestS3 } from '../helpers/s3';
import { invariantBreaks, listStore } from '../helpers/store-invariant';
import { closeServer, listenOnLoopback } from '../helpers/loopback-http';

let t: TestS3;
let server: Server;
let origin = '';
let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, r) => void r.writeHead(404).end();

function page(canonical: string, place: string): string {
  return `<!doctype html><html lang="en"><head><title>Ferry booking system down after cyberattack</title>
<link rel="canonical" href="${canonical}">
<meta property="article:published_time" content="2025-02-11T09:00:00Z"></head><body><article>
<h1>Ferry booking system down after cyberattack</h1>
<p>${place} (AP) — A cyberattack took the booking system of a regional ferry operator offline on Tuesday, the company said, and passengers were asked to buy tickets at the harbour.</p>
<p>The operator said it had informed the national cyber security centre and that no payment card data appeared to have been taken. Sailings ran on schedule.</p>
</article></body></html>`;
}

beforeAll(async () => {
  t = await startTestS3();
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    handler(req, res);
  });
  origin = await listenOnLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  await t.stop();
});

const deps = (over: Partial<PipelineDeps> = {}): PipelineDeps => ({
  store: t.store,
  fetch: { allow: [new URL(origin).host] },
  retry: { attempts: 3, maxRetryAfterMs: 1200, baseMs: 20 },
  ...over,
});

function rss(links: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>${origin}/</link><description>d</description>${links
    .map((l) => `<item><title>x</title><link>${l}</link></item>`)
    .join('')}</channel></rss>`;
}

describe('stories under one canonical URL', () => {
  it('are one record listing every URL; the others count as merged with the id they joined; a rerun changes nothing', async () => {
    const wire = 'https://wire.example/2025/02/11/ferry-booking-cyberattack';
    const paths = ['/a/ferry', '/b/partner-copy', '/c/another-partner', '/d/third', '/e/fourth'];
    handler = (req, res) => {
      if (req.url === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(paths.map((p) => origin + p)));
      if (paths.includes(req.url ?? '')) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(wire, 'OSLO, Norway'));
      res.writeHead(404).end();
    };
    const feeds = [{ id: 'merge', url: `${origin}/feed.xml` }];
    // Five at once: the per-record lock makes one of them the record, four merge into it.
    const first = await runOnce(feeds, deps(), { concurrency: 5 });
    const wireId = messageId(wire);
    expect(first.stories).toMatchObject({ new: 5, recorded: 1, merged: 4, failed: 0, deferred: 0 });
    expect(Object.values(first.stories.mergedInto)).toEqual([wireId, wireId, wireId, wireId]);

    const listed = await listStore(t.client, t.s3.bucket);
    const mine = listed.records.filter((r) => r.canonicalUrl === wire);
    expect(mine).toHaveLength(1);
    expect(mine[0].id).toBe(wireId);
    expect(mine[0].sourceUrls).toEqual(paths.map((p) => canonicalizeUrl(origin + p)).sort());
    expect(invariantBreaks(listed, paths.map((p) => canonicalizeUrl(origin + p)!))).toEqual({ lost: [], duplicated: [] });
    // Each merged URL now answers as done, so polls skip it.
    for (const p of paths) expect(await t.store.hasRecord(messageId(origin + p))).toBe(true);

    const again = await runOnce(feeds, deps(), { concurrency: 5 });
    expect(again.stories).toMatchObject({ new: 0, recorded: 0, merged: 0 });
  });

  it('a failure that later succeeds leaves only the record, also when it merges into another URL', async () => {
    const wire = 'https://wire.example/2025/02/12/ferry-second-day';
    let down = true;
    handler = (req, res) => {
      if (req.url === '/flaky') {
        if (down) return void res.writeHead(500).end();
        return void res.writeHead(200, { 'content-type': 'text/html' }).end(page(wire, 'BERGEN, Norway'));
      }
      res.writeHead(404).end();
    };
    const msg = { url: `${origin}/flaky`, feedUrl: null, feedId: null, title: null, publishedAt: null };
    expect((await processStory(msg, deps())).outcome).toBe('failed');
    expect(await t.store.getFailure(messageId(msg.url))).toMatchObject({ reason: 'http-status', status: 500 });
    down = false;
    const out = await processStory(msg, deps());
    expect(out).toMatchObject({ outcome: 'recorded', recordId: messageId(wire) });
    const listed = await listStore(t.client, t.s3.bucket);
    expect(listed.failures.filter((f) => f.url === canonicalizeUrl(msg.url))).toEqual([]);
    expect(invariantBreaks(listed, [canonicalizeUrl(msg.url)!])).toEqual({ lost: [], duplicated: [] });
  });
});

describe('429 and 503 with Retry-After', () => {
  function scripted(statuses: Array<[number, Record<string, string>]>) {
    const seen: number[] = [];
    const path = `/busy-${Math.random().toString(36).slice(2)}`;
    handler = (req, res) => {
      if (req.url !== path) return void res.writeHead(404).end();
      seen.push(Date.now());
      const next = statuses.shift();
      if (next) return void res.writeHead(next[0], next[1]).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(page(`https://wire.example/busy${path}`, 'TURKU, Finland'));
    };
    return { url: `${origin}${path}`, seen };
  }
  const msg = (url: string) => ({ url, feedUrl: null, feedId: null, title: null, publishedAt: null });

  it('waits the seconds a 503 asks for, then records the story', async () => {
    const s = scripted([[503, { 'retry-after': '1' }]]);
    const out = await processStory(msg(s.url), deps());
    expect(out.outcome).toBe('recorded');
    expect(s.seen).toHaveLength(2);
    expect(s.seen[1] - s.seen[0]).toBeGreaterThanOrEqual(900);
  });

  it('cuts an HTTP-date far ahead to the cap', async () => {
    const s = scripted([[429, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() }]]);
    const out = await processStory(msg(s.url), deps());
    expect(out.outcome).toBe('recorded');
    expect(s.seen[1] - s.seen[0]).toBeGreaterThanOrEqual(1000);
    expect(s.seen[1] - s.seen[0]).toBeLessThan(10_000);
  });

  it('without Retry-After backs off, and after the last attempt the story is a failure record', async () => {
    const s = scripted([[429, {}], [429, {}], [429, {}], [429, {}]]);
    const out = await processStory(msg(s.url), deps());
    expect(out).toMatchObject({ outcome: 'failed', reason: 'http-status' });
    expect(s.seen).toHaveLength(3);
    const listed = await listStore(t.client, t.s3.bucket);
    expect(listed.failures.filter((f) => f.url === canonicalizeUrl(s.url))).toEqual([expect.objectContaining({ reason: 'http-status', status: 429 })]);
    expect(invariantBreaks(listed, [canonicalizeUrl(s.url)!])).toEqual({ lost: [], duplicated: [] });
  });
});

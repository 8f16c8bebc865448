import { createServer, type Server } from 'node:http';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { processStory, runOnce, type PipelineDeps, type StoryMessage } from '../../../lib/pipeline';
import { HostPacer } from '../../../lib/fetch';
import { createS3Client, createS3Store, StoreError } from '../../../lib/store';
import { recordErrors } from '../../../lib/record';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { closeServer, listenOnLoopback } from '../../helpers/loopback-http';

let t: TestS3;
let server: Server;
let origin = '';
let version = 1;
const SLOW_MS = 300;

function page(v: number): string {
  const extra = v > 1 ? '<p>Update: officials later said payment systems were also briefly offline.</p>' : '';
  return `<!doctype html><html lang="en"><head><title>Rail operator hit by cyberattack</title>
<meta property="article:published_time" content="2024-06-0${v}T10:00:00Z"></head><body><article>
<h1>Rail operator hit by cyberattack</h1>
<p>VILNIUS, Lithuania (AP) — A cyberattack disrupted the ticket sales system of Lithuania's state rail operator on Monday, the company said.</p>
<p>Trains ran on time, but passengers had to buy tickets from conductors. The operator said it had reported the attack to the national cyber security centre.</p>
${extra}</article></body></html>`;
}

beforeAll(async () => {
  t = await startTestS3();
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(page(version));
    }
    if (req.url === '/slow-story') {
      // The same page after a network-sized pause: fetch time, not extraction time.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page(1).replace(/Rail operator/g, 'Ferry operator'));
      }, SLOW_MS);
      return;
    }
    if (req.url === '/elsewhere/copy') {
      // Another outlet's copy of the same wire story: its own headline and a tagline.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(page(1).replace(/Rail operator hit by cyberattack/g, 'Lithuanian rail ticket system hit by hackers').replace('</article>', '<p>Via AP news wire.</p></article>'));
    }
    if (req.url === '/app') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html><body><noscript>Please enable JavaScript.</noscript><div id="root"></div><script src="/main.js"></script></body></html>');
    }
    if (req.url === '/empty') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html><body></body></html>');
    }
    res.writeHead(404).end();
  });
  origin = await listenOnLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  await t?.stop();
});

const deps = (): PipelineDeps => ({ store: t.store, fetch: { allow: [new URL(origin).host], timeoutMs: 5000 } });
const msg = (path: string): StoryMessage => ({ url: `${origin}${path}`, feedUrl: null, feedId: null, title: null, publishedAt: null });

async function count(prefix: string): Promise<number> {
  const res = await t.client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, Prefix: prefix }));
  return res.KeyCount ?? 0;
}

describe('processStory', () => {
  it('records a story, skips an unchanged redelivery, and replaces the record when the text changes', async () => {
    const first = await processStory(msg('/story'), deps());
    expect(first).toMatchObject({ outcome: 'recorded', isCyber: expect.any(Boolean), duplicateOf: null });
    expect((await t.store.getRecord(first.recordId!))?.duplicateOf).toBeNull();
    expect((await processStory(msg('/story'), deps())).outcome).toBe('skipped');
    version = 2;
    const changed = await processStory(msg('/story'), deps());
    expect(changed.outcome).toBe('recorded');
    const r = await t.store.getRecord(first.recordId!);
    expect(r?.text).toContain('payment systems were also briefly offline');
    // publishedAt moved a day: still exactly one record object for the story.
    expect(await count('records/')).toBe(1);
    expect(r?.publishedAt).toBe('2024-06-02T10:00:00.000Z');
    expect(r?.duplicateOf).toBeNull(); // its own earlier version is not another record
  });

  it('records another outlet’s copy of the same story as a republished copy of the first record', async () => {
    const original = await processStory(msg('/story'), deps());
    const copy = await processStory(msg('/elsewhere/copy'), deps());
    expect(copy).toMatchObject({ outcome: 'recorded', duplicateOf: original.recordId });
    const r = await t.store.getRecord(copy.recordId!);
    expect(r?.headline).toBe('Lithuanian rail ticket system hit by hackers');
    expect(r?.duplicateOf).toBe(original.recordId);
    expect(recordErrors(r)).toEqual([]);
    expect((await processStory(msg('/elsewhere/copy'), deps())).outcome).toBe('skipped');
  });

  it('ends a page without story text in an extraction failure', async () => {
    const out = await processStory(msg('/empty'), deps());
    expect(out).toMatchObject({ outcome: 'failed', reason: 'extraction' });
    expect(await t.store.getFailure(out.id)).toMatchObject({ reason: 'extraction', status: 200, message: expect.stringMatching(/the page is empty/) });
    const app = await processStory(msg('/app'), deps());
    expect(app).toMatchObject({ outcome: 'failed', reason: 'extraction' });
    expect((await t.store.getFailure(app.id))?.message).toMatch(/JavaScript shell/);
  });

  it('times each step: a slow response counts as fetch time only, and the steps add up to at most the wall time', async () => {
    const t0 = performance.now();
    const out = await processStory(msg('/slow-story'), deps());
    const wall = performance.now() - t0;
    expect(out.outcome).toBe('recorded');
    const t = out.timings!;
    expect(t.fetchMs).toBeGreaterThanOrEqual(SLOW_MS - 5);
    expect(t.cleanMs).toBeGreaterThan(0);
    expect(t.extractMs).toBeGreaterThan(0);
    expect(t.storeMs).toBeGreaterThan(0);
    expect(t.fetchMs + t.cleanMs + t.extractMs + t.storeMs).toBeLessThanOrEqual(wall + 1);
    // Cleaning and extraction ran after the pause: none of it is in their figures.
    expect(t.cleanMs + t.extractMs).toBeLessThanOrEqual(wall - t.fetchMs + 1);
  });

  it('does not count a pacer wait for the host as fetch time', async () => {
    const paced: PipelineDeps = { ...deps(), pacer: new HostPacer({ minIntervalMs: 400 }) };
    await processStory(msg('/story'), paced);
    const t0 = performance.now();
    const second = await processStory(msg('/story'), paced); // waits for the host's turn first
    const wall = performance.now() - t0;
    expect(wall).toBeGreaterThanOrEqual(300);
    expect(second.timings!.fetchMs).toBeLessThan(wall - 250);
  });

  it('times the steps it reached when a story fails', async () => {
    const out = await processStory(msg('/empty'), deps());
    expect(out.outcome).toBe('failed');
    // An empty page is cleaned, then the record step refuses it: both timed, and the two store writes.
    for (const ms of Object.values(out.timings!)) expect(ms).toBeGreaterThan(0);
    const bad = await processStory({ ...msg(''), url: 'not a url' }, deps());
    expect(bad.timings).toMatchObject({ fetchMs: 0, cleanMs: 0, extractMs: 0 });
  });

  it('fails a malformed URL with bad-url without fetching', async () => {
    const out = await processStory({ ...msg(''), url: 'not a url' }, deps());
    expect(out).toMatchObject({ outcome: 'failed', reason: 'bad-url' });
  });

  it('throws StoreError when the store is down, and runOnce counts it instead of dropping it', async () => {
    const client = createS3Client({ endpoint: 'http://127.0.0.1:1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    const dead = { ...deps(), store: createS3Store(client, 'wirewatch') };
    await expect(processStory(msg('/story'), dead)).rejects.toBeInstanceOf(StoreError);
    const summary = await runOnce([{ id: 'f', url: `${origin}/feed.xml` }], dead);
    expect(summary.feeds).toMatchObject({ failed: 1, failedByReason: { store: 1 } });
    client.destroy();
  });
});

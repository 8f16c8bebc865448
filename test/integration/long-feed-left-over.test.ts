// A feed longer than the state's recent ids, stopped before any story: every item is left for
// the next run, and the saved state must let the next poll find each of them again.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runOnce, type PipelineDeps } from '../../lib/pipeline';
import { MAX_RECENT_IDS } from '../../lib/feeds';
import { messageId } from '../../lib/pipeline/message-id';
import { startTestS3, type TestS3 } from '../helpers/s3';

const ITEMS = MAX_RECENT_IDS + 300;
let t: TestS3;
let server: Server;
let origin = '';
let fetched = 0;

beforeAll(async () => {
  t = await startTestS3();
  server = createServer((req, res) => {
    if (req.url !== '/long.xml') return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === '"long-1"') return void res.writeHead(304, { etag: '"long-1"' }).end();
    fetched++;
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"long-1"' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>Long</title>');
    for (let i = 0; i < ITEMS; i++) res.write(`<item><title>Berth ${i}</title><link>${origin}/berth/${i}</link></item>`);
    res.end('</channel></rss>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await t?.stop();
});

test('a stopped run leaves every item of a long feed to the next run, and the next poll refetches the feed', async () => {
  const deps: PipelineDeps = { store: t.store, fetch: { allow: [new URL(origin).host], timeoutMs: 5000 } };
  const stopped = new AbortController();
  stopped.abort();
  const s = await runOnce([{ id: 'long', url: `${origin}/long.xml` }], deps, { signal: stopped.signal });
  expect(s.stories).toMatchObject({ found: ITEMS, new: ITEMS, deferred: ITEMS, recorded: 0, failed: 0 });
  const state = await t.store.getFeedState('long');
  // No validators (so no 304 next time) and none of the left-over ids counted as seen.
  expect(state).toMatchObject({ etag: null, lastModified: null, lastStatus: 200 });
  const ids = new Set(Array.from({ length: ITEMS }, (_, i) => messageId(`${origin}/berth/${i}`)));
  expect(state?.recentIds.filter((id) => ids.has(id))).toEqual([]);
  // The next poll gets the whole body again and finds the items new.
  const again = await runOnce([{ id: 'long', url: `${origin}/long.xml` }], deps, { signal: stopped.signal });
  expect(fetched).toBe(2);
  expect(again.stories).toMatchObject({ found: ITEMS, new: ITEMS, deferred: ITEMS });
});

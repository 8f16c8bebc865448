import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { createS3Client, createS3Store, StoreError } from '../../../lib/store';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';

let t: TestS3;
beforeAll(async () => {
  t = await startTestS3();
});
afterAll(async () => {
  await t?.stop();
});

async function keys(prefix: string): Promise<string[]> {
  const res = await t.client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, Prefix: prefix }));
  return (res.Contents ?? []).map((o) => o.Key ?? '').sort();
}

describe('S3 store against s3rver', () => {
  it('writes raw pages gzipped with headers as metadata, once', async () => {
    const html = Buffer.from('<html><body><p>Hello raw archive</p></body></html>');
    const page = {
      id: 'aaaaaaaaaaaaaaaa',
      url: 'https://news.example.com/a',
      fetchedAt: '2024-03-06T08:00:00Z',
      status: 200,
      body: html,
      headers: { 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'set-cookie': 'secret=1' },
    };
    const first = await t.store.putRaw(page);
    expect(first).toEqual({ key: 'raw/2024/03/06/aaaaaaaaaaaaaaaa.html.gz', written: true });
    const obj = await t.client.send(new GetObjectCommand({ Bucket: t.s3.bucket, Key: first.key }));
    expect(gunzipSync(Buffer.from(await obj.Body!.transformToByteArray())).toString()).toBe(html.toString());
    expect(obj.Metadata).toMatchObject({ 'content-type': 'text/html; charset=utf-8', etag: '"v1"', 'source-url': page.url, 'http-status': '200' });
    expect(obj.Metadata?.['set-cookie']).toBeUndefined();
    const before = await t.client.send(new HeadObjectCommand({ Bucket: t.s3.bucket, Key: first.key }));

    // s3rver ignores IfNoneMatch, so "written once" here rests on the HeadObject check.
    const second = await t.store.putRaw({ ...page, body: Buffer.from('<html>changed</html>') });
    expect(second.written).toBe(false);
    const after = await t.client.send(new HeadObjectCommand({ Bucket: t.s3.bucket, Key: first.key }));
    expect(after.ETag).toBe(before.ETag);
    expect((await t.store.getRaw(first.key))?.body.toString()).toBe(html.toString());
  });

  it('archives two pages of one story sent at once under one key exactly once', async () => {
    // a partner copy and the wire's own page resolve to one canonical id, fetched at the same moment
    const page = (body: string) => ({ id: 'cccccccccccccccc', url: 'https://news.example/wire', fetchedAt: '2024-03-07T10:00:00.000Z', status: 200, body: Buffer.from(body), headers: {} });
    const results = await Promise.all([t.store.putRaw(page('<html>wire</html>')), t.store.putRaw(page('<html>partner</html>'))]);
    expect(results.map((r) => r.written).sort()).toEqual([false, true]);
    const stored = (await t.store.getRaw(results[0].key))?.body.toString();
    expect(stored).toBe(results[0].written ? '<html>wire</html>' : '<html>partner</html>');
    // the object and its metadata are whole: a listing of the archive answers
    const listed = await t.client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, Prefix: 'raw/2024/03/07/' }));
    expect(listed.KeyCount).toBe(1);
  });

  it('stores a record once per id and moves it when publishedAt changes', async () => {
    const r1 = storyRecord('https://news.example.com/moving', { cleaned: { publishedAt: '2024-03-01T10:00:00Z' } });
    expect((await t.store.putRecord(r1)).key).toBe(`records/dt=2024-03-01/${r1.id}.json`);
    expect(await t.store.hasRecord(r1.id)).toBe(true);
    const r2 = storyRecord('https://news.example.com/moving', { cleaned: { publishedAt: '2024-03-02T10:00:00Z' } });
    const put = await t.store.putRecord(r2);
    expect(put).toEqual({ key: `records/dt=2024-03-02/${r1.id}.json`, replacedKey: `records/dt=2024-03-01/${r1.id}.json` });
    expect((await keys('records/')).filter((k) => k.includes(r1.id))).toEqual([`records/dt=2024-03-02/${r1.id}.json`]);
    expect((await t.store.getRecord(r1.id))?.publishedAt).toBe('2024-03-02T10:00:00.000Z');
    expect((await t.store.getRecordPointer(r1.id))?.contentHash).toBe(r2.contentHash);
    expect(await t.store.getRecord('ffffffffffffffff')).toBeNull();
    expect(await t.store.hasRecord('ffffffffffffffff')).toBe(false);
  });

  it('overwrites failures on retry, counts attempts, and drops them when the story is recorded', async () => {
    const r = storyRecord('https://news.example.com/flaky');
    const base = { id: r.id, url: r.url, feedUrl: null, reason: 'timeout' as const, status: null, message: 'timed out' };
    expect((await t.store.putFailure({ ...base, at: '2024-03-06T08:00:00Z' })).attempts).toBe(1);
    const again = await t.store.putFailure({ ...base, reason: 'http-status', status: 503, message: 'HTTP 503', at: '2024-03-07T08:00:00Z' });
    expect(again.attempts).toBe(2);
    expect((await keys('failures/')).filter((k) => k.includes(r.id))).toEqual([`failures/dt=2024-03-07/${r.id}.json`]);
    expect((await t.store.getFailure(r.id))?.status).toBe(503);
    await t.store.putRecord(r);
    expect(await t.store.getFailure(r.id)).toBeNull();
    expect((await keys('failures/')).filter((k) => k.includes(r.id))).toEqual([]);
  });

  it('round-trips feed state', async () => {
    expect(await t.store.getFeedState('none')).toBeNull();
    const state = { feedId: 'f1', url: 'https://x.example/rss', etag: '"e"', lastModified: null, lastPolledAt: '2024-03-06T00:00:00Z', lastStatus: 200, recentIds: ['0123456789abcdef'] };
    await t.store.putFeedState(state);
    expect(await t.store.getFeedState('f1')).toEqual(state);
  });

  it('lists records newest partition first, page by page, without repeats', async () => {
    const made = [];
    for (let d = 10; d < 17; d++) {
      const r = storyRecord(`https://list.example.org/story-${d}`, { cleaned: { publishedAt: `2023-05-${d}T12:00:00Z` } });
      await t.store.putRecord(r);
      made.push(r);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await t.store.listRecords({ cursor, limit: 3, from: '2023-05-01', to: '2023-05-31' });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(made.reverse().map((r) => r.id));
    await expect(t.store.listRecords({ cursor: 'garbage' })).rejects.toMatchObject({ name: 'BadCursorError' });
  });

  it('lists past 1,000 keys (s3rver needs --openssl-legacy-provider for continuation tokens)', async () => {
    const limit = pLimit(32);
    const ids = Array.from({ length: 1010 }, (_, i) => `f${i.toString(16).padStart(15, '0')}`);
    await Promise.all(
      ids.map((id) => limit(() => t.client.send(new PutObjectCommand({ Bucket: t.s3.bucket, Key: `records/dt=2001-01-01/${id}.json`, Body: '{}' })))),
    );
    const listed = (await t.store.listRecordObjects()).filter((o) => o.key.startsWith('records/dt=2001-01-01/'));
    expect(listed).toHaveLength(1010);
  });

  it('wraps S3 outages in StoreError', async () => {
    const dead = createS3Store(createS3Client({ endpoint: 'http://127.0.0.1:1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' } }), 'wirewatch');
    await expect(dead.getRecord('0123456789abcdef')).rejects.toBeInstanceOf(StoreError);
    await expect(dead.getRecord('0123456789abcdef')).rejects.toMatchObject({ reason: 'store' });
  });
});

describe('conditional raw write at the SDK boundary', () => {
  // s3rver ignores IfNoneMatch; this tiny server answers like S3 does when the object
  // already exists (HEAD 404 — the race — then PUT 412), to prove 412 reads as "already written".
  let server: Server;
  let mode: 'exists' | 'not-implemented' = 'exists';
  const seen: Array<{ method: string; ifNoneMatch: string | undefined }> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ method: req.method ?? '', ifNoneMatch: req.headers['if-none-match'] as string | undefined });
      req.resume();
      req.on('end', () => {
        if (req.method === 'HEAD') {
          res.writeHead(404).end();
          return;
        }
        if (mode === 'not-implemented' && !req.headers['if-none-match']) {
          res.writeHead(200, { etag: '"x"' }).end();
          return;
        }
        const [status, code] = mode === 'exists' ? [412, 'PreconditionFailed'] : [501, 'NotImplemented'];
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends If-None-Match: * and treats 412 as already there', async () => {
    const { port } = server.address() as AddressInfo;
    const client = createS3Client({ endpoint: `http://127.0.0.1:${port}`, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    const store = createS3Store(client, 'wirewatch');
    const res = await store.putRaw({ id: 'bbbbbbbbbbbbbbbb', url: 'https://x.example/b', fetchedAt: '2024-03-06T00:00:00Z', body: Buffer.from('<p>x</p>'), headers: {} });
    expect(res).toEqual({ key: 'raw/2024/03/06/bbbbbbbbbbbbbbbb.html.gz', written: false });
    expect(seen.find((s) => s.method === 'PUT')?.ifNoneMatch).toBe('*');
    client.destroy();
  });

  it('falls back to a plain put (after the HEAD check) where conditional writes are not implemented', async () => {
    mode = 'not-implemented';
    seen.length = 0;
    const { port } = server.address() as AddressInfo;
    const client = createS3Client({ endpoint: `http://127.0.0.1:${port}`, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
    const res = await createS3Store(client, 'wirewatch').putRaw({ id: 'cccccccccccccccc', url: 'https://x.example/c', fetchedAt: '2024-03-06T00:00:00Z', body: Buffer.from('<p>c</p>'), headers: {} });
    expect(res.written).toBe(true);
    expect(seen.map((s) => `${s.method} ${s.ifNoneMatch ?? '-'}`)).toEqual(['HEAD -', 'PUT *', 'PUT -']);
    client.destroy();
  });
});

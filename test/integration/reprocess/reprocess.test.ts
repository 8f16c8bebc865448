// `wirewatch reprocess`'s core against the real embedded S3 server: records rebuilt from the
// raw archive, current ones left alone, unchanged ones not rewritten, failures updated, and
// chunks that resume where the last one stopped.
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { EXTRACTOR_VERSION, recordErrors } from '../../../lib/record';
import { rebuildFromRaw, reprocessChunk, listRange } from '../../../lib/reprocess';
import { createS3Store, recordIndexKey, type Store } from '../../../lib/store';
import { bucketObjects, startTestS3, type TestS3 } from '../../helpers/s3';
import { EMPTY_PAGE, PAGES, archive, idOf, rawKeyOf } from './archive';

let t: TestS3;
let n = 0;

/** A fresh bucket per test: each starts from its own archive. */
async function freshStore(): Promise<Store> {
  const bucket = `reprocess-${++n}`;
  await t.client.send(new CreateBucketCommand({ Bucket: bucket }));
  return createS3Store(t.client, bucket);
}

const run = (store: Store, extra: Partial<Parameters<typeof reprocessChunk>[0]> = {}) =>
  reprocessChunk({ store, version: EXTRACTOR_VERSION, now: () => new Date('2024-06-01T00:00:00Z'), ...extra });

/** Keys whose ETag or last-modified time differ between two listings (and keys added or removed). */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

async function objectsOf(store: Store): Promise<Map<string, string>> {
  return bucketObjects({ ...t, store, s3: { ...t.s3, bucket: store.bucket } });
}

beforeAll(async () => {
  t = await startTestS3();
});
afterAll(async () => {
  await t?.stop();
});

describe('reprocess over the raw archive', () => {
  it('builds a record for every archived page and a failure record for the page that does not clean', async () => {
    const store = await freshStore();
    await archive(store);
    const r = await run(store);
    expect(r.done).toBe(true);
    expect(r.summary).toMatchObject({ seen: 4, rebuilt: 3, unchanged: 0, skipped: 0, failed: 1, failedByReason: { extraction: 1 } });
    for (const p of PAGES) {
      const rec = await store.getRecord(idOf(p.url));
      expect(rec?.headline).toBe(p.headline);
      expect(rec?.extractor.version).toBe(EXTRACTOR_VERSION);
      expect(rec?.fetchedAt).toBe(p.fetchedAt);
      expect(recordErrors(rec)).toEqual([]);
    }
    const failure = await store.getFailure(idOf(EMPTY_PAGE.url));
    expect(failure).toMatchObject({ url: EMPTY_PAGE.url, reason: 'extraction', status: 200, attempts: 1 });
  });

  it('leaves records at the current extractor version alone; --all rebuilds them and rewrites nothing that did not change', async () => {
    const store = await freshStore();
    await archive(store, PAGES, false);
    await run(store);
    const before = await objectsOf(store);

    const again = await run(store);
    expect(again.summary).toMatchObject({ seen: 3, skipped: 3, rebuilt: 0, unchanged: 0 });
    expect(changed(before, await objectsOf(store))).toEqual([]);

    const all = await run(store, { all: true });
    expect(all.summary).toMatchObject({ seen: 3, skipped: 0, rebuilt: 0, unchanged: 3 });
    expect(changed(before, await objectsOf(store))).toEqual([]);
  });

  it('rebuilds a record of an older extractor whose content differs; one whose content is the same is not rewritten', async () => {
    const store = await freshStore();
    await archive(store, PAGES, false);
    await run(store);
    const [stale, same] = PAGES.map((p) => idOf(p.url));
    // An older extractor: one record missed its countries, the other only carries an old version.
    const staleRec = (await store.getRecord(stale))!;
    await store.putRecord({ ...staleRec, countries: [], extractor: { version: '0.0.1+x0' } });
    const sameRec = (await store.getRecord(same))!;
    await store.putRecord({ ...sameRec, extractor: { version: '0.0.1+x0' } });
    const before = await objectsOf(store);

    const r = await run(store);
    expect(r.summary).toMatchObject({ seen: 3, rebuilt: 1, unchanged: 1, skipped: 1 });
    const rebuilt = await store.getRecord(stale);
    expect(rebuilt?.countries).toEqual(staleRec.countries);
    expect(rebuilt?.extractor.version).toBe(EXTRACTOR_VERSION);

    const diff = changed(before, await objectsOf(store));
    // The stale record and its pointer are rewritten, and the browse index gets a new entry for it;
    // of the unchanged one only its pointer notes the check.
    const staleKey = (await store.getRecordPointer(stale))!.key;
    const browse = diff.filter((k) => k.startsWith('index/browse/'));
    expect(browse).toHaveLength(1);
    expect(browse[0]).toMatch(new RegExp(`^index/browse/pending/\\d{4}-\\d{2}/${stale}\\.`));
    expect(diff.filter((k) => !k.startsWith('index/browse/'))).toEqual([recordIndexKey(stale), recordIndexKey(same), staleKey].sort());
    expect((await store.getRecord(same))?.extractor.version).toBe('0.0.1+x0');
    expect(await store.getRecordPointer(same)).toMatchObject({ extractorVersion: '0.0.1+x0', checkedVersion: EXTRACTOR_VERSION });

    // Checked once: the next run leaves it alone.
    const next = await run(store);
    expect(next.summary).toMatchObject({ seen: 3, skipped: 3 });
  });

  it('keeps what came from the feed (feed URL, the publisher named in the feeds file) when it rebuilds', async () => {
    const store = await freshStore();
    await archive(store, PAGES.slice(0, 1), false);
    await run(store);
    const id = idOf(PAGES[0].url);
    const rec = (await store.getRecord(id))!;
    await store.putRecord({ ...rec, source: { ...rec.source, feedUrl: `${PAGES[0].url}/feed.xml`, publisher: 'Example Wire Service' }, countries: [], extractor: { version: 'old' } });
    await run(store);
    const after = (await store.getRecord(id))!;
    expect(after.extractor.version).toBe(EXTRACTOR_VERSION);
    expect(after.source).toMatchObject({ feedUrl: `${PAGES[0].url}/feed.xml`, publisher: 'Example Wire Service' });
  });

  it('updates the failure record of a raw object that still fails to clean, and never writes one beside a record', async () => {
    const store = await freshStore();
    await archive(store, [], true);
    const id = idOf(EMPTY_PAGE.url);
    await run(store, { now: () => new Date('2024-06-01T00:00:00Z') });
    await run(store, { now: () => new Date('2024-06-02T00:00:00Z') });
    const failure = await store.getFailure(id);
    expect(failure).toMatchObject({ reason: 'extraction', attempts: 2, at: '2024-06-02T00:00:00.000Z' });
    expect(await store.hasRecord(id)).toBe(false);

    // A page that had a record and now fails keeps its record, with no failure record.
    const store2 = await freshStore();
    await archive(store2, PAGES.slice(0, 1), false);
    await run(store2);
    const pid = idOf(PAGES[0].url);
    const key = rawKeyOf(PAGES[0]);
    await store2.putRecord({ ...(await store2.getRecord(pid))!, extractor: { version: 'old' } });
    // Overwrite the archived bytes with a binary body (the archive is written once; this simulates a corrupt object).
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    const { gzipSync } = await import('node:zlib');
    await t.client.send(new PutObjectCommand({ Bucket: store2.bucket, Key: key, Body: gzipSync(Buffer.from([0, 1, 2, 0, 0, 7])), Metadata: { 'source-url': PAGES[0].url, 'fetched-at': PAGES[0].fetchedAt } }));
    const r = await rebuildFromRaw(key, { store: store2, version: EXTRACTOR_VERSION });
    expect(r).toMatchObject({ outcome: 'failed', why: 'record-kept', reason: 'extraction' });
    expect(await store2.hasRecord(pid)).toBe(true);
    expect(await store2.getFailure(pid)).toBeNull();
  });

  it('runs in chunks that resume where the last one stopped, each raw object once', async () => {
    const store = await freshStore();
    await archive(store);
    const keys = await listRange(store, {});
    expect(keys).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    let chunks = 0;
    for (;;) {
      const r = await run(store, { cursor, maxKeys: 1, pageSize: 1, concurrency: 1, onResult: (x) => seen.push(x.key) });
      chunks++;
      cursor = r.cursor;
      if (r.done) break;
      expect(chunks).toBeLessThan(10);
    }
    expect(seen).toEqual(keys);
    expect(chunks).toBeGreaterThanOrEqual(4);
    // A deadline already passed starts nothing and keeps the cursor where it was.
    const late = await run(store, { cursor: keys[1], deadline: Date.now() - 1 });
    expect(late).toMatchObject({ cursor: keys[1], done: false, summary: { seen: 0 } });
  });

  it('passes over an object under raw/ that is not an archived page', async () => {
    const store = await freshStore();
    await archive(store, PAGES.slice(0, 1), false);
    const { PutObjectCommand } = await import('@aws-sdk/client-s3');
    await t.client.send(new PutObjectCommand({ Bucket: store.bucket, Key: 'raw/2024/04/02/notes.txt', Body: 'operator notes' }));
    const r = await run(store);
    expect(r.summary).toMatchObject({ seen: 2, rebuilt: 1, skipped: 1, failed: 0 });
    expect(r.done).toBe(true);
  });

  it('takes only the fetch days of --since/--until', async () => {
    const store = await freshStore();
    await archive(store);
    const r = await run(store, { since: '2024-04-03', until: '2024-04-04' });
    expect(r.summary.seen).toBe(2);
    expect(await store.hasRecord(idOf(PAGES[0].url))).toBe(false);
    expect(await store.hasRecord(idOf(PAGES[1].url))).toBe(true);
    expect(await store.hasRecord(idOf(PAGES[2].url))).toBe(true);
    await expect(run(store, { since: '2024-02-30' })).rejects.toThrow(/since must be a date/);
  });
});

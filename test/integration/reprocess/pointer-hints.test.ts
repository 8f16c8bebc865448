// Pointer hints (lib/reprocess/pointer-hints.ts) against the real embedded S3 server: a
// whole-archive run takes each pointer from one listing when the listed ETag is the MD5 of the
// pointer its record implies, and GETs it whenever the listing cannot vouch for it, so every
// outcome is the one a run without hints gets.
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { EXTRACTOR_VERSION } from '../../../lib/record';
import { listPointerHints, plainMd5, rebuildKeys, listRange, type PointerHints } from '../../../lib/reprocess';
import { createS3Client, createS3Store, recordIndexKey, type Store } from '../../../lib/store';
import { bucketObjects, startTestS3, type TestS3 } from '../../helpers/s3';
import { PAGES, archive, idOf, rawKeyOf } from './archive';

let t: TestS3;
let n = 0;

beforeAll(async () => {
  t = await startTestS3();
});
afterAll(async () => {
  await t?.stop();
});

/** A fresh bucket and a store over it whose GETs are counted by key prefix. */
async function countedStore(): Promise<{ store: Store; gets: Map<string, number>; destroy(): void }> {
  const bucket = `hints-${++n}`;
  await t.client.send(new CreateBucketCommand({ Bucket: bucket }));
  const client = createS3Client({ endpoint: t.s3.endpoint, region: 'us-east-1', credentials: t.s3.credentials });
  const gets = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = (args.input as { Key?: string }).Key;
      if (context.commandName === 'GetObjectCommand' && key) {
        const prefix = key.startsWith('index/records/') ? 'index/records/' : key.split('/')[0] + '/';
        gets.set(prefix, (gets.get(prefix) ?? 0) + 1);
      }
      return next(args);
    },
    { step: 'initialize', name: 'countGetsForTest' },
  );
  return { store: createS3Store(client, bucket), gets, destroy: () => client.destroy() };
}

const now = () => new Date('2024-06-01T00:00:00Z');
const runAll = async (store: Store, hints?: PointerHints) => rebuildKeys(await listRange(store, {}), { store, version: EXTRACTOR_VERSION, now, hints });

/** Records left by an "older extractor": countries missing, another version. */
async function staleArchive(store: Store): Promise<void> {
  await archive(store, PAGES, false);
  await runAll(store);
  for (const p of PAGES) {
    const rec = (await store.getRecord(idOf(p.url)))!;
    await store.putRecord({ ...rec, countries: [], extractor: { version: '0.0.1+old' } });
  }
}

describe('plainMd5', () => {
  it('takes the MD5 of a single-part ETag and refuses a multipart or other one', () => {
    expect(plainMd5('"0CC175B9C0F1B6A831C399E269772661"')).toBe('0cc175b9c0f1b6a831c399e269772661');
    expect(plainMd5('"0cc175b9c0f1b6a831c399e269772661-3"')).toBeNull();
    expect(plainMd5('')).toBeNull();
  });
});

describe('reprocess with pointer hints', () => {
  it('takes every pointer from the listing and makes the records a run without hints makes', async () => {
    const a = await countedStore();
    const b = await countedStore();
    try {
      await staleArchive(a.store);
      await staleArchive(b.store);
      const hints = await listPointerHints(a.store);
      a.gets.clear();
      b.gets.clear();
      const withHints = await rebuildKeys(await listRange(a.store, {}), { store: a.store, version: EXTRACTOR_VERSION, now, hints, onResult: (r) => expect(r.pointerListed).toBe(true) });
      const without = await runAll(b.store);
      expect(withHints.summary).toEqual(without.summary);
      expect(withHints.summary).toMatchObject({ rebuilt: PAGES.length });
      // One GET fewer per story: no pointer read, the record and the raw page as before.
      expect(a.gets.get('index/records/') ?? 0).toBe(0);
      expect(b.gets.get('index/records/')).toBe(PAGES.length);
      expect(a.gets.get('records/')).toBe(b.gets.get('records/'));
      for (const p of PAGES) {
        const [ra, rb] = [await a.store.getRecord(idOf(p.url)), await b.store.getRecord(idOf(p.url))];
        expect(ra?.extractor.version).toBe(EXTRACTOR_VERSION);
        expect({ ...ra, id: null }).toEqual({ ...rb, id: null });
        // The pointer written is the one a later listing vouches for again.
        expect(await a.store.getRecordPointer(idOf(p.url))).toMatchObject({ extractorVersion: EXTRACTOR_VERSION, contentHash: ra?.contentHash });
      }
      // All current now: the next hinted run leaves every record alone, still without pointer GETs.
      const again = await runAll(a.store, await listPointerHints(a.store));
      expect(again.summary).toMatchObject({ seen: PAGES.length, skipped: PAGES.length });
    } finally {
      a.destroy();
      b.destroy();
    }
  });

  it('vouches for a pointer that notes an unchanged check, and such a record is not rewritten again', async () => {
    const a = await countedStore();
    try {
      await archive(a.store, PAGES.slice(0, 1), false);
      await runAll(a.store);
      const id = idOf(PAGES[0].url);
      await a.store.putRecord({ ...(await a.store.getRecord(id))!, extractor: { version: '0.0.1+old' } });
      const before = await bucketObjects({ ...t, s3: { ...t.s3, bucket: a.store.bucket } });
      const first = await runAll(a.store, await listPointerHints(a.store));
      expect(first.summary).toMatchObject({ unchanged: 1, rebuilt: 0 });
      const after = await bucketObjects({ ...t, s3: { ...t.s3, bucket: a.store.bucket } });
      // Only the pointer notes the check; the record object is as it was.
      expect([...after.keys()].filter((k) => before.get(k) !== after.get(k))).toEqual([recordIndexKey(id)]);
      expect(await a.store.getRecordPointer(id)).toMatchObject({ extractorVersion: '0.0.1+old', checkedVersion: EXTRACTOR_VERSION });
      a.gets.clear();
      const results: Array<boolean | undefined> = [];
      const next = await rebuildKeys(await listRange(a.store, {}), { store: a.store, version: EXTRACTOR_VERSION, now, hints: await listPointerHints(a.store), onResult: (r) => results.push(r.pointerListed) });
      expect(next.summary).toMatchObject({ skipped: 1 });
      expect(results).toEqual([true]);
      expect(a.gets.get('index/records/') ?? 0).toBe(0);
    } finally {
      a.destroy();
    }
  });

  it('GETs the pointer when the listing cannot vouch for it: not a plain MD5, or a record rewritten since the listing', async () => {
    const a = await countedStore();
    try {
      await staleArchive(a.store);
      const listed = await listPointerHints(a.store);
      // An ETag that is no MD5 of the pointer (SSE-KMS, multipart...): every pointer is read.
      const wrong: PointerHints = { recordKeyOf: listed.recordKeyOf, pointerMd5Of: (id) => (listed.pointerMd5Of(id) ? 'f'.repeat(32) : null) };
      const seen: Array<boolean | undefined> = [];
      a.gets.clear();
      const r = await rebuildKeys(await listRange(a.store, {}), { store: a.store, version: EXTRACTOR_VERSION, now, hints: wrong, onResult: (x) => seen.push(x.pointerListed) });
      expect(r.summary).toMatchObject({ rebuilt: PAGES.length });
      expect(seen.every((x) => !x)).toBe(true);
      expect(a.gets.get('index/records/')).toBe(PAGES.length);

      // A newer fetch rewrote one record after the listing: its rebuild from the older raw page
      // must see the new pointer and leave the newer record alone.
      const stale = await listPointerHints(a.store);
      const id = idOf(PAGES[0].url);
      const rec = (await a.store.getRecord(id))!;
      const newer = { ...rec, fetchedAt: '2024-05-30T00:00:00.000Z', headline: 'A newer fetch of the story', extractor: { version: 'newer-fetch' } };
      await a.store.putRecord(newer);
      const one = await rebuildKeys([rawKeyOf(PAGES[0])], { store: a.store, version: EXTRACTOR_VERSION, now, hints: stale, all: true });
      expect(one.summary).toMatchObject({ skipped: 1 });
      expect((await a.store.getRecord(id))?.headline).toBe('A newer fetch of the story');
    } finally {
      a.destroy();
    }
  });
});

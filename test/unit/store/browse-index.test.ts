// The browse index against a real s3rver: entries written with records, several writers at
// once, compaction racing writers and other compactions, and a cold reader.
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createS3Client, createS3Store, BROWSE_PENDING_PREFIX, BROWSE_SHARDS_PREFIX, type Store } from '../../../lib/store';
import { BrowseSnapshot } from '../../../lib/web/browse-snapshot';
import { storyRecord } from '../../helpers/records';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import type { StoryRecord } from '../../../lib/types';

let t: TestS3;
beforeEach(async () => {
  t = await startTestS3();
});
afterEach(async () => {
  await t?.stop();
});

/** A second processor: its own client and store over the same bucket. */
function otherProcessor(): { store: Store; close(): void } {
  const client = createS3Client({ endpoint: t.s3.endpoint, region: 'us-east-1', credentials: t.s3.credentials });
  return { store: createS3Store(client, t.s3.bucket), close: () => client.destroy() };
}

function dayRecords(prefix: string, n: number, day = '2024-06-11'): StoryRecord[] {
  return Array.from({ length: n }, (_, i) =>
    storyRecord(`https://index-test.example.com/${prefix}/${i}`, {
      cleaned: { publishedAt: `${day}T${String(i % 24).padStart(2, '0')}:00:00Z`, headline: `${prefix} story ${i}` },
      fetchedAt: '2024-08-01T00:00:00Z',
    }),
  );
}

async function keys(prefix: string): Promise<string[]> {
  const res = await t.client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, Prefix: prefix }));
  return (res.Contents ?? []).map((o) => o.Key!).sort();
}

async function coldIds(store: Store): Promise<string[]> {
  const snap = new BrowseSnapshot(store.browseIndex, { eagerSearch: false });
  return (await snap.entries()).map((x) => x.entry.id).sort();
}

const idsOf = (rs: StoryRecord[]) => rs.map((r) => r.id).sort();

describe('browse index', () => {
  it('writes one pending entry per record write, in the month of its date', async () => {
    const [a, b] = dayRecords('one', 2);
    await t.store.putRecord(a);
    await t.store.putRecord(b);
    const pending = await keys(BROWSE_PENDING_PREFIX);
    expect(pending).toHaveLength(2);
    for (const k of pending) expect(k).toMatch(/^index\/browse\/pending\/2024-06\/[0-9a-f]{16}\.\d{13}-[0-9a-f]{8}\.json$/);
    const body = await t.client.send(new GetObjectCommand({ Bucket: t.s3.bucket, Key: pending[0] }));
    const entry = (JSON.parse(await body.Body!.transformToString()) as { entry: { id: string; headline: string; countries: string[] } }).entry;
    expect([a.id, b.id]).toContain(entry.id);
    expect(entry.countries).toEqual(['PT']);
    expect(entry).not.toHaveProperty('text');
  });

  it('loses no entry when two processors write records for the same day at once', async () => {
    const other = otherProcessor();
    try {
      const mine = dayRecords('mine', 40);
      const theirs = dayRecords('theirs', 40);
      await Promise.all([...mine.map((r) => t.store.putRecord(r)), ...theirs.map((r) => other.store.putRecord(r))]);
      expect(await coldIds(t.store)).toEqual(idsOf([...mine, ...theirs]));
    } finally {
      other.close();
    }
  });

  it('loses no entry when records are written while two compactions fold the same month', async () => {
    const other = otherProcessor();
    try {
      const before = dayRecords('before', 30);
      await Promise.all(before.map((r) => t.store.putRecord(r)));
      const during = dayRecords('during', 30);
      // Writers and two compactors (one per "process") over the same month, all at once.
      await Promise.all([
        ...during.map((r, i) => (i % 2 ? t.store : other.store).putRecord(r)),
        t.store.browseIndex.compact(),
        other.store.browseIndex.compact(),
      ]);
      expect(await coldIds(t.store)).toEqual(idsOf([...before, ...during]));
      // A later compaction leaves one shard for the month and nothing pending.
      await t.store.browseIndex.compact();
      expect(await keys(BROWSE_PENDING_PREFIX)).toEqual([]);
      const shards = await keys(BROWSE_SHARDS_PREFIX);
      expect(shards).toHaveLength(1);
      expect(shards[0]).toMatch(/^index\/browse\/shards\/2024-06\/\d{13}-[0-9a-f]{8}\.json\.gz$/);
      expect(await coldIds(t.store)).toEqual(idsOf([...before, ...during]));
    } finally {
      other.close();
    }
  });

  it('keeps the newest entry of a story rewritten with a new date, across months and compactions', async () => {
    const [r] = dayRecords('moved', 1, '2024-06-11');
    await t.store.putRecord(r);
    await t.store.browseIndex.compact();
    const moved: StoryRecord = { ...r, publishedAt: '2024-07-02T08:00:00Z', fetchedAt: '2024-08-03T00:00:00Z', headline: 'moved story, corrected date' };
    await t.store.putRecord(moved);
    await t.store.browseIndex.compact();
    const snap = new BrowseSnapshot(t.store.browseIndex, { eagerSearch: false });
    const entries = await snap.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0].entry).toMatchObject({ id: r.id, at: '2024-07-02T08:00:00Z', headline: 'moved story, corrected date' });
  });

  it('reads cold from shards and pending entries only: no listing or GET under records/', async () => {
    const old = dayRecords('old', 25, '2024-05-20');
    for (const r of old) await t.store.putRecord(r);
    await t.store.browseIndex.compact();
    const fresh = dayRecords('fresh', 5, '2024-06-01');
    for (const r of fresh) await t.store.putRecord(r);

    // A new process: its own client, every S3 call it makes recorded.
    const client = createS3Client({ endpoint: t.s3.endpoint, region: 'us-east-1', credentials: t.s3.credentials });
    const calls: string[] = [];
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: string; Prefix?: string };
        calls.push(`${context.commandName} ${input.Key ?? input.Prefix ?? ''}`);
        return next(args);
      },
      { step: 'initialize', name: 'recordCalls' },
    );
    try {
      const store = createS3Store(client, t.s3.bucket);
      expect(await coldIds(store)).toEqual(idsOf([...old, ...fresh]));
      expect(calls.filter((c) => /records\//.test(c))).toEqual([]);
      // Two listings, one shard, five pending entries.
      expect(calls.filter((c) => c.startsWith('ListObjectsV2'))).toHaveLength(2);
      expect(calls.filter((c) => c.startsWith('GetObject'))).toHaveLength(6);
    } finally {
      client.destroy();
    }
  });

  it('a warm view fetches only what was written since, and follows a compaction without GETting entries again', async () => {
    const snap = new BrowseSnapshot(t.store.browseIndex, { ttlMs: 0, refreshInBackground: false, eagerSearch: false });
    const first = dayRecords('first', 3);
    for (const r of first) await t.store.putRecord(r);
    expect((await snap.entries()).map((x) => x.entry.id).sort()).toEqual(idsOf(first));
    const reads: string[] = [];
    const read = t.store.browseIndex.read.bind(t.store.browseIndex);
    const spy = jest.spyOn(t.store.browseIndex, 'read').mockImplementation((key) => {
      reads.push(key);
      return read(key);
    });
    try {
      const second = dayRecords('second', 2);
      for (const r of second) await t.store.putRecord(r);
      const after = await snap.entries();
      expect(after.map((x) => x.entry.id).sort()).toEqual(idsOf([...first, ...second]));
      expect(reads).toHaveLength(2);
      expect(after.map((x) => x.entry.at)).toEqual([...after.map((x) => x.entry.at)].sort().reverse());
      await t.store.browseIndex.compact();
      reads.length = 0;
      expect((await snap.entries()).length).toBe(5);
      expect(reads).toEqual([expect.stringMatching(/^index\/browse\/shards\//)]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('browse index compaction thresholds', () => {
  it('folds a month only at minPending entries, or when its oldest pending entry is older than maxPendingAgeMs', async () => {
    for (const r of dayRecords('few', 3)) await t.store.putRecord(r);
    expect((await t.store.browseIndex.compact({ minPending: 5 })).months).toEqual([]);
    expect(await keys(BROWSE_PENDING_PREFIX)).toHaveLength(3);
    expect((await t.store.browseIndex.compact({ minPending: 5, maxPendingAgeMs: 60_000 })).months).toEqual([]);
    // Entries written more than 0 ms ago count as old.
    await new Promise((r) => setTimeout(r, 5));
    const report = await t.store.browseIndex.compact({ minPending: 5, maxPendingAgeMs: 0 });
    expect(report).toEqual({ months: ['2024-06'], folded: 3, skipped: [] });
    expect(await keys(BROWSE_PENDING_PREFIX)).toEqual([]);
  });
});

import { createS3Client, createS3Store, type Store } from '../../../lib/store';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';

let t: TestS3;
/** An uncached store on the same bucket (t.store may itself be a sole writer under WIREWATCH_TEST_SOLE_WRITER). */
let plain: Store;
beforeAll(async () => {
  t = await startTestS3();
  plain = createS3Store(t.client, t.s3.bucket);
});
afterAll(async () => {
  await t.stop();
});

/** A sole-writer store on the test bucket whose S3 requests are counted by command. */
function soleWriter(): { store: Store; requests: Record<string, number>; destroy(): void } {
  const client = createS3Client({ endpoint: t.s3.endpoint, region: 'us-east-1', credentials: t.s3.credentials });
  const requests: Record<string, number> = {};
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName).replace(/Command$/, '');
      requests[name] = (requests[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'countForTest' },
  );
  return { store: createS3Store(client, t.s3.bucket, { soleWriter: true }), requests, destroy: () => client.destroy() };
}

describe('sole-writer store (index/ answered from one listing and its own writes)', () => {
  it('sees index objects written before it opened, and asks S3 nothing about ids the listing lacks', async () => {
    const before = storyRecord('https://news.example/2024/04/01/before');
    await plain.putRecord(before);
    const s = soleWriter();
    try {
      expect(await s.store.hasRecord(before.id)).toBe(true);
      expect(await s.store.getRecordPointer(before.id)).toMatchObject({ id: before.id, contentHash: before.contentHash });
      const listed = { ...s.requests };
      expect(listed.ListObjectsV2).toBeGreaterThanOrEqual(1);
      for (const id of ['2222222222222222', '3333333333333333']) {
        expect(await s.store.hasRecord(id)).toBe(false);
        expect(await s.store.getRecordPointer(id)).toBeNull();
        expect(await s.store.getFingerprint(id)).toBeNull();
      }
      expect(await s.store.getBand('s1b0-00000000deadbeef')).toEqual([]);
      expect(s.requests).toEqual(listed); // no HEAD or GET for what the listing already answered
    } finally {
      s.destroy();
    }
  });

  it('writes what a plain store reads back: records, failures cleared, aliases, bands', async () => {
    const s = soleWriter();
    try {
      const r = storyRecord('https://news.example/2024/04/02/cached');
      await s.store.putFailure({ id: r.id, url: r.url, feedUrl: null, reason: 'timeout', status: null, message: 'slow', at: '2024-04-02T01:00:00Z' });
      await s.store.putFailure({ id: '5555555555555555', url: 'https://x.example/alias', feedUrl: null, reason: 'network', status: null, message: 'reset', at: '2024-04-02T01:00:00Z' });
      await s.store.putRecord(r);
      await s.store.putRecordAlias('5555555555555555', r);
      expect(await s.store.addToBand('s1b1-00000000cafef00d', r.id)).toBe('added');
      expect(await s.store.addToBand('s1b1-00000000cafef00d', r.id)).toBe('present');
      // What a separate, uncached reader finds in the bucket:
      expect(await plain.getFailure(r.id)).toBeNull();
      expect(await plain.getFailure('5555555555555555')).toBeNull();
      expect((await plain.getRecord('5555555555555555'))?.id).toBe(r.id);
      expect(await plain.getBand('s1b1-00000000cafef00d')).toEqual([r.id]);
      expect(await s.store.hasRecord('5555555555555555')).toBe(true);
    } finally {
      s.destroy();
    }
  });
});

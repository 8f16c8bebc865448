// Records built in worker threads (the command line's --threads) are the records the main thread
// builds, failures keep their reason, and the pool's workers are real threads.
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { EXTRACTOR_VERSION } from '../../../lib/record';
import { reprocessChunk } from '../../../lib/reprocess';
import { createBuildPool } from '../../../lib/reprocess/build-pool';
import { createS3Store, type Store } from '../../../lib/store';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { EMPTY_PAGE, PAGES, archive, idOf } from './archive';

let t: TestS3;
let n = 0;

async function freshStore(): Promise<Store> {
  const bucket = `pool-${++n}`;
  await t.client.send(new CreateBucketCommand({ Bucket: bucket }));
  return createS3Store(t.client, bucket);
}

beforeAll(async () => {
  t = await startTestS3();
});
afterAll(async () => {
  await t?.stop();
});

describe('the build pool', () => {
  it('builds in worker threads the same records as the main thread, and the same failure', async () => {
    const now = () => new Date('2024-06-01T00:00:00Z');
    const inThread = await freshStore();
    const pooled = await freshStore();
    await archive(inThread);
    await archive(pooled);
    const pool = createBuildPool(2);
    try {
      const a = await reprocessChunk({ store: inThread, version: EXTRACTOR_VERSION, now });
      const b = await reprocessChunk({
        store: pooled,
        version: EXTRACTOR_VERSION,
        now,
        build: pool.build,
      });
      expect(b.summary).toEqual(a.summary);
      expect(b.summary).toMatchObject({ rebuilt: PAGES.length, failed: 1 });
      for (const p of PAGES) {
        const x = await inThread.getRecord(idOf(p.url));
        const y = await pooled.getRecord(idOf(p.url));
        expect(y).toEqual(x);
      }
      const fa = await inThread.getFailure(idOf(EMPTY_PAGE.url));
      const fb = await pooled.getFailure(idOf(EMPTY_PAGE.url));
      expect(fb).toMatchObject({ reason: fa?.reason, message: fa?.message, status: fa?.status });
      // every page went through the workers
      expect(pool.completed()).toBe(PAGES.length + 1);
    } finally {
      await pool.close();
    }
  });

  it('runs the builds off the main thread, and leaves the caller its page bytes', async () => {
    const pool = createBuildPool(1);
    try {
      const html = Buffer.from('<html><body><p>short</p></body></html>');
      const body = new Uint8Array(html);
      const out = await pool.build({ body, contentType: 'text/html', url: 'https://example.com/a', fetchedAt: '2024-06-01T00:00:00.000Z', feedUrl: null, feedTitle: null, feedPublishedAt: null, publisher: null });
      expect(out.ok).toBe(false);
      expect(out).toMatchObject({ ok: false, reason: 'extraction' });
      expect(pool.completed()).toBe(1);
      // the pool moved a copy: the caller's bytes are still there
      expect(Buffer.from(body).equals(html)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});

// The reprocess Lambda against the real embedded S3 server: chunks fed back into the handler
// (as the Step Functions loop does) resume where the previous one stopped and add up.
import { EXTRACTOR_VERSION } from '../../../lib/record';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { PAGES, archive, idOf } from '../reprocess/archive';
import { useTestS3Env } from './env';

type Module = typeof import('../../../lambdas/reprocess');
let s3: TestS3;
let restore: () => void;
let mod: Module;

beforeAll(async () => {
  s3 = await startTestS3();
  await archive(s3.store);
  restore = useTestS3Env(s3, { POWERTOOLS_METRICS_DISABLED: 'true' });
  jest.isolateModules(() => {
    mod = require('../../../lambdas/reprocess') as Module;
  });
});
afterAll(async () => {
  restore();
  await s3?.stop();
});

describe('reprocess handler', () => {
  it('works through a range chunk by chunk, each output being the next input, until done', async () => {
    const ctx = { getRemainingTimeInMillis: () => 600_000 };
    let out = await mod.handler({ maxKeys: 3 }, ctx);
    expect(out).toMatchObject({ done: false, chunk: { seen: 3 }, totals: { seen: 3 } });
    const cursor = out.cursor;
    out = await mod.handler({ ...out, maxKeys: 3 }, ctx);
    expect(out.cursor! > cursor!).toBe(true);
    while (!out.done) out = await mod.handler({ ...out, maxKeys: 3 }, ctx);
    expect(out.totals).toMatchObject({ seen: 4, rebuilt: 3, failed: 1 });
    for (const p of PAGES) expect((await s3.store.getRecord(idOf(p.url)))?.extractor.version).toBe(EXTRACTOR_VERSION);
  });

  it('stops starting rebuilds when the invocation is about to time out, and resumes from the cursor', async () => {
    const nearlyOut = { getRemainingTimeInMillis: () => mod.STOP_MARGIN_MS - 1 };
    const first = await mod.handler({ all: true }, nearlyOut);
    expect(first).toMatchObject({ done: false, cursor: null, chunk: { seen: 0 } });
    const rest = await mod.handler(first, { getRemainingTimeInMillis: () => 600_000 });
    expect(rest).toMatchObject({ done: true, totals: { seen: 4, unchanged: 3, failed: 1 } });
  });

  it('refuses an event that is not a reprocess request', async () => {
    await expect(mod.handler('go', undefined)).rejects.toThrow(mod.BadReprocessEventError);
    await expect(mod.handler({ since: '2024-02-31' }, undefined)).rejects.toThrow(/since must be a date/);
  });
});

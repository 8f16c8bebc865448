// The processor Lambda against the real embedded S3 server and a loopback news site.
import type { SQSBatchResponse } from 'aws-lambda';
import { messageId } from '../../../lib/pipeline';
import { startNewsSite, STORIES, TROUBLE, type NewsSite } from '../../helpers/news-site';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { useTestS3Env } from './env';
import { sqsEvent, sqsRecord } from './events';

type ProcessorModule = typeof import('../../../lambdas/processor');

let s3: TestS3;
let site: NewsSite;
let restore: () => void;
let processor: ProcessorModule;
let emf: Record<string, unknown>[];
let logSpy: jest.SpyInstance;

const story = (path: string) => JSON.stringify({ url: `${site.origin}${path}`, feedUrl: `${site.origin}/rss.xml`, feedId: 'gazette', title: null, publishedAt: null });

beforeAll(async () => {
  [s3, site] = await Promise.all([startTestS3(), startNewsSite()]);
  // POWERTOOLS_DEV sends EMF through console.log, where the test can read it.
  restore = useTestS3Env(s3, { WIREWATCH_FETCH_ALLOW: site.hostPort, WIREWATCH_PACE_MS: '0', POWERTOOLS_DEV: 'true', POWERTOOLS_METRICS_DISABLED: 'false' });
  jest.isolateModules(() => {
    processor = require('../../../lambdas/processor') as ProcessorModule;
  });
});

afterAll(async () => {
  restore();
  await Promise.all([s3?.stop(), site?.close()]);
});

beforeEach(() => {
  emf = [];
  logSpy = jest.spyOn(console, 'log').mockImplementation((line: unknown) => {
    if (typeof line === 'string' && line.includes('"_aws"')) emf.push(JSON.parse(line) as Record<string, unknown>);
  });
});
afterEach(() => logSpy.mockRestore());

describe('processor handler', () => {
  it('reports only the poison message as a batch failure; story failures become failure records', async () => {
    const good = sqsRecord(story(STORIES[0].path), '127.0.0.1', 1);
    const poison = sqsRecord('{"url": 42, this is not a story message', '127.0.0.1', 2);
    const notFound = sqsRecord(story(TROUBLE.notFound), '127.0.0.1', 3);
    const secondGood = sqsRecord(story(STORIES[1].path), '127.0.0.1', 4);

    const res: SQSBatchResponse = await processor.handler(sqsEvent([good, poison, notFound, secondGood]), { getRemainingTimeInMillis: () => 100_000 });

    expect(res.batchItemFailures).toEqual([{ itemIdentifier: poison.messageId }]);
    const recorded = await s3.store.getRecord(messageId(`${site.origin}${STORIES[0].path}`));
    expect(recorded?.headline).toBe(STORIES[0].headline);
    expect(await s3.store.getRecord(messageId(`${site.origin}${STORIES[1].path}`))).not.toBeNull();
    const failures = await s3.store.listFailures({ limit: 10 });
    expect(failures.items).toEqual([expect.objectContaining({ url: `${site.origin}${TROUBLE.notFound}`, reason: 'http-status', status: 404 })]);
  });

  it('emits EMF metrics: stories processed, failures by reason, extraction time', async () => {
    const ok = sqsRecord(story(STORIES[2].path), '127.0.0.1', 5);
    const pdf = sqsRecord(story(TROUBLE.pdf), '127.0.0.1', 6);
    const bad = sqsRecord('not json', 'other-host', 7);
    await processor.handler(sqsEvent([ok, pdf, bad]), { getRemainingTimeInMillis: () => 100_000 });

    const names = (doc: Record<string, unknown>) =>
      ((doc._aws as { CloudWatchMetrics: { Metrics: { Name: string }[] }[] }).CloudWatchMetrics[0].Metrics).map((m) => m.Name);
    const main = emf.find((d) => names(d).includes('StoriesProcessed'))!;
    expect(main).toBeDefined();
    const sum = (v: unknown) => ([] as number[]).concat(v as number | number[]).reduce((a, b) => a + b, 0);
    // Powertools keeps repeated values as an array; CloudWatch sums them.
    expect(sum(main.StoriesProcessed)).toBe(2);
    expect(main.MessagesReceived).toBe(3);
    const extraction = ([] as number[]).concat(main.ExtractionMs as number[]);
    expect(extraction.length).toBe(1); // the PDF failed before extraction
    // Cleaning + extraction of a real story takes some time, and never more than the whole story did.
    const storyMs = ([] as number[]).concat(main.StoryMs as number[]);
    expect(storyMs).toHaveLength(2);
    expect(extraction[0]).toBeGreaterThan(0);
    expect(extraction[0]).toBeLessThanOrEqual(Math.max(...storyMs));
    expect((main._aws as { CloudWatchMetrics: { Metrics: { Name: string; Unit: string }[] }[] }).CloudWatchMetrics[0].Metrics).toContainEqual({ Name: 'ExtractionMs', Unit: 'Milliseconds' });
    const failureDocs = emf.filter((d) => names(d).includes('StoryFailures'));
    expect(failureDocs.map((d) => d.reason).sort()).toEqual(['bad-message', 'not-html']);
    for (const d of failureDocs) {
      expect((d._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][] }[] }).CloudWatchMetrics[0]).toMatchObject({
        Namespace: 'Wirewatch',
        Dimensions: [expect.arrayContaining(['reason'])],
      });
    }
  });

  it('a redelivered message does not produce a second record', async () => {
    const again = sqsRecord(story(STORIES[0].path), '127.0.0.1', 8);
    const res = await processor.handler(sqsEvent([again]), { getRemainingTimeInMillis: () => 100_000 });
    expect(res.batchItemFailures).toEqual([]);
    const listed = await s3.client.send(
      new (require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3')).ListObjectsV2Command({ Bucket: s3.s3.bucket, Prefix: 'records/' }),
    );
    const ids = (listed.Contents ?? []).map((o) => o.Key!.split('/').pop());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hands messages back when the invocation is about to time out', async () => {
    const late = sqsRecord(story(STORIES[1].path), '127.0.0.1', 9);
    const res = await processor.handler(sqsEvent([late]), { getRemainingTimeInMillis: () => processor.STOP_MARGIN_MS - 1 });
    expect(res.batchItemFailures).toEqual([{ itemIdentifier: late.messageId }]);
  });
});

describe('processor handler with the store unreachable', () => {
  it('reports the message as failed so SQS retries it (and the DLQ gets it in the end)', async () => {
    const undo = useTestS3Env(s3, { WIREWATCH_S3_ENDPOINT: 'http://127.0.0.1:9', WIREWATCH_FETCH_ALLOW: site.hostPort, WIREWATCH_PACE_MS: '0' });
    let isolated!: ProcessorModule;
    jest.isolateModules(() => {
      isolated = require('../../../lambdas/processor') as ProcessorModule;
    });
    try {
      const rec = sqsRecord(story(STORIES[2].path), '127.0.0.1', 10);
      const res = await isolated.handler(sqsEvent([rec]));
      expect(res.batchItemFailures).toEqual([{ itemIdentifier: rec.messageId }]);
    } finally {
      undo();
    }
  });
});

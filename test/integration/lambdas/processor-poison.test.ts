// A poison message in an SQS batch: one story whose processing throws (the store refuses
// everything about it: S3 answers 500 through a real proxy). Only that message is reported
// in batchItemFailures; SQS redelivers it and after maxReceiveCount (5, asserted by the CDK
// test with the redrive policy) moves it to the dead-letter queue. The store is listed after.
import type { SQSBatchResponse } from 'aws-lambda';
import { messageId } from '../../../lib/pipeline';
import { canonicalizeUrl } from '../../../lib/url';
import { startNewsSite, STORIES, type NewsSite } from '../../helpers/news-site';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { startS3Proxy, type S3Proxy } from '../../helpers/s3-proxy';
import { invariantBreaks, listStore } from '../../helpers/store-invariant';
import { useTestS3Env } from './env';
import { sqsEvent, sqsRecord } from './events';

let s3: TestS3;
let site: NewsSite;
let proxy: S3Proxy;
let restore: () => void;
let processor: typeof import('../../../lambdas/processor');
let poisonIds: string[] = [];

beforeAll(async () => {
  [s3, site] = await Promise.all([startTestS3(), startNewsSite()]);
  // Every S3 request naming the poison story (raw, record, pointer, failure...) fails.
  proxy = await startS3Proxy(s3.s3.endpoint, (req) => poisonIds.some((id) => (req.url ?? '').includes(id)));
  restore = useTestS3Env(s3, { WIREWATCH_S3_ENDPOINT: proxy.endpoint, WIREWATCH_FETCH_ALLOW: site.hostPort, WIREWATCH_PACE_MS: '0', POWERTOOLS_METRICS_DISABLED: 'true' });
  jest.isolateModules(() => {
    processor = require('../../../lambdas/processor') as typeof import('../../../lambdas/processor');
  });
});
afterAll(async () => {
  restore();
  await proxy?.close();
  await Promise.all([s3?.stop(), site?.close()]);
});

it('only the message whose processing throws is in batchItemFailures; the others are done, the poison left for redelivery', async () => {
  const url = (p: string) => `${site.origin}${p}`;
  const body = (p: string) => JSON.stringify({ url: url(p), feedUrl: null, feedId: null, title: null, publishedAt: null });
  const [a, poison, b] = [STORIES[0], STORIES[1], STORIES[2]];
  // The news site's canonical links are the page URL itself (plus utm_*): one id names every object.
  poisonIds = [messageId(url(poison.path))];
  const records = [sqsRecord(body(a.path), 'one', 1), sqsRecord(body(poison.path), 'one', 2), sqsRecord(body(b.path), 'two', 3)];

  const res: SQSBatchResponse = await processor.handler(sqsEvent(records), { getRemainingTimeInMillis: () => 100_000 });

  expect(res.batchItemFailures).toEqual([{ itemIdentifier: records[1].messageId }]);
  expect(proxy.refused).toBeGreaterThan(0);
  const listed = await listStore(s3.client, s3.s3.bucket);
  expect(invariantBreaks(listed, [a, b].map((s) => canonicalizeUrl(url(s.path))!))).toEqual({ lost: [], duplicated: [] });
  // Not recorded and not failed: it stays the queue's to redeliver (then the DLQ's).
  expect(listed.urls.has(canonicalizeUrl(url(poison.path))!)).toBe(false);
  expect(listed.failures).toEqual([]);
});

// Scheduled event → pollFeed for each feed of the bundled feeds file → new
// story URLs to the FIFO story queue in batches of 10 (group = host, dedup id =
// story id of the canonical URL). Feed problems are reported per feed; the
// invocation fails only when the store or the queue is out.
import { resolve } from 'node:path';
import type { ScheduledEvent } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { FeedConfig } from '../lib/types';
import type { PollFeedResult, StoryMessage } from '../lib/pipeline/types';
import { describeError } from '../lib/errors';
import { QueueSendError } from './shared/errors';
import { messageGroupOf } from './shared/story-message';
import { observability } from './shared/observability';
import { lazy, pipelineDepsFromEnv, requireEnv, storeFromEnv } from './shared/runtime';

const { logger, metrics } = observability('wirewatch-poller');

/** SQS SendMessageBatch takes at most 10 entries. */
export const SQS_BATCH = 10;
/** Feeds polled at the same time (the host pacer still spaces requests per host). */
export const FEED_CONCURRENCY = 4;
const SEND_ATTEMPTS = 3;

export interface PollerSummary {
  feeds: number;
  polled: number;
  notModified: number;
  failed: number;
  found: number;
  queued: number;
}

/** Overridable for tests: the SQS client is the only thing with no local server. */
export const sqsClient = lazy(async (): Promise<SQSClient> => {
  const { SQSClient } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
  return new SQSClient({ maxAttempts: 3 });
});

const runtime = lazy(async () => {
  // require, not import: loaded on the first run (esbuild keeps it lazy), typed as the modules.
  const { pollFeed, messageId } = require('../lib/pipeline') as typeof import('../lib/pipeline');
  const { loadFeedsFile } = require('../lib/local/config') as typeof import('../lib/local/config');
  const { store } = await storeFromEnv(process.env);
  const feedsFile = resolve(__dirname, process.env.WIREWATCH_FEEDS_FILE || 'feeds.json');
  const feeds = await loadFeedsFile(feedsFile);
  const deps = { ...(await pipelineDepsFromEnv(process.env, store)), log: (e: Record<string, unknown>) => logger.debug('pipeline', e) };
  return { pollFeed, messageId, feeds, deps, queueUrl: requireEnv(process.env, 'WIREWATCH_QUEUE_URL') };
});

/** Sends messages in batches of 10, retrying entries SQS refused; throws QueueSendError if some never go. */
export async function sendStories(
  sqs: SQSClient,
  queueUrl: string,
  messages: StoryMessage[],
  dedupId: (url: string) => string,
): Promise<number> {
  const { SendMessageBatchCommand } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
  let sent = 0;
  for (let i = 0; i < messages.length; i += SQS_BATCH) {
    let entries = messages.slice(i, i + SQS_BATCH).map((m, j) => ({
      Id: `m${i + j}`,
      MessageBody: JSON.stringify(m),
      MessageGroupId: messageGroupOf(m.url),
      MessageDeduplicationId: dedupId(m.url),
    }));
    let lastError = '';
    for (let attempt = 1; attempt <= SEND_ATTEMPTS && entries.length > 0; attempt++) {
      const res = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
      sent += res.Successful?.length ?? 0;
      const refused = new Set((res.Failed ?? []).map((f) => f.Id));
      lastError = (res.Failed ?? []).map((f) => `${f.Code}: ${f.Message ?? ''}`).join('; ');
      // Sender faults (bad entry) will not get better with a retry.
      if ((res.Failed ?? []).some((f) => f.SenderFault)) break;
      entries = entries.filter((e) => refused.has(e.Id));
      if (entries.length > 0) await new Promise((r) => setTimeout(r, 200 * attempt));
    }
    const left = entries.length;
    if (left > 0) throw new QueueSendError(left, lastError);
  }
  return sent;
}

async function inPool<T, R>(items: T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

export async function handler(event: ScheduledEvent): Promise<PollerSummary> {
  const { pollFeed, messageId, feeds, deps, queueUrl } = await runtime();
  const sqs = await sqsClient();
  logger.info('poll started', { feeds: feeds.length, scheduledAt: event.time });
  const summary: PollerSummary = { feeds: feeds.length, polled: 0, notModified: 0, failed: 0, found: 0, queued: 0 };
  try {
    await inPool(feeds, FEED_CONCURRENCY, async (feed: FeedConfig) => {
      const r: PollFeedResult = await pollFeed(feed, deps);
      summary.found += r.found;
      if (r.outcome === 'polled') summary.polled++;
      else if (r.outcome === 'not-modified') summary.notModified++;
      else {
        summary.failed++;
        const single = metrics.singleMetric();
        single.addDimension('reason', r.error?.reason ?? 'unknown');
        single.addMetric('FeedFailures', MetricUnit.Count, 1);
        logger.warn('feed failed', { feedId: feed.id, url: feed.url, reason: r.error?.reason, error: r.error?.message });
      }
      if (r.newItems.length > 0) {
        const msgs = r.newItems.map((m) => ({ ...m, publisher: m.publisher ?? feed.publisher ?? null }));
        summary.queued += await sendStories(sqs, queueUrl, msgs, messageId);
      }
      logger.info('feed polled', { feedId: feed.id, outcome: r.outcome, found: r.found, new: r.newItems.length });
    });
  } catch (e) {
    logger.error('poll aborted', { error: describeError(e) });
    throw e;
  } finally {
    metrics.addMetric('FeedsPolled', MetricUnit.Count, summary.polled + summary.notModified);
    metrics.addMetric('StoriesQueued', MetricUnit.Count, summary.queued);
    metrics.publishStoredMetrics();
  }
  logger.info('poll finished', { ...summary });
  return summary;
}

// Scheduled event → pollFeed for each feed of the bundled feeds file → new
// story URLs to the FIFO story queue in batches of 10 (group = host, dedup id =
// story id of the canonical URL). A feed's state (recent ids, validators) is saved
// only after its stories are queued, without those the queue refused, so a queue
// outage never marks unqueued stories seen. Feed problems are reported per feed;
// the invocation fails only when the store or the queue is out.
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
  // Only the polling modules: lib/pipeline's index would also pull in cleaning and extraction
  // (htmlparser2, compromise, gazetteers), which the poller never runs.
  const { pollFeed } = require('../lib/pipeline/poll-feed') as typeof import('../lib/pipeline/poll-feed');
  const { messageId } = require('../lib/pipeline/message-id') as typeof import('../lib/pipeline/message-id');
  const { stateAfterQueueing } = require('../lib/pipeline/state-after-queueing') as typeof import('../lib/pipeline/state-after-queueing');
  const { loadFeedsFile } = require('../lib/local/config') as typeof import('../lib/local/config');
  const { store } = await storeFromEnv(process.env);
  const feedsFile = resolve(__dirname, process.env.WIREWATCH_FEEDS_FILE || 'feeds.json');
  const feeds = await loadFeedsFile(feedsFile);
  const deps = { ...(await pipelineDepsFromEnv(process.env, store)), log: (e: Record<string, unknown>) => logger.debug('pipeline', e) };
  return { pollFeed, messageId, stateAfterQueueing, feeds, deps, queueUrl: requireEnv(process.env, 'WIREWATCH_QUEUE_URL') };
});
type Runtime = Awaited<ReturnType<typeof runtime>>;

/**
 * Sends messages in batches of 10, retrying entries SQS refused; every batch is
 * tried. Throws QueueSendError naming the messages that never went (refused after
 * the retries, or in a batch whose send call itself failed and in the batches after it).
 */
export async function sendStories(
  sqs: SQSClient,
  queueUrl: string,
  messages: StoryMessage[],
  dedupId: (url: string) => string,
): Promise<number> {
  const { SendMessageBatchCommand } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
  let sent = 0;
  const unsent: StoryMessage[] = [];
  const details: string[] = [];
  for (let i = 0; i < messages.length; i += SQS_BATCH) {
    const batch = new Map(messages.slice(i, i + SQS_BATCH).map((m, j) => [`m${i + j}`, m] as const));
    let entries = [...batch].map(([Id, m]) => ({
      Id,
      MessageBody: JSON.stringify(m),
      MessageGroupId: messageGroupOf(m.url),
      MessageDeduplicationId: dedupId(m.url),
    }));
    let lastError = '';
    for (let attempt = 1; attempt <= SEND_ATTEMPTS && entries.length > 0; attempt++) {
      let res;
      try {
        res = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
      } catch (e) {
        // The client already retried: the queue is out. This batch's rest and every later batch stay unsent.
        const rest = [...entries.map((en) => batch.get(en.Id)!), ...messages.slice(i + SQS_BATCH)];
        throw new QueueSendError([...unsent, ...rest], [...details, describeError(e)].join('; '), e);
      }
      sent += res.Successful?.length ?? 0;
      const refused = new Set((res.Failed ?? []).map((f) => f.Id));
      lastError = (res.Failed ?? []).map((f) => `${f.Code}: ${f.Message ?? ''}`).join('; ');
      // Sender faults (bad entry) will not get better with a retry.
      if ((res.Failed ?? []).some((f) => f.SenderFault)) {
        entries = entries.filter((e) => refused.has(e.Id));
        break;
      }
      entries = entries.filter((e) => refused.has(e.Id));
      if (entries.length > 0 && attempt < SEND_ATTEMPTS) await new Promise((r) => setTimeout(r, 200 * attempt));
    }
    if (entries.length > 0) {
      unsent.push(...entries.map((en) => batch.get(en.Id)!));
      details.push(lastError);
    }
  }
  if (unsent.length > 0) throw new QueueSendError(unsent, details.join('; '));
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

/**
 * One feed: poll without saving its state, queue the new stories, then save the
 * state, leaving out whatever did not reach the queue, so a queue outage never
 * marks stories seen that were not queued (the next poll finds them again).
 */
async function pollAndQueue(feed: FeedConfig, rt: Runtime, sqs: SQSClient, summary: PollerSummary): Promise<void> {
  const { pollFeed, messageId, stateAfterQueueing, deps, queueUrl } = rt;
  const r: PollFeedResult = await pollFeed(feed, deps, { saveState: false });
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
  const msgs = r.newItems.map((m) => ({ ...m, publisher: m.publisher ?? feed.publisher ?? null }));
  let unsent: StoryMessage[] = [];
  let sendError: unknown = null;
  if (msgs.length > 0) {
    try {
      summary.queued += await sendStories(sqs, queueUrl, msgs, messageId);
    } catch (e) {
      sendError = e;
      // Anything but our own error says nothing about what went: treat all as unsent (dedup ids make a resend safe).
      unsent = e instanceof QueueSendError ? e.unsent : msgs;
      summary.queued += msgs.length - unsent.length;
      logger.error('stories not queued; the next poll finds them again', { feedId: feed.id, unsent: unsent.length, of: msgs.length, error: describeError(e) });
    }
  }
  if (r.state) await deps.store.putFeedState(stateAfterQueueing(r.state, unsent));
  if (sendError) throw sendError;
  logger.info('feed polled', { feedId: feed.id, outcome: r.outcome, found: r.found, new: r.newItems.length });
}

export async function handler(event: ScheduledEvent): Promise<PollerSummary> {
  const rt = await runtime();
  const sqs = await sqsClient();
  logger.info('poll started', { feeds: rt.feeds.length, scheduledAt: event.time });
  const summary: PollerSummary = { feeds: rt.feeds.length, polled: 0, notModified: 0, failed: 0, found: 0, queued: 0 };
  try {
    // Every feed runs to the end (its state saved) before the invocation fails for the first error.
    const errors = await inPool(rt.feeds, FEED_CONCURRENCY, (feed: FeedConfig) =>
      pollAndQueue(feed, rt, sqs, summary).then(
        () => null,
        (e: unknown) => ({ error: e }),
      ),
    );
    const first = errors.find((e) => e !== null);
    if (first) throw first.error;
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

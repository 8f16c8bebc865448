// SQS batch → processStory per message → partial batch response.
// A story that fails (HTTP error, robots, not HTML...) is a failure record and the
// message is done; only messages that are unparseable or throw (store outage)
// are reported in batchItemFailures, so SQS redelivers them and, after
// maxReceiveCount, moves them to the dead-letter queue.
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { describeError, isWirewatchError } from '../lib/errors';
import type { PipelineDeps } from '../lib/pipeline/types';
import { inOrderOverlapping } from '../lib/pipeline/in-order-overlapping';
import { parseStoryMessage } from './shared/story-message';
import { observability } from './shared/observability';
import { lazy, pipelineDepsFromEnv, storeFromEnv } from './shared/runtime';

const { logger, metrics } = observability('wirewatch-processor');

/** Messages not started once this little time is left are handed back to the queue. */
export const STOP_MARGIN_MS = 20_000;

const runtime = lazy(async () => {
  // require, not import: the HTML parser, compromise and the gazetteers load on the first batch, not at init.
  const { processStory } = require('../lib/pipeline') as typeof import('../lib/pipeline');
  const { store } = await storeFromEnv(process.env);
  const deps: PipelineDeps = { ...(await pipelineDepsFromEnv(process.env, store)), log: (e) => logger.debug('pipeline', e) };
  return { processStory, deps };
});

function failureMetric(reason: string): void {
  const single = metrics.singleMetric();
  single.addDimension('reason', reason);
  single.addMetric('StoryFailures', MetricUnit.Count, 1);
}

/**
 * Messages of one FIFO group (one host) start in order; groups run side by side. A story whose
 * near-duplicate decision is waiting out its settle time lets the next one start.
 */
function byGroup(records: SQSRecord[]): SQSRecord[][] {
  const groups = new Map<string, SQSRecord[]>();
  for (const r of records) {
    const g = r.attributes.MessageGroupId ?? r.messageId;
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  return [...groups.values()];
}

export async function handler(event: SQSEvent, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<SQSBatchResponse> {
  const failed = new Set<string>();
  const { processStory, deps } = await runtime();
  metrics.addMetric('MessagesReceived', MetricUnit.Count, event.Records.length);

  async function one(record: SQSRecord, release: () => void): Promise<void> {
    if (context && context.getRemainingTimeInMillis() < STOP_MARGIN_MS) {
      failed.add(record.messageId);
      logger.warn('out of time: message handed back to the queue', { messageId: record.messageId });
      return;
    }
    let msg;
    try {
      msg = parseStoryMessage(record.body);
    } catch (e) {
      failed.add(record.messageId);
      failureMetric('bad-message');
      logger.error('unparseable story message', { messageId: record.messageId, error: describeError(e) });
      return;
    }
    try {
      const t0 = performance.now();
      const outcome = await processStory(msg, { ...deps, onSettle: release });
      const totalMs = performance.now() - t0;
      const log = { messageId: record.messageId, storyId: outcome.recordId ?? outcome.id, url: msg.url, outcome: outcome.outcome };
      metrics.addMetric('StoriesProcessed', MetricUnit.Count, 1);
      metrics.addMetric('StoryMs', MetricUnit.Milliseconds, Math.round(totalMs));
      if (outcome.outcome === 'failed') {
        failureMetric(outcome.reason ?? 'unknown');
        logger.info('story failed', { ...log, reason: outcome.reason });
      } else {
        // Cleaning + extraction (with record building and validation) as processStory measured them.
        // (not for a story kept after a failed re-fetch: nothing was cleaned or extracted)
        const t = outcome.timings;
        if (t && !outcome.reason) metrics.addMetric('ExtractionMs', MetricUnit.Milliseconds, Math.round(t.cleanMs + t.extractMs));
        logger.info(outcome.outcome === 'recorded' ? 'story recorded' : 'story skipped', { ...log, isCyber: outcome.isCyber, timings: t });
      }
    } catch (e) {
      // processStory throws only when the store is out: let the queue retry this one.
      failed.add(record.messageId);
      failureMetric(isWirewatchError(e) ? e.reason : 'store');
      logger.error('story not processed; will be retried', { messageId: record.messageId, url: msg.url, error: describeError(e) });
    }
  }

  try {
    await Promise.all(
      byGroup(event.Records).map((group) => inOrderOverlapping(group, one)),
    );
  } finally {
    metrics.publishStoredMetrics();
  }
  const batchItemFailures: SQSBatchItemFailure[] = event.Records.filter((r) => failed.has(r.messageId)).map((r) => ({
    itemIdentifier: r.messageId,
  }));
  return { batchItemFailures };
}

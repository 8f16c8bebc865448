import pLimit from 'p-limit';
import type { FeedConfig } from '../types';
import { describeError } from '../errors';
import { StoreError } from '../store';
import { pollFeed } from './poll-feed';
import { processStory } from './process-story';
import type { PipelineDeps, PollFeedResult, RunSummary, StoryMessage } from './types';

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/**
 * One ingestion pass, the local stand-in for poller + queue + processor: poll every
 * feed, then process each new story once (the same story in two feeds counts once).
 * Invariant: stories.new === stories.recorded + stories.failed.
 */
export async function runOnce(feeds: FeedConfig[], deps: PipelineDeps, opts: { concurrency?: number } = {}): Promise<RunSummary> {
  const started = Date.now();
  const limit = pLimit(Math.max(1, opts.concurrency ?? 4));
  const summary: RunSummary = {
    feeds: { total: feeds.length, polled: 0, notModified: 0, failed: 0, failedByReason: {} },
    stories: { found: 0, new: 0, recorded: 0, failed: 0, failedByReason: {} },
    incidents: 0,
    duplicates: 0,
    durationMs: 0,
  };

  const polls = await Promise.all(
    feeds.map((feed) =>
      limit(async (): Promise<PollFeedResult> => {
        try {
          // State is saved after the stories are processed: an interrupted run re-finds them.
          return await pollFeed(feed, deps, { saveState: false });
        } catch (e) {
          // Only a store outage gets here; the feed counts as failed and the run goes on.
          const reason = e instanceof StoreError ? e.reason : 'network';
          return { feedId: feed.id, outcome: 'failed', found: 0, newItems: [], error: { reason, message: describeError(e) } };
        }
      }),
    ),
  );

  const queue = new Map<string, StoryMessage>();
  for (const p of polls) {
    if (p.outcome === 'polled') summary.feeds.polled++;
    else if (p.outcome === 'not-modified') summary.feeds.notModified++;
    else {
      summary.feeds.failed++;
      bump(summary.feeds.failedByReason, p.error?.reason ?? 'network');
    }
    summary.stories.found += p.found;
    for (const m of p.newItems) if (!queue.has(m.url)) queue.set(m.url, m);
  }
  summary.stories.new = queue.size;

  await Promise.all(
    [...queue.values()].map((msg) =>
      limit(async () => {
        try {
          const out = await processStory(msg, deps);
          if (out.outcome === 'failed') {
            summary.stories.failed++;
            bump(summary.stories.failedByReason, out.reason ?? 'extraction');
          } else {
            // 'skipped' for a new item: the page's canonical URL already has this exact record.
            summary.stories.recorded++;
            if (out.isCyber) summary.incidents++;
            if (out.duplicateOf) summary.duplicates++;
          }
        } catch (e) {
          // Store outage: no failure record can be written; the item is counted, not dropped silently.
          summary.stories.failed++;
          bump(summary.stories.failedByReason, 'store');
          deps.log?.({ event: 'story-store-error', url: msg.url, message: describeError(e) });
        }
      }),
    ),
  );
  for (const p of polls) {
    if (!p.state) continue;
    try {
      await deps.store.putFeedState(p.state);
    } catch (e) {
      deps.log?.({ event: 'feed-state-store-error', feedId: p.feedId, message: describeError(e) });
    }
  }
  summary.durationMs = Date.now() - started;
  return summary;
}

import pLimit from 'p-limit';
import type { FeedConfig } from '../types';
import { describeError } from '../errors';
import { StoreError } from '../store';
import { pollFeed } from './poll-feed';
import { processStory } from './process-story';
import { messageId } from './message-id';
import { stateWithout } from './state-after-queueing';
import { WorkQueue } from './work-queue';
import { backOff } from 'exponential-backoff';
import { MAX_RECENT_IDS } from '../feeds';
import type { PipelineDeps, PollFeedResult, RunSummary, RunTiming, StoryMessage, StoryTimings } from './types';

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export interface RunOnceOptions {
  /** Stories processed at the same time (default 4); feeds are polled 4 at a time. */
  concurrency?: number;
  /** Attempts per story while the store fails (default 3), with jittered backoff between them. */
  storeAttempts?: number;
  /** First backoff step in ms (default 250; doubled per attempt, full jitter). */
  storeBackoffMs?: number;
  /** After the store gave up on a story, the next story tries it again only after this long (default 5000). */
  storeProbeMs?: number;
  /** Add `timing` (per-story p50/p95, time by step) to the summary. */
  timing?: boolean;
  /**
   * Stop taking stories once aborted (Ctrl-C, a time budget): stories in flight finish, the
   * rest are left for the next run (`deferred`) and the feed states say so.
   */
  signal?: AbortSignal;
}

/** Another story found the store down a moment ago: this one is set aside without trying. */
class StoreStillDownError extends Error {
  constructor() {
    super('store unavailable');
    this.name = 'StoreStillDownError';
  }
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * One ingestion pass, the local stand-in for poller + queue + processor. Feeds are polled
 * and their items stream into a bounded work queue as they are read; each story is processed
 * once (the same story in two feeds counts once). Invariant:
 * stories.new === recorded + merged + failed + deferred.
 * A story the store cannot take (outage) is retried with backoff, then left for the next run
 * (`deferred`; its feed state is saved without it and without validators, so the next poll
 * finds it again): it is never counted or recorded as failed.
 */
export async function runOnce(feeds: FeedConfig[], deps: PipelineDeps, opts: RunOnceOptions = {}): Promise<RunSummary> {
  const started = Date.now();
  const { store } = deps;
  const attempts = Math.max(1, opts.storeAttempts ?? 3);
  const baseMs = opts.storeBackoffMs ?? 250;
  const probeMs = opts.storeProbeMs ?? 5000;
  const summary: RunSummary = {
    feeds: { total: feeds.length, polled: 0, notModified: 0, failed: 0, failedByReason: {} },
    stories: { found: 0, new: 0, recorded: 0, merged: 0, failed: 0, failedByReason: {}, deferred: 0, mergedInto: {} },
    incidents: 0,
    duplicates: 0,
    durationMs: 0,
  };
  const storyMs: number[] = [];
  const steps: StoryTimings = { fetchMs: 0, cleanMs: 0, extractMs: 0, storeMs: 0 };

  const taken = new Set<string>();
  /*
   * Per feed, what the saved state needs to know of the items left for the next run: whether
   * there were any (the validators go) and which of them may be among its recent ids. Those can
   * only be the first MAX_RECENT_IDS items the poll handed on (the state lists the first
   * MAX_RECENT_IDS ids of the feed, and an item handed on was not among the old recent ids), so
   * only their ids are kept: a 100,000-item feed left for the next run holds 500 ids, not 100,000.
   */
  const leftByFeed = new Map<string, { early: Set<string>; left: Set<string>; count: number }>();
  const leftFor = (feedId: string) => {
    let entry = leftByFeed.get(feedId);
    if (!entry) leftByFeed.set(feedId, (entry = { early: new Set(), left: new Set(), count: 0 }));
    return entry;
  };
  let storeDownAt: number | null = null;

  const defer = (msg: StoryMessage, why: string) => {
    summary.stories.deferred++;
    const entry = leftFor(msg.feedId ?? '');
    entry.count++;
    const id = messageId(msg.url);
    if (entry.early.has(id)) entry.left.add(id);
    deps.log?.({ event: 'story-deferred', url: msg.url, message: why });
  };

  async function handle(msg: StoryMessage): Promise<void> {
    let counted = false;
    if (opts.signal?.aborted) {
      summary.stories.new++;
      defer(msg, 'run stopped');
      return;
    }
    const attempt = async (): Promise<void> => {
      if (storeDownAt !== null && Date.now() - storeDownAt < probeMs) throw new StoreStillDownError();
      // Already done in an earlier run (or under an alias): not new.
      if (!counted && (await store.hasRecord(messageId(msg.url)))) return;
      if (!counted) summary.stories.new++;
      counted = true;
      const t0 = performance.now();
      const out = await processStory(msg, deps);
      storeDownAt = null;
      if (opts.timing) {
        storyMs.push(performance.now() - t0);
        if (out.timings) for (const k of Object.keys(steps) as Array<keyof StoryTimings>) steps[k] += out.timings[k];
      }
      if (out.outcome === 'failed') {
        summary.stories.failed++;
        bump(summary.stories.failedByReason, out.reason ?? 'extraction');
      } else if (out.outcome === 'merged') {
        summary.stories.merged++;
        summary.stories.mergedInto[out.id] = out.mergedInto ?? out.recordId ?? '';
      } else {
        // 'skipped' for a new item: this exact record was already stored under the page's canonical URL.
        summary.stories.recorded++;
        if (out.isCyber) summary.incidents++;
        if (out.duplicateOf) summary.duplicates++;
      }
    };
    try {
      // exponential-backoff: `attempts` tries, full-jitter steps of baseMs doubled per try.
      await backOff(attempt, {
        numOfAttempts: attempts,
        startingDelay: baseMs,
        timeMultiple: 2,
        maxDelay: 30_000,
        jitter: 'full',
        retry: (e: unknown) => {
          if (e instanceof StoreStillDownError) return false;
          if (!(e instanceof StoreError)) {
            // processStory turns every story problem into a failure record; anything else is a bug: say so, keep the item.
            deps.log?.({ event: 'story-error', url: msg.url, message: describeError(e) });
          }
          return true;
        },
      });
    } catch (e) {
      if (!counted) summary.stories.new++;
      if (e instanceof StoreStillDownError) {
        defer(msg, 'store unavailable');
        return;
      }
      storeDownAt = Date.now();
      defer(msg, describeError(e));
    }
  }

  const work = new WorkQueue(opts.concurrency ?? 4);
  let peakQueued = 0;
  const feedLimit = pLimit(4);
  const polls = await Promise.all(
    feeds.map((feed) =>
      feedLimit(async (): Promise<PollFeedResult> => {
        try {
          // State is saved after the stories are processed: an interrupted run re-finds them.
          return await pollFeed(feed, deps, {
            saveState: false,
            onItem: async (msg) => {
              const id = messageId(msg.url);
              if (taken.has(id)) return;
              taken.add(id);
              const entry = leftFor(feed.id);
              if (entry.early.size < MAX_RECENT_IDS) entry.early.add(id);
              // Once stopped, items are set aside at once instead of waiting for a queue slot.
              if (opts.signal?.aborted) await handle(msg);
              else await work.push(() => handle(msg));
              peakQueued = Math.max(peakQueued, work.size);
            },
          });
        } catch (e) {
          // Only a store outage gets here; the feed counts as failed and the run goes on.
          const reason = e instanceof StoreError ? e.reason : 'network';
          return { feedId: feed.id, outcome: 'failed', found: 0, newItems: [], error: { reason, message: describeError(e) } };
        }
      }),
    ),
  );
  await work.drain();

  for (const p of polls) {
    if (p.outcome === 'polled') summary.feeds.polled++;
    else if (p.outcome === 'not-modified') summary.feeds.notModified++;
    else {
      summary.feeds.failed++;
      bump(summary.feeds.failedByReason, p.error?.reason ?? 'network');
    }
    summary.stories.found += p.found;
  }
  for (const p of polls) {
    if (!p.state) continue;
    try {
      const left = leftByFeed.get(p.feedId);
      await store.putFeedState(left ? stateWithout(p.state, left.left, left.count > 0) : p.state);
    } catch (e) {
      deps.log?.({ event: 'feed-state-store-error', feedId: p.feedId, message: describeError(e) });
    }
  }
  summary.durationMs = Date.now() - started;
  if (opts.timing) {
    const sorted = Float64Array.from(storyMs).sort();
    const round = (n: number) => Math.round(n * 10) / 10;
    const timing: RunTiming = {
      stories: sorted.length,
      p50Ms: round(percentile(sorted, 0.5)),
      p95Ms: round(percentile(sorted, 0.95)),
      peakQueued,
      stepMs: { fetchMs: round(steps.fetchMs), cleanMs: round(steps.cleanMs), extractMs: round(steps.extractMs), storeMs: round(steps.storeMs) },
    };
    summary.timing = timing;
  }
  return summary;
}

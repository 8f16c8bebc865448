import pLimit from 'p-limit';
import type { FeedConfig, FeedItem, FeedState } from '../types';
import { WirewatchError, describeError } from '../errors';
import { canonicalizeUrl, storyId } from '../url';
import type { FetchStream } from '../fetch';
import { pacedFetchStream } from './paced-fetch';
import { MAX_RECENT_IDS, conditionalHeaders, nextFeedState, readFeed } from '../feeds';
import { StoreError } from '../store';
import type { PipelineDeps, PollFeedOptions, PollFeedResult, StoryMessage } from './types';

/**
 * Cap on a feed body (pages keep the fetch default, 5 MiB): a feed of 100,000 items is about
 * 18 MB. The body streams through the parser, so the cap bounds work and time, not memory.
 */
export const FEED_MAX_BYTES = 32 * 1024 * 1024;

/** Child sitemaps fetched per sitemap index per poll: bounds one poll's work. */
export const MAX_CHILD_SITEMAPS = 10;

function pollResponse(res: FetchStream) {
  return { status: res.status, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
}

async function openFeed(url: string, deps: PipelineDeps, state: FeedState | null): Promise<FetchStream> {
  await deps.robots?.check(url);
  return pacedFetchStream(url, { maxBytes: FEED_MAX_BYTES, ...deps.fetch, expect: 'feed', ...conditionalHeaders(state) }, deps);
}

/** The consumer's own failure, kept apart from a child sitemap's. */
class ItemHandlerError extends Error {
  constructor(readonly inner: unknown) {
    super('item handler failed');
  }
}

/**
 * Reads a feed and, for a sitemap index, up to MAX_CHILD_SITEMAPS child sitemaps, handing each
 * item to `onItem` as it is parsed; the body is not read further until onItem resolves.
 */
async function readItems(first: FetchStream, deps: PipelineDeps, onItem: (item: FeedItem) => Promise<void>): Promise<void> {
  const handle = async (item: FeedItem): Promise<void> => {
    try {
      await onItem(item);
    } catch (e) {
      throw new ItemHandlerError(e);
    }
  };
  const head = await readFeed(first.text, first.url, first.contentType, handle);
  for (const child of (head.sitemaps ?? []).slice(0, MAX_CHILD_SITEMAPS)) {
    try {
      const res = await openFeed(child, deps, null);
      await readFeed(res.text, res.url, res.contentType, handle); // one level only: an index of indexes is not followed
    } catch (e) {
      if (e instanceof StoreError || e instanceof ItemHandlerError) throw e;
      deps.log?.({ event: 'sitemap-failed', url: child, message: describeError(e) });
    }
  }
}

/**
 * Polls one feed with a conditional GET, finds the story URLs it lists and which
 * of them are new (not in the feed's recent ids and without a record), and saves
 * the feed state (or, with saveState: false, returns it for the caller to save once
 * the new items are safely queued or processed). Never throws for feed problems ('failed' with a reason);
 * throws StoreError when the store itself is out.
 */
export async function pollFeed(feed: FeedConfig, deps: PipelineDeps, opts: PollFeedOptions = {}): Promise<PollFeedResult> {
  const { store } = deps;
  const checks = pLimit(8);
  const save = async (next: FeedState): Promise<FeedState> => {
    if (opts.saveState !== false) await store.putFeedState(next);
    return next;
  };
  const now = deps.now ?? (() => new Date());
  const state = await store.getFeedState(feed.id);
  // Validators belong to a URL: a feed moved in the config starts fresh.
  const usable = state && state.url === feed.url ? state : null;

  let res: FetchStream;
  // Ids of the items read; after a fault mid-feed, those read before it were handed on already.
  const seen = new Set<string>();
  const candidates: StoryMessage[] = [];
  // Without onItem: the items that have no record yet, checked a few at a time, in feed order.
  const unrecorded = async (): Promise<StoryMessage[]> => {
    const recorded = await Promise.all(candidates.map((m) => checks(() => store.hasRecord(storyId(m.url)))));
    return candidates.filter((_, i) => !recorded[i]);
  };
  try {
    res = await openFeed(feed.url, deps, usable);
    if (res.notModified) {
      const next = await save(nextFeedState(state, feed, pollResponse(res), [], now()));
      return { feedId: feed.id, outcome: 'not-modified', found: 0, newItems: [], state: next };
    }

    // Items stream in: only ids are kept (to de-duplicate), and of them only the first
    // MAX_RECENT_IDS, which are all the next state can hold.
    const recent = new Set(state?.recentIds ?? []);
    const listed: string[] = [];
    await readItems(res, deps, async (item) => {
      const canonical = canonicalizeUrl(item.url);
      if (!canonical) return;
      const id = storyId(canonical);
      if (seen.has(id)) return;
      seen.add(id);
      if (listed.length < MAX_RECENT_IDS) listed.push(id);
      if (recent.has(id)) return;
      const msg: StoryMessage = { url: canonical, feedUrl: feed.url, feedId: feed.id, title: item.title, publishedAt: item.publishedAt, publisher: feed.publisher ?? null };
      // Streaming: the caller takes each item as it comes (and checks the store itself).
      if (opts.onItem) await opts.onItem(msg);
      else candidates.push(msg);
    });
    const newItems = await unrecorded();
    // Saved only now that every item was handed on: a poll cut short mid-feed keeps the old state.
    const next = await save(nextFeedState(state, feed, pollResponse(res), listed, now()));
    deps.log?.({ event: 'feed-polled', feedId: feed.id, found: seen.size, new: opts.onItem ? undefined : newItems.length });
    return { feedId: feed.id, outcome: 'polled', found: seen.size, newItems, state: next };
  } catch (caught) {
    const e = caught instanceof ItemHandlerError ? caught.inner : caught;
    if (e instanceof StoreError) throw e;
    const err = e instanceof WirewatchError ? e : new WirewatchError('not-a-feed', describeError(e), { cause: e });
    // A failed poll keeps the validators and recent ids; lastStatus says what happened.
    const failed = nextFeedState(state, feed, { status: err.status ?? 0, etag: null, lastModified: null }, [], now());
    const next = await save({ ...failed, lastStatus: err.status });
    deps.log?.({ event: 'feed-failed', feedId: feed.id, reason: err.reason, message: err.message });
    // Items read before a fault mid-feed are new items like any other (onItem had them already).
    const newItems = await unrecorded();
    return { feedId: feed.id, outcome: 'failed', found: seen.size, newItems, error: { reason: err.reason, message: err.message }, state: next };
  }
}

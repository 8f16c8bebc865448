import pLimit from 'p-limit';
import type { FeedConfig, FeedItem, FeedState } from '../types';
import { WirewatchError, describeError } from '../errors';
import { canonicalizeUrl, storyId } from '../url';
import type { FetchResult } from '../fetch';
import { pacedFetch } from './paced-fetch';
import { conditionalHeaders, nextFeedState, parseFeed } from '../feeds';
import { StoreError } from '../store';
import type { PipelineDeps, PollFeedOptions, PollFeedResult, StoryMessage } from './types';

/**
 * Cap on a feed body (pages keep the fetch default, 5 MiB): a feed of 100,000 items is about
 * 15 MB. The body is parsed whole, then its items stream into the work queue.
 */
export const FEED_MAX_BYTES = 32 * 1024 * 1024;

/** Child sitemaps fetched per sitemap index per poll: bounds one poll's work. */
export const MAX_CHILD_SITEMAPS = 10;

function pollResponse(res: FetchResult) {
  return { status: res.status, etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
}

async function fetchFeed(url: string, deps: PipelineDeps, state: FeedState | null): Promise<FetchResult> {
  await deps.robots?.check(url);
  return pacedFetch(url, { maxBytes: FEED_MAX_BYTES, ...deps.fetch, expect: 'feed', ...conditionalHeaders(state) }, deps);
}

/** Items of a feed plus, for a sitemap index, of up to MAX_CHILD_SITEMAPS child sitemaps. */
async function feedItems(first: FetchResult, deps: PipelineDeps): Promise<FeedItem[]> {
  const parsed = await parseFeed(first.text, first.url, first.contentType);
  const items = [...parsed.items];
  for (const child of (parsed.sitemaps ?? []).slice(0, MAX_CHILD_SITEMAPS)) {
    try {
      const res = await fetchFeed(child, deps, null);
      const sub = await parseFeed(res.text, res.url, res.contentType);
      items.push(...sub.items); // one level only: an index of indexes is not followed
    } catch (e) {
      if (e instanceof StoreError) throw e;
      deps.log?.({ event: 'sitemap-failed', url: child, message: describeError(e) });
    }
  }
  return items;
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

  let res: FetchResult;
  try {
    res = await fetchFeed(feed.url, deps, usable);
    if (res.notModified) {
      const next = await save(nextFeedState(state, feed, pollResponse(res), [], now()));
      return { feedId: feed.id, outcome: 'not-modified', found: 0, newItems: [], state: next };
    }
    const items = await feedItems(res, deps);

    const seen = new Set<string>();
    const recent = new Set(state?.recentIds ?? []);
    const listed: string[] = [];
    const candidates: StoryMessage[] = [];
    for (const item of items) {
      const canonical = canonicalizeUrl(item.url);
      if (!canonical) continue;
      const id = storyId(canonical);
      if (seen.has(id)) continue;
      seen.add(id);
      listed.push(id);
      if (recent.has(id)) continue;
      const msg: StoryMessage = { url: canonical, feedUrl: feed.url, feedId: feed.id, title: item.title, publishedAt: item.publishedAt, publisher: feed.publisher ?? null };
      // Streaming: the caller takes each item as it comes (and checks the store itself).
      if (opts.onItem) await opts.onItem(msg);
      else candidates.push(msg);
    }
    items.length = 0; // the parsed items are no longer needed while the feed state is saved
    // Without onItem: the items that have no record yet, checked a few at a time, in feed order.
    const recorded = await Promise.all(candidates.map((m) => checks(() => store.hasRecord(storyId(m.url)))));
    const newItems = candidates.filter((_, i) => !recorded[i]);
    const next = await save(nextFeedState(state, feed, pollResponse(res), listed, now()));
    deps.log?.({ event: 'feed-polled', feedId: feed.id, found: seen.size, new: opts.onItem ? undefined : newItems.length });
    return { feedId: feed.id, outcome: 'polled', found: seen.size, newItems, state: next };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const err = e instanceof WirewatchError ? e : new WirewatchError('not-a-feed', describeError(e), { cause: e });
    // A failed poll keeps the validators and recent ids; lastStatus says what happened.
    const failed = nextFeedState(state, feed, { status: err.status ?? 0, etag: null, lastModified: null }, [], now());
    const next = await save({ ...failed, lastStatus: err.status });
    deps.log?.({ event: 'feed-failed', feedId: feed.id, reason: err.reason, message: err.message });
    return { feedId: feed.id, outcome: 'failed', found: 0, newItems: [], error: { reason: err.reason, message: err.message }, state: next };
  }
}

import type { FeedConfig, FeedItem, FeedState } from '../types';
import { WirewatchError, describeError } from '../errors';
import { canonicalizeUrl, storyId } from '../url';
import { guardedFetch, type FetchResult } from '../fetch';
import { parseFeed } from '../feeds';
import { StoreError } from '../store';
import type { PipelineDeps, PollFeedResult, StoryMessage } from './types';

/** Child sitemaps fetched per sitemap index per poll: bounds one poll's work. */
export const MAX_CHILD_SITEMAPS = 10;
/** Story ids remembered per feed: a feed re-listing these is not re-processed. */
export const RECENT_IDS_MAX = 2000;

async function fetchFeed(url: string, deps: PipelineDeps, state: FeedState | null): Promise<FetchResult> {
  await deps.robots?.check(url);
  const go = () =>
    guardedFetch(url, {
      ...deps.fetch,
      expect: 'feed',
      etag: state?.etag ?? null,
      lastModified: state?.lastModified ?? null,
    });
  return deps.pacer ? deps.pacer.run(url, go) : go();
}

/** Items of a feed plus, for a sitemap index, of up to MAX_CHILD_SITEMAPS child sitemaps. */
async function feedItems(first: FetchResult, deps: PipelineDeps): Promise<FeedItem[]> {
  const parsed = await parseFeed(first.text, first.url);
  const items = [...parsed.items];
  for (const child of (parsed.sitemaps ?? []).slice(0, MAX_CHILD_SITEMAPS)) {
    try {
      const res = await fetchFeed(child, deps, null);
      const sub = await parseFeed(res.text, res.url);
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
 * the feed state. Never throws for feed problems ('failed' with a reason);
 * throws StoreError when the store itself is out.
 */
export async function pollFeed(feed: FeedConfig, deps: PipelineDeps): Promise<PollFeedResult> {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const state = await store.getFeedState(feed.id);
  // Validators belong to a URL: a feed moved in the config starts fresh.
  const usable = state && state.url === feed.url ? state : null;
  const base: FeedState = {
    feedId: feed.id,
    url: feed.url,
    etag: usable?.etag ?? null,
    lastModified: usable?.lastModified ?? null,
    lastPolledAt: now().toISOString(),
    lastStatus: null,
    recentIds: state?.recentIds ?? [],
  };

  let res: FetchResult;
  try {
    res = await fetchFeed(feed.url, deps, usable);
    if (res.notModified) {
      await store.putFeedState({ ...base, lastStatus: res.status });
      return { feedId: feed.id, outcome: 'not-modified', found: 0, newItems: [] };
    }
    const items = await feedItems(res, deps);

    const seen = new Set<string>();
    const recent = new Set(base.recentIds);
    const listed: string[] = [];
    const newItems: StoryMessage[] = [];
    for (const item of items) {
      const canonical = canonicalizeUrl(item.url);
      if (!canonical) continue;
      const id = storyId(canonical);
      if (seen.has(id)) continue;
      seen.add(id);
      listed.push(id);
      if (recent.has(id) || (await store.hasRecord(id))) continue;
      newItems.push({ url: canonical, feedUrl: feed.url, feedId: feed.id, title: item.title, publishedAt: item.publishedAt, publisher: feed.publisher ?? null });
    }
    const recentIds = [...listed, ...base.recentIds.filter((id) => !seen.has(id))].slice(0, RECENT_IDS_MAX);
    await store.putFeedState({
      ...base,
      etag: res.headers.etag ?? null,
      lastModified: res.headers['last-modified'] ?? null,
      lastStatus: res.status,
      recentIds,
    });
    deps.log?.({ event: 'feed-polled', feedId: feed.id, found: seen.size, new: newItems.length });
    return { feedId: feed.id, outcome: 'polled', found: seen.size, newItems };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const err = e instanceof WirewatchError ? e : new WirewatchError('not-a-feed', describeError(e), { cause: e });
    await store.putFeedState({ ...base, lastStatus: err.status });
    deps.log?.({ event: 'feed-failed', feedId: feed.id, reason: err.reason, message: err.message });
    return { feedId: feed.id, outcome: 'failed', found: 0, newItems: [], error: { reason: err.reason, message: err.message } };
  }
}

import type { FeedConfig, FeedState } from '../types';

/** How many recent item ids a feed's state keeps (newest first). */
export const MAX_RECENT_IDS = 500;

export interface FeedPollResponse {
  status: number;
  etag: string | null;
  lastModified: string | null;
}

/**
 * The state to store after one poll. Validators come from a 200; a 304 keeps
 * the previous ones (updated if the 304 carried new ones); a failed poll keeps
 * them untouched. When the feed's URL changed, old validators are dropped: they
 * belong to another resource. `seenIds` (newest first) go in front of the
 * previous ids, duplicates removed, at most MAX_RECENT_IDS kept.
 */
export function nextFeedState(
  prev: FeedState | null,
  feed: FeedConfig,
  response: FeedPollResponse,
  seenIds: string[],
  now: Date,
): FeedState {
  const samePrev = prev && prev.url === feed.url ? prev : null;
  let etag = samePrev?.etag ?? null;
  let lastModified = samePrev?.lastModified ?? null;
  if (response.status >= 200 && response.status <= 299) {
    etag = response.etag;
    lastModified = response.lastModified;
  } else if (response.status === 304) {
    etag = response.etag ?? etag;
    lastModified = response.lastModified ?? lastModified;
  }
  const recentIds: string[] = [];
  const seen = new Set<string>();
  for (const id of [...seenIds, ...(prev?.recentIds ?? [])]) {
    if (seen.has(id)) continue;
    seen.add(id);
    recentIds.push(id);
    if (recentIds.length >= MAX_RECENT_IDS) break;
  }
  return {
    feedId: feed.id,
    url: feed.url,
    etag,
    lastModified,
    lastPolledAt: now.toISOString(),
    lastStatus: response.status,
    recentIds,
  };
}

/** Validators for the next conditional GET (nulls when there is no state yet). */
export function conditionalHeaders(state: FeedState | null): { etag: string | null; lastModified: string | null } {
  return { etag: state?.etag ?? null, lastModified: state?.lastModified ?? null };
}

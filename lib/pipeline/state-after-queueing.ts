import type { FeedState } from '../types';
import { messageId } from './message-id';
import type { StoryMessage } from './types';

/**
 * The feed state to save once a poll's new items were handed to the queue. Items
 * that never reached it are left out of the recent ids, and the validators are
 * dropped, so the next poll fetches the feed in full (no 304) and finds exactly
 * those items new again; the ones that did go stay seen.
 */
export function stateAfterQueueing(state: FeedState, unqueued: readonly StoryMessage[]): FeedState {
  return stateWithout(state, new Set(unqueued.map((m) => messageId(m.url))));
}

/**
 * The same, given the story ids that were not handed on. `anyLeft` says whether any item was
 * left at all, when `retry` holds only those that can be among the state's recent ids.
 */
export function stateWithout(state: FeedState, retry: ReadonlySet<string>, anyLeft = retry.size > 0): FeedState {
  if (!anyLeft) return state;
  return { ...state, etag: null, lastModified: null, recentIds: state.recentIds.filter((id) => !retry.has(id)) };
}

import { stateAfterQueueing } from '../../../lib/pipeline/state-after-queueing';
import { messageId } from '../../../lib/pipeline/message-id';
import type { StoryMessage } from '../../../lib/pipeline/types';
import type { FeedState } from '../../../lib/types';

const msg = (url: string): StoryMessage => ({ url, feedUrl: 'https://wire.example/rss', feedId: 'wire', title: null, publishedAt: null });
const urls = ['https://wire.example/a', 'https://wire.example/b', 'https://wire.example/c'];
const state: FeedState = {
  feedId: 'wire',
  url: 'https://wire.example/rss',
  etag: '"e2"',
  lastModified: 'Thu, 16 May 2024 12:00:00 GMT',
  lastPolledAt: '2024-05-16T12:00:00.000Z',
  lastStatus: 200,
  recentIds: [...urls.map(messageId), 'older0000000000a'],
};

describe('stateAfterQueueing', () => {
  it('keeps the polled state as it is when everything was queued', () => {
    expect(stateAfterQueueing(state, [])).toBe(state);
  });

  it('leaves the unqueued ids out and drops the validators so the next poll refetches the feed', () => {
    const next = stateAfterQueueing(state, [msg(urls[1])]);
    expect(next.recentIds).toEqual([messageId(urls[0]), messageId(urls[2]), 'older0000000000a']);
    expect(next).toMatchObject({ etag: null, lastModified: null, lastStatus: 200, lastPolledAt: state.lastPolledAt, feedId: 'wire' });
    expect(state.recentIds).toHaveLength(4); // the input is not changed
  });

  it('matches a message URL to its id after canonicalization', () => {
    const next = stateAfterQueueing(state, [msg('https://WIRE.example/c?utm_source=rss#top')]);
    expect(next.recentIds).not.toContain(messageId(urls[2]));
  });
});

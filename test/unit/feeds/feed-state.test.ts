import { MAX_RECENT_IDS, conditionalHeaders, nextFeedState } from '../../../lib/feeds';
import type { FeedConfig, FeedState } from '../../../lib/types';

const feed: FeedConfig = { id: 'wire-world', url: 'https://newswire.example/feeds/world.rss', publisher: 'Newswire Example' };
const t1 = new Date('2024-07-01T10:00:00Z');
const t2 = new Date('2024-07-01T10:15:00Z');

test('first poll: validators and ids from the response', () => {
  const s = nextFeedState(null, feed, { status: 200, etag: '"a1"', lastModified: 'Mon, 01 Jul 2024 09:59:00 GMT' }, ['id3', 'id2', 'id1'], t1);
  expect(s).toEqual({
    feedId: 'wire-world',
    url: feed.url,
    etag: '"a1"',
    lastModified: 'Mon, 01 Jul 2024 09:59:00 GMT',
    lastPolledAt: '2024-07-01T10:00:00.000Z',
    lastStatus: 200,
    recentIds: ['id3', 'id2', 'id1'],
  });
  expect(conditionalHeaders(s)).toEqual({ etag: '"a1"', lastModified: 'Mon, 01 Jul 2024 09:59:00 GMT' });
});

test('304 keeps the validators (or takes new ones) and the ids', () => {
  const prev = nextFeedState(null, feed, { status: 200, etag: '"a1"', lastModified: 'x' }, ['id1'], t1);
  const same = nextFeedState(prev, feed, { status: 304, etag: null, lastModified: null }, [], t2);
  expect(same).toMatchObject({ etag: '"a1"', lastModified: 'x', lastStatus: 304, lastPolledAt: '2024-07-01T10:15:00.000Z', recentIds: ['id1'] });
  expect(nextFeedState(prev, feed, { status: 304, etag: '"a2"', lastModified: null }, [], t2).etag).toBe('"a2"');
});

test('a 200 without validators clears them; a failed poll keeps them', () => {
  const prev = nextFeedState(null, feed, { status: 200, etag: '"a1"', lastModified: 'x' }, [], t1);
  expect(conditionalHeaders(nextFeedState(prev, feed, { status: 200, etag: null, lastModified: null }, [], t2))).toEqual({ etag: null, lastModified: null });
  expect(nextFeedState(prev, feed, { status: 503, etag: null, lastModified: null }, [], t2)).toMatchObject({ etag: '"a1"', lastModified: 'x', lastStatus: 503 });
});

test('new ids go first, duplicates removed, capped at 500', () => {
  const old = Array.from({ length: MAX_RECENT_IDS }, (_, i) => `old-${i}`);
  const prev: FeedState = { feedId: feed.id, url: feed.url, etag: null, lastModified: null, lastPolledAt: null, lastStatus: null, recentIds: old };
  const s = nextFeedState(prev, feed, { status: 200, etag: null, lastModified: null }, ['new-2', 'new-1', 'old-0', 'new-2'], t2);
  expect(MAX_RECENT_IDS).toBe(500);
  expect(s.recentIds).toHaveLength(500);
  expect(s.recentIds.slice(0, 4)).toEqual(['new-2', 'new-1', 'old-0', 'old-1']);
  expect(s.recentIds[499]).toBe('old-497');
});

test('a changed feed URL drops validators that belonged to the old URL', () => {
  const prev = nextFeedState(null, feed, { status: 200, etag: '"a1"', lastModified: 'x' }, ['id1'], t1);
  const moved = { ...feed, url: 'https://newswire.example/rss/world.xml' };
  const s = nextFeedState(prev, moved, { status: 304, etag: null, lastModified: null }, [], t2);
  expect(s).toMatchObject({ url: moved.url, etag: null, lastModified: null, recentIds: ['id1'] });
  expect(conditionalHeaders(null)).toEqual({ etag: null, lastModified: null });
});

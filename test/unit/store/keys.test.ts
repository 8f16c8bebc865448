import { failureKey, feedStateKey, idFromKey, partitionOfKey, rawKey, recordIndexKey, recordKey, isStoryId, isFeedId } from '../../../lib/store/keys';

describe('S3 key scheme', () => {
  const id = '0123456789abcdef';
  it('follows DESIGN.md', () => {
    expect(rawKey(id, '2024-03-06T23:59:59+02:00')).toBe(`raw/2024/03/06/${id}.html.gz`);
    expect(rawKey(id, '2024-03-06T23:30:00-02:00')).toBe(`raw/2024/03/07/${id}.html.gz`);
    expect(recordKey({ id, publishedAt: '2022-09-10T13:33:00Z', fetchedAt: '2024-01-01T00:00:00Z' })).toBe(`records/dt=2022-09-10/${id}.json`);
    expect(recordKey({ id, publishedAt: null, fetchedAt: '2024-01-01T00:00:00Z' })).toBe(`records/dt=2024-01-01/${id}.json`);
    expect(failureKey({ id, at: '2024-02-29T12:00:00Z' })).toBe(`failures/dt=2024-02-29/${id}.json`);
    expect(feedStateKey('ap-world')).toBe('state/feeds/ap-world.json');
    expect(recordIndexKey(id)).toBe(`index/records/${id}.json`);
  });

  it('reads ids and partitions back from keys', () => {
    expect(idFromKey(`records/dt=2022-09-10/${id}.json`)).toBe(id);
    expect(idFromKey('records/dt=2022-09-10/notes.txt')).toBeNull();
    expect(partitionOfKey(`failures/dt=2022-09-10/${id}.json`)).toBe('2022-09-10');
  });

  it('validates ids', () => {
    expect(isStoryId(id)).toBe(true);
    expect(isStoryId('0123456789ABCDEF')).toBe(false);
    expect(isFeedId('ap-world')).toBe(true);
    expect(isFeedId('../etc')).toBe(false);
    expect(() => rawKey(id, 'yesterday')).toThrow(RangeError);
  });
});

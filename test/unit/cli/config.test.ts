import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FeedsFileError, fetchAllowFromEnv, loadFeedsFile, parseFeedsConfig, wirewatchHome, openStoreFromEnv, ConfigError } from '../../../lib/local/config';

describe('feeds file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-feeds-'));

  it('loads {"feeds":[{id,url,publisher}]}', async () => {
    const file = join(dir, 'feeds.json');
    writeFileSync(file, JSON.stringify({ feeds: [{ id: 'ap-world', url: 'https://example.com/rss', publisher: 'Example' }, { id: 'b', url: 'http://example.org/feed.json' }] }));
    expect(await loadFeedsFile(file)).toEqual([
      { id: 'ap-world', url: 'https://example.com/rss', publisher: 'Example' },
      { id: 'b', url: 'http://example.org/feed.json' },
    ]);
  });

  it.each([
    [[], /expected an object/],
    [{ feeds: 'x' }, /expected an object/],
    [{ feeds: [{ id: 'a b', url: 'https://x.example/' }] }, /feeds\[0\]\.id/],
    [{ feeds: [{ id: 'a', url: 'ftp://x.example/' }] }, /feeds\[0\]\.url/],
    [{ feeds: [{ id: 'a', url: 'https://x.example/' }, { id: 'a', url: 'https://y.example/' }] }, /used twice/],
    [{ feeds: [{ id: 'a', url: 'https://x.example/', publisher: 3 }] }, /publisher/],
  ])('rejects %j with FeedsFileError', (value, message) => {
    expect(() => parseFeedsConfig(value, 'f.json')).toThrow(FeedsFileError);
    expect(() => parseFeedsConfig(value, 'f.json')).toThrow(message);
  });

  it('names a missing or non-JSON file', async () => {
    await expect(loadFeedsFile(join(dir, 'nope.json'))).rejects.toThrow(/nope\.json: no such file/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{feeds:');
    await expect(loadFeedsFile(bad)).rejects.toThrow(/not valid JSON/);
  });
});

describe('environment', () => {
  it('reads WIREWATCH_HOME and WIREWATCH_FETCH_ALLOW', () => {
    expect(wirewatchHome({}, '/srv/app')).toBe('/srv/app/.wirewatch');
    expect(wirewatchHome({ WIREWATCH_HOME: '/data/ww' }, '/srv/app')).toBe('/data/ww');
    expect(fetchAllowFromEnv({ WIREWATCH_FETCH_ALLOW: '127.0.0.1:8081, localhost:9000' })).toEqual(['127.0.0.1:8081', 'localhost:9000']);
    expect(() => fetchAllowFromEnv({ WIREWATCH_FETCH_ALLOW: '127.0.0.1' })).toThrow();
  });

  it('uses WIREWATCH_BUCKET (+ endpoint) without starting anything', async () => {
    const opened = await openStoreFromEnv({ WIREWATCH_BUCKET: 'my-bucket', WIREWATCH_S3_ENDPOINT: 'http://127.0.0.1:9' });
    expect(opened.store.bucket).toBe('my-bucket');
    expect(opened.where).toBe('bucket my-bucket at http://127.0.0.1:9');
    await opened.close();
    await expect(openStoreFromEnv({ WIREWATCH_BUCKET: 'b', WIREWATCH_S3_ENDPOINT: 'not a url' })).rejects.toThrow(ConfigError);
  });

  it('starts the embedded store under WIREWATCH_HOME when no bucket is set', async () => {
    const home = mkdtempSync(join(tmpdir(), 'wirewatch-home-'));
    const opened = await openStoreFromEnv({ WIREWATCH_HOME: home });
    try {
      expect(opened.where).toContain(join(home, 's3'));
      await opened.store.putFeedState({ feedId: 'x', url: 'https://x.example/', etag: null, lastModified: null, lastPolledAt: null, lastStatus: null, recentIds: [] });
      expect((await opened.store.getFeedState('x'))?.url).toBe('https://x.example/');
    } finally {
      await opened.close();
    }
  });
});

import { HostPacer, RobotsChecker } from '../../lib/fetch';
import { processStory, runOnce, type PipelineDeps, type StoryMessage } from '../../lib/pipeline';
import { recordErrors } from '../../lib/record';
import { canonicalizeUrl, storyId } from '../../lib/url';
import type { FeedConfig } from '../../lib/types';
import { bucketObjects, startTestS3, type TestS3 } from '../helpers/s3';
import { startNewsSite, STORIES, TROUBLE, type NewsSite } from '../helpers/news-site';

let t: TestS3;
let site: NewsSite;
let deps: PipelineDeps;
let feeds: FeedConfig[];

const objects = () => bucketObjects(t);

beforeAll(async () => {
  [t, site] = await Promise.all([startTestS3(), startNewsSite()]);
  const fetch = { allow: [site.hostPort], timeoutMs: 5000 };
  deps = { store: t.store, fetch, robots: new RobotsChecker(fetch), pacer: new HostPacer({ minIntervalMs: 0, concurrency: 4 }) };
  feeds = [
    { id: 'gazette-world', url: `${site.origin}/rss.xml`, publisher: 'Test Harbour Gazette' },
    { id: 'gazette-latest', url: `${site.origin}/feed.json`, publisher: 'Test Harbour Gazette' },
    { id: 'gazette-missing', url: `${site.origin}/no-such-feed.xml` },
  ];
});
afterAll(async () => {
  await Promise.all([t?.stop(), site?.close()]);
});

describe('one ingestion pass over a loopback site into s3rver', () => {
  it('records the stories, fails the rest with reasons, and the summary adds up', async () => {
    const s = await runOnce(feeds, deps, { concurrency: 4 });
    expect(s.feeds).toMatchObject({ total: 3, polled: 2, notModified: 0, failed: 1 });
    expect(s.feeds.failedByReason).toEqual({ 'http-status': 1 });
    expect(s.stories.found).toBe(7 + 2);
    expect(s.stories.new).toBe(7);
    expect(s.stories.recorded).toBe(3);
    expect(s.stories.failed).toBe(4);
    expect(s.stories.new).toBe(s.stories.recorded + s.stories.failed);
    expect(s.stories.failedByReason).toEqual({ 'http-status': 1, 'not-html': 1, 'ssrf-blocked': 1, robots: 1 });
    expect(s.incidents).toBeGreaterThanOrEqual(1);
    expect(site.log).not.toContain(`GET ${TROUBLE.robotsBlocked} 200`);

    for (const story of STORIES) {
      const id = storyId(canonicalizeUrl(`${site.origin}${story.path}`)!);
      const r = await t.store.getRecord(id);
      expect(r).not.toBeNull();
      expect(recordErrors(r)).toEqual([]);
      expect(r!.canonicalUrl).toBe(`${site.origin}${story.path}`);
      expect(r!.source.feedUrl).toMatch(/\/(rss\.xml|feed\.json)$/);
      expect(r!.source.publisher).toBe('Test Harbour Gazette');
      expect(r!.publishedAt).toBe(new Date(story.date).toISOString());
      expect(r!.text).toContain(story.paragraphs[1].slice(0, 40));
      expect(r!.text).not.toContain('newsletter');
    }

    const failures = (await t.store.listFailures({ limit: 100 })).items;
    const byPath = Object.fromEntries(failures.map((f) => [new URL(f.url).pathname, f]));
    expect(byPath[TROUBLE.notFound]).toMatchObject({ reason: 'http-status', status: 404, attempts: 1 });
    expect(byPath[TROUBLE.pdf]).toMatchObject({ reason: 'not-html' });
    expect(byPath[TROUBLE.metadataRedirect]).toMatchObject({ reason: 'ssrf-blocked' });
    expect(byPath[TROUBLE.robotsBlocked]).toMatchObject({ reason: 'robots' });

    const keys = [...(await objects()).keys()];
    expect(keys.filter((k) => k.startsWith('records/'))).toHaveLength(3);
    expect(keys.filter((k) => /^raw\/\d{4}\/\d{2}\/\d{2}\/[0-9a-f]{16}\.html\.gz$/.test(k))).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith('failures/dt='))).toHaveLength(4);
    expect(keys.filter((k) => k.startsWith('state/feeds/')).sort()).toEqual(
      ['gazette-latest', 'gazette-missing', 'gazette-world'].map((id) => `state/feeds/${id}.json`),
    );
  });

  it('a second pass writes nothing new; the RSS feed answers 304 to its ETag', async () => {
    const before = await objects();
    const s = await runOnce(feeds, deps);
    expect(s.feeds).toMatchObject({ polled: 1, notModified: 1, failed: 1 });
    expect(s.stories).toMatchObject({ new: 0, recorded: 0, failed: 0 });
    expect(s.stories.found).toBe(2);
    expect(site.log).toContain('GET /rss.xml 304');
    const after = await objects();
    const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
    // Only the feeds' state objects (last poll time) move.
    expect(changed.every((k) => k.startsWith('state/feeds/'))).toBe(true);
    expect(after.size).toBe(before.size);
    expect((await t.store.getFeedState('gazette-world'))?.lastStatus).toBe(304);
  });

  it('a redelivered story message produces no second record', async () => {
    const story = STORIES[0];
    const msg: StoryMessage = { url: `${site.origin}${story.path}`, feedUrl: feeds[0].url, feedId: feeds[0].id, title: story.headline, publishedAt: story.date, publisher: 'Test Harbour Gazette' };
    const before = await objects();
    const out = await processStory(msg, deps);
    expect(out.outcome).toBe('skipped');
    const after = await objects();
    expect([...after.keys()].filter((k) => k.startsWith('records/'))).toHaveLength(3);
    expect([...after.keys()].filter((k) => before.get(k) !== after.get(k))).toEqual([]);
  });

  it('a retried failure overwrites its failure record and counts the attempt', async () => {
    const msg: StoryMessage = { url: `${site.origin}${TROUBLE.notFound}`, feedUrl: null, feedId: null, title: null, publishedAt: null };
    const out = await processStory(msg, deps);
    expect(out).toMatchObject({ outcome: 'failed', reason: 'http-status' });
    const f = await t.store.getFailure(out.id);
    expect(f).toMatchObject({ attempts: 2, status: 404 });
    expect([...(await objects()).keys()].filter((k) => k.startsWith('failures/'))).toHaveLength(4);
  });
});

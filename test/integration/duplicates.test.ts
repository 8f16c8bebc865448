// Two (three) outlets republishing the same wire story, through the real pipeline into the
// embedded S3 server: the later copies get duplicateOf = the first record's id.
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { runOnce, type PipelineDeps } from '../../lib/pipeline';
import { recordErrors } from '../../lib/record';
import { canonicalizeUrl, storyId } from '../../lib/url';
import type { FeedConfig } from '../../lib/types';
import { createS3Store } from '../../lib/store';
import { bucketObjects, startTestS3, type TestS3 } from '../helpers/s3';
import { HYDRO_OTHER_AGENCY, HYDRO_WIRE, OUTLET_A_TAIL, OUTLET_B_TAIL, PHOTO_CAPTION } from '../unit/pipeline/fixtures/wire-copies';
import { startOutlet, type Outlet, type OutletStory } from './wire-outlets';

let t: TestS3;
let outlets: Outlet[];
let deps: PipelineDeps;
let feeds: FeedConfig[];

const DATE = '2019-03-19T09:30:00Z';
const first: OutletStory = { path: '/world/2019/03/19/hydro-ransomware.html', headline: 'Ransomware attack forces aluminum maker to go manual', date: DATE, paragraphs: [...HYDRO_WIRE, ...OUTLET_A_TAIL] };
const second: OutletStory = { path: '/news/business/norsk-hydro-cyberattack-b1234567.html', headline: 'Norsk Hydro hit by cyberattack', date: DATE, paragraphs: [...HYDRO_WIRE, ...OUTLET_B_TAIL] };
const trimmed: OutletStory = { path: '/2019/03/19/hydro/', headline: 'Hackers halt aluminium plants', date: '2019-03-19T11:00:00Z', paragraphs: [PHOTO_CAPTION, ...HYDRO_WIRE.slice(0, 6)] };
const otherAgency: OutletStory = { path: '/world/2019/03/19/hydro-other-agency.html', headline: 'Norsk Hydro hit by extensive cyber attack', date: DATE, paragraphs: HYDRO_OTHER_AGENCY };

const idOf = (o: Outlet, s: OutletStory) => storyId(canonicalizeUrl(o.urlOf(s))!);

const objects = () => bucketObjects(t);

beforeAll(async () => {
  t = await startTestS3();
  outlets = await Promise.all([
    startOutlet('The Harbour Gazette', [first, otherAgency]),
    startOutlet('The Valley Standard', [second]),
    startOutlet('Northern Courier', [trimmed]),
  ]);
  const fetch = { allow: outlets.map((o) => o.hostPort), timeoutMs: 5000 };
  deps = { store: t.store, fetch };
  feeds = outlets.map((o, i) => ({ id: `outlet-${i}`, url: o.feedUrl, publisher: o.name }));
});
afterAll(async () => {
  await Promise.all([t?.stop(), ...(outlets ?? []).map((o) => o.close())]);
});

describe('republished wire copy through the pipeline into s3rver', () => {
  it('the first outlet’s record is the original; the other outlets’ copies point at it', async () => {
    // concurrency 1: stories are processed in feed order, so "first" is the Gazette's.
    const s = await runOnce(feeds, deps, { concurrency: 1 });
    expect(s.stories).toMatchObject({ new: 4, recorded: 4, failed: 0 });
    expect(s.duplicates).toBe(2);

    const original = await t.store.getRecord(idOf(outlets[0], first));
    const copy = await t.store.getRecord(idOf(outlets[1], second));
    const cut = await t.store.getRecord(idOf(outlets[2], trimmed));
    const other = await t.store.getRecord(idOf(outlets[0], otherAgency));
    expect(original?.duplicateOf).toBeNull();
    expect(copy?.duplicateOf).toBe(original?.id);
    expect(cut?.duplicateOf).toBe(original?.id);
    expect(other?.duplicateOf).toBeNull(); // same incident, another agency's own story
    expect(copy?.source.publisher).toBe('The Valley Standard');
    expect(copy?.id).not.toBe(original?.id);
    for (const r of [original, copy, cut, other]) expect(recordErrors(r)).toEqual([]);

    // The index: one entry per story, band objects list the two originals only.
    const keys = [...(await objects()).keys()];
    expect(keys.filter((k) => k.startsWith('index/fingerprints/ids/'))).toHaveLength(4);
    const members = keys.filter((k) => k.startsWith('index/fingerprints/members/'));
    expect(members.length).toBeGreaterThan(0);
    const listed = new Set(members.map((k) => k.slice(k.lastIndexOf('/') + 1)));
    expect([...listed].sort()).toEqual([original!.id, other!.id].sort());
  });

  it('a second run changes nothing', async () => {
    const before = await objects();
    const s = await runOnce(feeds, deps, { concurrency: 4 });
    expect(s.stories).toMatchObject({ new: 0, recorded: 0, failed: 0 });
    expect(s.duplicates).toBe(0);
    const after = await objects();
    const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(changed.every((k) => k.startsWith('state/feeds/'))).toBe(true);
    expect(after.size).toBe(before.size);
    expect((await t.store.getRecord(idOf(outlets[1], second)))?.duplicateOf).toBe(idOf(outlets[0], first));
  });

  it('copies processed side by side in one run still end with one original', async () => {
    // A bucket of its own: the same wire text is already in the first one.
    await t.client.send(new CreateBucketCommand({ Bucket: 'side-by-side' }));
    const store = createS3Store(t.client, 'side-by-side');
    const wire = HYDRO_WIRE;
    const a: OutletStory = { path: '/a.html', headline: 'Alloy maker hit', date: DATE, paragraphs: [...wire, ...OUTLET_A_TAIL] };
    const b: OutletStory = { path: '/b.html', headline: 'Cyberattack on alloy maker', date: DATE, paragraphs: [...wire, ...OUTLET_B_TAIL] };
    const more = await Promise.all([startOutlet('Side One', [a]), startOutlet('Side Two', [b])]);
    try {
      const s = await runOnce(
        more.map((o, i) => ({ id: `side-${i}`, url: o.feedUrl, publisher: o.name })),
        { store, fetch: { allow: more.map((o) => o.hostPort), timeoutMs: 5000 } },
        { concurrency: 4 },
      );
      expect(s.stories).toMatchObject({ new: 2, recorded: 2 });
      const ra = await store.getRecord(idOf(more[0], a));
      const rb = await store.getRecord(idOf(more[1], b));
      const links = [ra?.duplicateOf, rb?.duplicateOf];
      expect(links.filter((x) => x === null)).toHaveLength(1);
      expect(links).toContain(ra?.duplicateOf === null ? ra?.id : rb?.id);
      expect(s.duplicates).toBe(1);
    } finally {
      await Promise.all(more.map((o) => o.close()));
    }
  });
});

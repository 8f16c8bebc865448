// Story clusters through the real pipeline into s3rver: two processors (separate stores and
// clients, so no shared in-process lock) over the same batch of republished copies end with
// one canonical record, and GET /api/records/{id} lists every outlet that ran the story.
import { processStory, type PipelineDeps, type StoryMessage } from '../../lib/pipeline';
import { createS3Client, createS3Store } from '../../lib/store';
import { createApiHandler } from '../../lib/web/api';
import { canonicalizeUrl, storyId } from '../../lib/url';
import { startTestS3, type TestS3 } from '../helpers/s3';
import { HYDRO_OTHER_AGENCY, HYDRO_WIRE, OUTLET_A_TAIL, OUTLET_B_TAIL, PHOTO_CAPTION } from '../unit/pipeline/fixtures/wire-copies';
import { startOutlet, type Outlet, type OutletStory } from './wire-outlets';

const DATE = '2019-03-19T09:30:00Z';
const copies: Array<[string, OutletStory]> = [
  ['The Harbour Gazette', { path: '/world/hydro.html', headline: 'Ransomware attack forces aluminum maker to go manual', date: DATE, paragraphs: [...HYDRO_WIRE, ...OUTLET_A_TAIL] }],
  ['The Valley Standard', { path: '/news/hydro-b1.html', headline: 'Norsk Hydro hit by cyberattack', date: '2019-03-19T10:00:00Z', paragraphs: [...HYDRO_WIRE, ...OUTLET_B_TAIL] }],
  ['Northern Courier', { path: '/2019/03/19/hydro/', headline: 'Hackers halt aluminium plants', date: '2019-03-19T11:00:00Z', paragraphs: [PHOTO_CAPTION, ...HYDRO_WIRE.slice(0, 6)] }],
  ['Eastern Ledger', { path: '/tech/hydro-copy.html', headline: 'Aluminium giant battles ransomware', date: '2019-03-19T12:00:00Z', paragraphs: [...HYDRO_WIRE.slice(1), HYDRO_WIRE[0]] }],
];
const other: OutletStory = { path: '/world/hydro-other.html', headline: 'Norsk Hydro hit by extensive cyber attack', date: DATE, paragraphs: HYDRO_OTHER_AGENCY };

let t: TestS3;
let outlets: Outlet[];
const settleBefore = process.env.WIREWATCH_DEDUP_SETTLE_MS;

beforeAll(async () => {
  // The settle time's bound (a processor registers within it after its lookup) with room for a loaded machine.
  process.env.WIREWATCH_DEDUP_SETTLE_MS = '1500';
  t = await startTestS3();
  outlets = await Promise.all(copies.map(([name, s], i) => startOutlet(name, i === 0 ? [s, other] : [s])));
});
afterAll(async () => {
  if (settleBefore === undefined) delete process.env.WIREWATCH_DEDUP_SETTLE_MS;
  else process.env.WIREWATCH_DEDUP_SETTLE_MS = settleBefore;
  await Promise.all([t?.stop(), ...(outlets ?? []).map((o) => o.close())]);
});

const idOf = (url: string) => storyId(canonicalizeUrl(url)!);

describe('story clusters', () => {
  it('two processors over the same batch make one canonical record; every copy points at it; the other agency’s story stays apart', async () => {
    const msgs: StoryMessage[] = copies.map(([, s], i) => ({ url: outlets[i].urlOf(s), feedUrl: outlets[i].feedUrl, feedId: `outlet-${i}`, title: s.headline, publishedAt: s.date, publisher: copies[i][0] }));
    msgs.push({ url: outlets[0].urlOf(other), feedUrl: outlets[0].feedUrl, feedId: 'outlet-0', title: other.headline, publishedAt: other.date, publisher: copies[0][0] });
    const fetch = { allow: outlets.map((o) => o.hostPort), timeoutMs: 5000 };
    // Two processors: their own S3 clients and stores, so nothing in-process is shared.
    const clients = [0, 1].map(() => createS3Client({ endpoint: t.s3.endpoint, region: 'us-east-1', credentials: t.s3.credentials }));
    const processors: PipelineDeps[] = clients.map((c) => ({ store: createS3Store(c, t.s3.bucket), fetch }));
    try {
      const outcomes = await Promise.all([
        Promise.all(msgs.map((m) => processStory(m, processors[0]))),
        Promise.all([...msgs].reverse().map((m) => processStory(m, processors[1]))),
      ]);
      expect(outcomes.flat().every((o) => o.outcome !== 'failed')).toBe(true);
    } finally {
      clients.forEach((c) => c.destroy());
    }

    const ids = msgs.slice(0, copies.length).map((m) => idOf(m.url));
    const records = await Promise.all(ids.map((id) => t.store.getRecord(id)));
    const canonical = records.filter((r) => r?.duplicateOf === null);
    expect(canonical).toHaveLength(1);
    for (const r of records) if (r !== canonical[0]) expect(r?.duplicateOf).toBe(canonical[0]!.id);
    expect((await t.store.getRecord(idOf(msgs[copies.length].url)))?.duplicateOf).toBeNull();
    // The fingerprint index agrees with the records: the canonical story names no original, every
    // copy's own entry names the canonical (the same story in both processors at once must not
    // leave an entry rewritten as an original after the other processor made it a copy).
    expect((await t.store.getFingerprint(canonical[0]!.id))?.duplicateOf ?? null).toBeNull();
    for (const r of records) if (r !== canonical[0]) expect((await t.store.getFingerprint(r!.id))?.duplicateOf).toBe(canonical[0]!.id);
  });

  it('GET /api/records/{id} shows the cluster: every outlet with URL, headline and time, the first one marked', async () => {
    const api = createApiHandler(t.store);
    // whichever copy the two processors made canonical, ask for one that points at it
    const ids = copies.map(([, s], i) => idOf(outlets[i].urlOf(s)));
    const copyId = (await Promise.all(ids.map(async (id) => ((await t.store.getRecord(id))?.duplicateOf ? id : null)))).find((id) => id !== null)!;
    expect(copyId).toBeDefined();
    const res = await api({ method: 'GET', path: `/api/records/${copyId}`, query: {} });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { id: string; duplicateOf: string | null; cluster: { canonicalId: string; size: number; otherOutlets: number; members: Array<{ id: string; url: string; publisher: string; headline: string; publishedAt: string; canonical: boolean }> } };
    expect(body.cluster.canonicalId).toBe(body.duplicateOf);
    expect(body.cluster.size).toBe(copies.length);
    expect(body.cluster.otherOutlets).toBe(copies.length - 1);
    expect(body.cluster.members.map((m) => m.publisher).sort()).toEqual(copies.map(([name]) => name).sort());
    for (const [i, [name, s]] of copies.entries()) {
      expect(body.cluster.members.find((m) => m.publisher === name)).toMatchObject({ url: outlets[i].urlOf(s), headline: s.headline, publishedAt: new Date(s.date).toISOString() });
    }
    expect(body.cluster.members[0]).toMatchObject({ id: body.duplicateOf, canonical: true });
    expect(body.cluster.members.filter((m) => m.canonical)).toHaveLength(1);

    const lone = JSON.parse((await api({ method: 'GET', path: `/api/records/${idOf(outlets[0].urlOf(other))}`, query: {} })).body) as { cluster: { size: number; otherOutlets: number } };
    expect(lone.cluster).toMatchObject({ size: 1, otherOutlets: 0 });
  });
});

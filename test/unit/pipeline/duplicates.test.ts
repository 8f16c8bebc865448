import { CreateBucketCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { decideDuplicate } from '../../../lib/pipeline/duplicates';
import { BANDS } from '../../../lib/pipeline/fingerprint';
import { createS3Store, type Store } from '../../../lib/store';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { HYDRO_OTHER_AGENCY, HYDRO_WIRE, OUTLET_A_TAIL, OUTLET_B_TAIL, PHOTO_CAPTION, join } from './fixtures/wire-copies';

let t: TestS3;
beforeAll(async () => {
  t = await startTestS3();
});
afterAll(async () => {
  await t?.stop();
});

let n = 0;
const nextId = () => (++n).toString(16).padStart(16, 'a');
/** Each test gets its own bucket: the same wire text is reused and must not meet another test's. */
let buckets = 0;
let store: Store;
const bucket = () => `dup-test-${buckets}`;
beforeEach(async () => {
  buckets++;
  await t.client.send(new CreateBucketCommand({ Bucket: bucket() }));
  store = createS3Store(t.client, bucket());
});
const variant = (paragraphs: string[], _tag: string) => paragraphs;

let clock = Date.parse('2024-03-19T08:00:00Z');
const now = () => new Date((clock += 1000));

async function keys(prefix: string): Promise<string[]> {
  const res = await t.client.send(new ListObjectsV2Command({ Bucket: bucket(), Prefix: prefix }));
  return (res.Contents ?? []).map((o) => o.Key ?? '');
}

describe('decideDuplicate (real S3 store)', () => {
  it('the first story is the original; copies from other outlets point at it, a third copy too (not at the second)', async () => {
    const [a, b, c] = [nextId(), nextId(), nextId()];
    const wire = variant(HYDRO_WIRE, 'one');
    const first = await decideDuplicate({ id: a, text: join([...wire, ...OUTLET_A_TAIL]) }, store, now);
    expect(first).toMatchObject({ duplicateOf: null, why: 'original' });

    const second = await decideDuplicate({ id: b, text: join([PHOTO_CAPTION, ...wire.slice(0, -1), ...OUTLET_B_TAIL]) }, store, now);
    expect(second).toMatchObject({ duplicateOf: a, why: 'duplicate' });
    // A lookup is the story's own entry, its bands and a few candidates: never a listing.
    expect(second.gets).toBeLessThanOrEqual(1 + BANDS + 2);

    const third = await decideDuplicate({ id: c, text: join(wire) }, store, now);
    expect(third).toMatchObject({ duplicateOf: a, why: 'duplicate' });

    // Only the original is listed in bands; every story has an entry.
    const entryA = await store.getFingerprint(a);
    expect(entryA?.bands).toHaveLength(BANDS);
    for (const band of entryA!.bands) expect(await store.getBand(band)).toEqual([a]);
    expect(await store.getFingerprint(b)).toMatchObject({ duplicateOf: a, bands: [] });
  });

  it('onSettle fires when a would-be original starts its settle wait, after its entry and bands are written (a next story can see it)', async () => {
    const a = nextId();
    let seenAtSettle: unknown = 'not called';
    let bandsAtSettle = -1;
    let slept = 0;
    const decided = await decideDuplicate({ id: a, text: join(HYDRO_WIRE) }, store, now, {
      settleMs: 50,
      sleep: async (ms) => {
        slept += ms;
      },
      onSettle: () => {
        seenAtSettle = null;
        void Promise.all([store.getFingerprint(a), keys('index/fingerprints/members/')]).then(([e, k]) => {
          seenAtSettle = e?.duplicateOf;
          bandsAtSettle = k.filter((key) => key.endsWith(a)).length;
        });
      },
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(decided).toMatchObject({ duplicateOf: null, why: 'original' });
    expect(slept).toBe(50);
    expect(seenAtSettle).toBeNull();
    expect(bandsAtSettle).toBe(BANDS);
  });

  it('onSettle is not called when there is no settle wait', async () => {
    let called = 0;
    await decideDuplicate({ id: nextId(), text: join(HYDRO_OTHER_AGENCY) }, store, now, { settleMs: 0, onSettle: () => called++ });
    expect(called).toBe(0);
  });

  it('a different story about the same incident is an original of its own', async () => {
    const a = nextId();
    await decideDuplicate({ id: a, text: join(variant(HYDRO_WIRE, 'two')) }, store, now);
    const other = await decideDuplicate({ id: nextId(), text: join(variant(HYDRO_OTHER_AGENCY, 'two')) }, store, now);
    expect(other).toMatchObject({ duplicateOf: null, why: 'original' });
  });

  it('the same id seen again keeps its decision and never points at itself', async () => {
    const [a, b] = [nextId(), nextId()];
    const wire = variant(HYDRO_WIRE, 'three');
    await decideDuplicate({ id: a, text: join(wire) }, store, now);
    await decideDuplicate({ id: b, text: join([...wire, ...OUTLET_A_TAIL]) }, store, now);
    const firstSeenA = (await store.getFingerprint(a))?.firstSeen;

    // The original re-fetched with a corrected paragraph: still the original, same firstSeen.
    const again = await decideDuplicate({ id: a, text: join([...wire.slice(0, -1), 'Correction: an earlier version misstated the share price move.']) }, store, now);
    expect(again).toMatchObject({ duplicateOf: null, why: 'kept-original' });
    expect((await store.getFingerprint(a))?.firstSeen).toBe(firstSeenA);
    // The copy seen again: still a copy of the same original.
    expect(await decideDuplicate({ id: b, text: join(wire) }, store, now)).toMatchObject({ duplicateOf: a, why: 'kept-duplicate' });
  });

  it('a copy whose page now carries a different story is decided afresh', async () => {
    const [a, b] = [nextId(), nextId()];
    await decideDuplicate({ id: a, text: join(variant(HYDRO_WIRE, 'four')) }, store, now);
    expect((await decideDuplicate({ id: b, text: join(variant(HYDRO_WIRE, 'four')) }, store, now)).duplicateOf).toBe(a);
    const replaced = await decideDuplicate({ id: b, text: join(variant(HYDRO_OTHER_AGENCY, 'four')) }, store, now);
    expect(replaced).toMatchObject({ duplicateOf: null, why: 'original' });
    expect((await store.getFingerprint(b))?.bands).toHaveLength(BANDS);
  });

  it('short stories are never compared and leave no entry', async () => {
    const [a, b] = [nextId(), nextId()];
    expect(await decideDuplicate({ id: a, text: 'Developing story. Check back.' }, store, now)).toMatchObject({ duplicateOf: null, why: 'too-short' });
    expect(await decideDuplicate({ id: b, text: 'Developing story. Check back.' }, store, now)).toMatchObject({ duplicateOf: null, why: 'too-short' });
    expect(await store.getFingerprint(a)).toBeNull();
  });

  it('two copies decided at once in one process: one original, the other points at it', async () => {
    const wire = variant(HYDRO_WIRE, 'five');
    const ids = [nextId(), nextId(), nextId()];
    const out = await Promise.all(ids.map((id, i) => decideDuplicate({ id, text: join(i ? [...wire, ...OUTLET_A_TAIL] : wire) }, store, now)));
    const originals = out.filter((d) => d.duplicateOf === null);
    expect(originals).toHaveLength(1);
    const originalId = ids[out.indexOf(originals[0])];
    expect(out.filter((d) => d.duplicateOf === originalId)).toHaveLength(2);
  });

  it('two processes at once (no shared lock): one original, every copy points at it, never at a copy or itself', async () => {
    const wire = variant(HYDRO_WIRE, 'six');
    const stores = [createS3Store(t.client, bucket()), createS3Store(t.client, bucket())];
    const ids = Array.from({ length: 6 }, nextId);
    // The protocol's bound: a processor registers within settleMs of its lookup (this machine is shared and slow at times).
    const out = await Promise.all(ids.map((id, i) => decideDuplicate({ id, text: join(i % 2 ? [...wire, ...OUTLET_B_TAIL] : wire) }, stores[i % 2], now, { settleMs: 1500 })));
    const byId = new Map(ids.map((id, i) => [id, out[i].duplicateOf]));
    expect([...byId.values()].filter((d) => d === null)).toHaveLength(1);
    for (const [id, dup] of byId) {
      if (dup === null) continue;
      expect(dup).not.toBe(id);
      expect(byId.get(dup)).toBeNull(); // points at an original
    }
  });

  it('the same stories in two processes at once: both decide each story alike, and every entry agrees', async () => {
    const wire = variant(HYDRO_WIRE, 'seven');
    const stores = [createS3Store(t.client, bucket()), createS3Store(t.client, bucket())];
    const [r, s] = [nextId(), nextId()];
    const text = { [r]: join([...wire, ...OUTLET_A_TAIL]), [s]: join([PHOTO_CAPTION, ...wire, ...OUTLET_B_TAIL]) };
    // each process takes both stories, in opposite orders, as two processors over one redelivered batch do
    const runs = [
      [r, s].map((id) => decideDuplicate({ id, text: text[id] }, stores[0], now, { settleMs: 600 })),
      [s, r].map((id) => decideDuplicate({ id, text: text[id] }, stores[1], now, { settleMs: 600 })),
    ];
    const [p0, p1] = await Promise.all(runs.map((ds) => Promise.all(ds)));
    const final = { [r]: [p0[0].duplicateOf, p1[1].duplicateOf], [s]: [p0[1].duplicateOf, p1[0].duplicateOf] };
    const original = final[r].includes(null) ? r : s;
    const copy = original === r ? s : r;
    expect(final[original]).toEqual([null, null]);
    expect(final[copy]).toEqual([original, original]);
    expect(await store.getFingerprint(original)).toMatchObject({ duplicateOf: null });
    expect(await store.getFingerprint(copy)).toMatchObject({ duplicateOf: original, bands: [] });
    for (const band of (await store.getFingerprint(original))!.bands) expect(await store.getBand(band)).toEqual([original]);
  });

  it('writes only under index/fingerprints/ and index/clusters/', async () => {
    await decideDuplicate({ id: nextId(), text: join(HYDRO_WIRE) }, store, now);
    await decideDuplicate({ id: nextId(), text: join(HYDRO_WIRE) }, store, now);
    const all = await keys('');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((k) => /^index\/(fingerprints\/(ids|members)|clusters)\//.test(k))).toBe(true);
  });

  it('keeps the cluster: the original and each copy under the original’s id, with URL, headline and time; a copy that leaves moves out', async () => {
    const [a, b, c] = [nextId(), nextId(), nextId()];
    const rec = (id: string, n: number, paragraphs: string[]) => ({
      id,
      text: join(paragraphs),
      url: `https://outlet-${n}.example/story`,
      headline: `Headline at outlet ${n}`,
      publishedAt: `2024-03-19T0${n}:00:00.000Z`,
      fetchedAt: `2024-03-19T0${n}:30:00.000Z`,
      source: { publisher: `Outlet ${n}`, domain: `outlet-${n}.example`, wire: null, feedUrl: null },
    });
    await decideDuplicate(rec(a, 1, HYDRO_WIRE), store, now);
    await decideDuplicate(rec(b, 2, [...HYDRO_WIRE, ...OUTLET_A_TAIL]), store, now);
    await decideDuplicate(rec(c, 3, [PHOTO_CAPTION, ...HYDRO_WIRE.slice(0, 6)]), store, now);
    const members = (await store.listClusterMembers(a)).sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(members.map((m) => m.id)).toEqual([a, b, c].sort());
    expect(members.find((m) => m.id === b)).toEqual({ id: b, url: 'https://outlet-2.example/story', publisher: 'Outlet 2', domain: 'outlet-2.example', headline: 'Headline at outlet 2', publishedAt: '2024-03-19T02:00:00.000Z', fetchedAt: '2024-03-19T02:30:00.000Z' });
    // The page at b now carries another story: b leaves a's cluster and heads its own.
    await decideDuplicate(rec(b, 2, HYDRO_OTHER_AGENCY), store, now);
    expect((await store.listClusterMembers(a)).map((m) => m.id).sort()).toEqual([a, c].sort());
    expect((await store.listClusterMembers(b)).map((m) => m.id)).toEqual([b]);
  });
});

import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { BAND_MAX_IDS, KeyedLock, createS3Store, fingerprintBandPrefix, type ClusterMember, type FingerprintEntry } from '../../../lib/store';
import { startTestS3, type TestS3 } from '../../helpers/s3';

let t: TestS3;
beforeAll(async () => {
  t = await startTestS3();
});
afterAll(async () => {
  await t?.stop();
});

const id = (n: number) => n.toString(16).padStart(16, '0');

describe('fingerprint index in the S3 store (s3rver)', () => {
  it('stores entries under index/fingerprints/ids/ and band members under index/fingerprints/members/{band}/', async () => {
    const entry: FingerprintEntry = { id: id(1), scheme: 1, firstSeen: '2024-01-01T00:00:00.000Z', duplicateOf: null, bands: ['s1b0-aa'], shingles: 'AQAAAA==' };
    expect(await t.store.getFingerprint(id(1))).toBeNull();
    await t.store.putFingerprint(entry);
    expect(await t.store.getFingerprint(id(1))).toEqual(entry);

    expect(await t.store.getBand('s1b0-aa')).toEqual([]);
    expect(await t.store.addToBand('s1b0-aa', id(1))).toBe('added');
    expect(await t.store.addToBand('s1b0-aa', id(2))).toBe('added');
    expect(await t.store.addToBand('s1b0-aa', id(1))).toBe('present');
    expect(await t.store.getBand('s1b0-aa')).toEqual([id(1), id(2)]);

    const res = await t.client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, Prefix: 'index/fingerprints/' }));
    expect((res.Contents ?? []).map((o) => o.Key).sort()).toEqual([`index/fingerprints/ids/${id(1)}.json`, `index/fingerprints/members/s1b0-aa/${id(1)}`, `index/fingerprints/members/s1b0-aa/${id(2)}`]);
  });

  it('refuses a band name that is not a plain key segment', async () => {
    expect(() => fingerprintBandPrefix('../records/x')).toThrow(RangeError);
    await expect(t.store.addToBand('A/B', id(1))).rejects.toThrow(RangeError);
  });

  it(`a band takes at most ${BAND_MAX_IDS} ids`, async () => {
    for (let i = 0; i < BAND_MAX_IDS; i++) expect(await t.store.addToBand('s1b1-full', id(100 + i))).toBe('added');
    expect(await t.store.addToBand('s1b1-full', id(999))).toBe('full');
    expect(await t.store.getBand('s1b1-full')).toHaveLength(BAND_MAX_IDS);
  });

  it('concurrent adds through one store lose no id', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => id(500 + i));
    await Promise.all(ids.map((x) => t.store.addToBand('s1b2-busy', x)));
    expect((await t.store.getBand('s1b2-busy')).sort()).toEqual(ids);
  });
});

describe('band members and story clusters from two stores at once (no shared lock, s3rver ignores conditional writes)', () => {
  it('no id is lost: each id is its own object, nothing is read-modified-written', async () => {
    const stores = [0, 1].map(() => createS3Store(t.client, t.s3.bucket));
    const ids = Array.from({ length: 12 }, (_, i) => id(700 + i));
    await Promise.all(ids.map((x, i) => stores[i % 2].addToBand('s1b3-race', x)));
    expect((await stores[0].getBand('s1b3-race')).sort()).toEqual(ids);
    await stores[1].removeFromBand('s1b3-race', ids[0]);
    expect(await stores[0].getBand('s1b3-race')).toEqual(ids.slice(1));
  });

  it('cluster members are kept per canonical id, listed with their fields, and removed one by one', async () => {
    const member = (n: number): ClusterMember => ({ id: id(n), url: `https://outlet-${n}.example/story`, publisher: `Outlet ${n}`, domain: `outlet-${n}.example`, headline: `Headline ${n}`, publishedAt: '2024-01-02T00:00:00.000Z', fetchedAt: '2024-01-02T01:00:00.000Z' });
    await Promise.all([1, 2, 3].map((n) => t.store.putClusterMember(id(1), member(n))));
    expect((await t.store.listClusterMembers(id(1))).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([member(1), member(2), member(3)]);
    await t.store.removeClusterMember(id(1), id(2));
    expect((await t.store.listClusterMembers(id(1))).map((m) => m.id).sort()).toEqual([id(1), id(3)]);
    expect(await t.store.listClusterMembers(id(9))).toEqual([]);
    await expect(t.store.listClusterMembers('../x')).rejects.toThrow(RangeError);
  });
});

describe('KeyedLock', () => {
  const tick = () => new Promise((r) => setTimeout(r, 2));

  it('runs tasks on one key one at a time, in arrival order; other keys run alongside', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`${name}+`);
      await tick();
      log.push(`${name}-`);
      return name;
    };
    const results = await Promise.all([lock.run('a', task('a1')), lock.run('a', task('a2')), lock.run('b', task('b1'))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(log.indexOf('a1-')).toBeLessThan(log.indexOf('a2+'));
    expect(log.indexOf('b1+')).toBeLessThan(log.indexOf('a1-'));
    expect(lock.size).toBe(0);
  });

  it('takes several keys in sorted order, so overlapping key sets never deadlock, and releases on throw', async () => {
    const lock = new KeyedLock();
    let inside = 0;
    let most = 0;
    const task = async () => {
      inside++;
      most = Math.max(most, inside);
      await tick();
      inside--;
    };
    await Promise.all([lock.run(['x', 'y'], task), lock.run(['y', 'x'], task), lock.run(['y', 'z'], task)]);
    expect(most).toBe(1);
    await expect(lock.run(['x'], async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await lock.run('x', async () => undefined);
    expect(lock.size).toBe(0);
  });
});

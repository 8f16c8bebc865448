import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { BAND_MAX_IDS, KeyedLock, createS3Client, createS3Store, fingerprintBandKey, type FingerprintEntry } from '../../../lib/store';
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
  it('stores entries under index/fingerprints/ids/ and band lists under index/fingerprints/bands/', async () => {
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
    expect((res.Contents ?? []).map((o) => o.Key).sort()).toEqual(['index/fingerprints/bands/s1b0-aa.json', `index/fingerprints/ids/${id(1)}.json`]);
  });

  it('refuses a band name that is not a plain key segment', async () => {
    expect(() => fingerprintBandKey('../records/x')).toThrow(RangeError);
    await expect(t.store.addToBand('A/B', id(1))).rejects.toThrow(RangeError);
  });

  it(`a band takes at most ${BAND_MAX_IDS} ids`, async () => {
    for (let i = 0; i < BAND_MAX_IDS; i++) expect(await t.store.addToBand('s1b1-full', id(100 + i))).toBe('added');
    expect(await t.store.addToBand('s1b1-full', id(999))).toBe('full');
    expect(await t.store.getBand('s1b1-full')).toHaveLength(BAND_MAX_IDS);
  });

  it('concurrent adds through one store lose no id even though s3rver ignores If-Match', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => id(500 + i));
    await Promise.all(ids.map((x) => t.store.addToBand('s1b2-busy', x)));
    expect((await t.store.getBand('s1b2-busy')).sort()).toEqual(ids);
  });
});

/**
 * A minimal S3 that honours conditional PUTs (If-Match / If-None-Match: *) as S3 does, and
 * answers slowly, so two stores (two processes, no shared lock) really interleave.
 */
function conditionalS3(): Promise<{ server: Server; endpoint: string; conflicts: () => number }> {
  const objects = new Map<string, { body: string; etag: string }>();
  let conflicts = 0;
  const body = (req: IncomingMessage) =>
    new Promise<string>((ok) => {
      let s = '';
      req.on('data', (d: Buffer) => (s += d.toString()));
      req.on('end', () => ok(s));
    });
  const server = createServer(async (req, res) => {
    const key = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const text = await body(req);
    await new Promise((r) => setTimeout(r, 5));
    const current = objects.get(key);
    const fail = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
    };
    if (req.method === 'GET') {
      if (!current) return fail(404, 'NoSuchKey');
      res.writeHead(200, { etag: current.etag, 'content-type': 'application/json' });
      return void res.end(current.body);
    }
    if (req.method === 'PUT') {
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      if ((ifMatch && ifMatch !== current?.etag) || (ifNoneMatch === '*' && current)) {
        conflicts++;
        return fail(412, 'PreconditionFailed');
      }
      const etag = `"${createHash('md5').update(text).digest('hex')}"`;
      objects.set(key, { body: text, etag });
      res.writeHead(200, { etag });
      return void res.end();
    }
    fail(405, 'MethodNotAllowed');
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, conflicts: () => conflicts })),
  );
}

describe('band writes from two processes against an S3 with conditional writes', () => {
  it('retry on 412 so that neither writer loses the other’s id', async () => {
    const s3 = await conditionalS3();
    try {
      const stores = [0, 1].map(() =>
        createS3Store(createS3Client({ endpoint: s3.endpoint, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } }), 'wirewatch'),
      );
      const ids = Array.from({ length: 6 }, (_, i) => id(700 + i));
      await Promise.all(ids.map((x, i) => stores[i % 2].addToBand('s1b3-race', x)));
      expect(s3.conflicts()).toBeGreaterThan(0);
      expect((await stores[0].getBand('s1b3-race')).sort()).toEqual(ids);
    } finally {
      s3.server.closeAllConnections();
      await new Promise<void>((r) => s3.server.close(() => r()));
    }
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

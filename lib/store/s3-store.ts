import { promisify } from 'node:util';
import { KeyedLock } from './keyed-lock';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import type { FailureRecord, FeedState, StoryRecord } from '../types';
import { BadCursorError, StoreError, isAlreadyExists, isNotFound, isNotImplemented } from './errors';
import { createBrowseIndexStore, type BrowseIndexStore } from './browse-index';
import { toBrowseEntry } from './browse-entry';
import { IndexCache, type CachedBody } from './index-cache';
import {
  failureIndexKey,
  failureKey,
  feedStateKey,
  clusterMemberKey,
  clusterPrefix,
  fingerprintBandMemberKey,
  fingerprintBandPrefix,
  fingerprintKey,
  isStoryId,
  idFromKey,
  partitionOfKey,
  rawKey,
  recordIndexKey,
  recordKey,
} from './keys';

// On libuv's thread pool, not the event loop: a raw page is compressed or inflated while the
// process cleans the next story on the main thread.
const gzip = promisify(gzipCb);
const gunzipChunked = promisify(gunzipCb) as (buf: Buffer, opts: { chunkSize: number }) => Promise<Buffer>;

/**
 * Inflates in one output chunk when the gzip trailer's size (ISIZE, the length mod 2^32) is
 * plausible: with zlib's 16 KiB default a 200 KB page took a dozen thread-pool round trips.
 * A wrong ISIZE (several members, a damaged trailer) only means more chunks.
 */
function gunzip(bytes: Buffer): Promise<Buffer> {
  const isize = bytes.length >= 18 ? bytes.readUInt32LE(bytes.length - 4) : 0;
  const chunkSize = Math.min(Math.max(isize + 64, 16 * 1024), 64 * 1024 * 1024);
  return gunzipChunked(bytes, { chunkSize });
}

export interface RawPage {
  id: string;
  /** Final URL after redirects. */
  url: string;
  fetchedAt: string;
  status?: number | null;
  /** The page bytes as received (decoded transfer, original charset); gzipped by the store. */
  body: Uint8Array;
  headers: Record<string, string>;
}

export interface PutRawResult {
  key: string;
  /** false when the object was already there (written once). */
  written: boolean;
}

export interface RawObject {
  key: string;
  /** The page bytes, gunzipped. */
  body: Buffer;
  metadata: Record<string, string>;
}

/** What index/records/{id}.json holds: where the live record is and what it says, in brief. */
export interface RecordPointer {
  id: string;
  key: string;
  contentHash: string;
  publishedAt: string | null;
  fetchedAt: string;
  extractorVersion: string;
  /**
   * A newer extractor rebuilt this story and found nothing to change, so the record was
   * not rewritten (lib/reprocess): the record is as that version would make it.
   */
  checkedVersion?: string;
}

export interface RawListOptions {
  /** Fetch days, inclusive, yyyy-mm-dd. */
  from?: string;
  to?: string;
  /** Resume: only keys after this one. */
  startAfter?: string | null;
  /** 1..1000, default 1000. */
  limit?: number;
}

export interface RawKeyPage {
  keys: string[];
  /** Pass as startAfter for the next page; null when the range is done. */
  next: string | null;
}

export interface PutRecordOptions {
  /**
   * The pointer the caller has just read (null: none): saves re-reading it. A story that had a
   * record has no failure record (never both), so the failure check is skipped too.
   */
  previous?: RecordPointer | null;
}

export type FailureInput = Omit<FailureRecord, 'attempts'>;

/** What index/fingerprints/ids/{id}.json holds; lib/pipeline/duplicates.ts decides its fields. */
export interface FingerprintEntry {
  id: string;
  /** Fingerprint scheme version: entries of another scheme are not compared. */
  scheme: number;
  /** When this id was first registered (ISO); kept on every rewrite. */
  firstSeen: string;
  /** The original this story is a republished copy of; null for an original. */
  duplicateOf: string | null;
  /** LSH bands this id is listed under (originals only). */
  bands: string[];
  /** Sorted unique 32-bit shingle hashes, base64 of little-endian uint32s. */
  shingles: string;
}

/** 'full': the band already lists BAND_MAX_IDS ids and takes no more. */
export type AddToBandResult = 'added' | 'present' | 'full';

/**
 * A band lists at most this many ids. Only originals are listed, so a wire story republished
 * by hundreds of outlets is one id; a band this full is a stock text shared by unrelated
 * stories, and more candidates from it would only cost GETs.
 */
export const BAND_MAX_IDS = 64;

/** One outlet's copy in a story cluster: index/clusters/{canonicalId}/{id}.json. */
export interface ClusterMember {
  id: string;
  url: string | null;
  publisher: string | null;
  domain: string | null;
  headline: string | null;
  publishedAt: string | null;
  fetchedAt: string | null;
}

/** A cluster lists at most this many members when read (the biggest wire stories run in a few hundred outlets). */
export const CLUSTER_READ_MAX = 500;

export interface ListOptions {
  cursor?: string | null;
  /** 1..1000, default 100. */
  limit?: number;
  /** Partition range, inclusive, yyyy-mm-dd. */
  from?: string;
  to?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface StoredObject {
  key: string;
  etag: string;
  lastModified: string;
  size: number;
}

/** Everything the pipeline, the browse API and the lambdas need from S3. */
export interface Store {
  /** This process is the store's only writer (its own embedded s3rver): no other processor races it. */
  readonly soleWriter?: boolean;
  readonly bucket: string;
  /** The browse index (browse-index.ts): putRecord adds an entry; the browse API reads it. */
  readonly browseIndex: BrowseIndexStore;
  /** raw/{yyyy}/{mm}/{dd}/{id}.html.gz, gzip, headers as metadata, written once. */
  putRaw(page: RawPage): Promise<PutRawResult>;
  getRaw(key: string): Promise<RawObject | null>;
  /** raw/ keys in key order (fetch day, then id), one page at a time; never reads the objects. */
  listRawKeys(opts?: RawListOptions): Promise<RawKeyPage>;
  /** Writes records/dt=.../{id}.json, moves the pointer, removes a stale copy and any failure record. */
  putRecord(record: StoryRecord, opts?: PutRecordOptions): Promise<{ key: string; replacedKey: string | null }>;
  /** Rewrites index/records/{id}.json only (e.g. to set checkedVersion). */
  putRecordPointer(pointer: RecordPointer): Promise<void>;
  getRecord(id: string): Promise<StoryRecord | null>;
  getRecordPointer(id: string): Promise<RecordPointer | null>;
  hasRecord(id: string): Promise<boolean>;
  /**
   * Marks another story id (a URL that led to the record, e.g. a partner's copy whose canonical is
   * the wire's page) as done: index/records/{alias}.json gets the record's pointer (its `id` is the
   * record's), so hasRecord(alias) is true and getRecord(alias) answers the record; a failure
   * record left under the alias by an earlier attempt is removed (one record or one failure).
   */
  putRecordAlias(alias: string, record: StoryRecord): Promise<void>;
  getRecordByKey(key: string): Promise<StoryRecord | null>;
  /** Newest partition first; within a day, most recently written first. */
  listRecords(opts?: ListOptions): Promise<Page<StoryRecord>>;
  /** Every object under records/ with its ETag: lets a cache fetch only what changed. */
  listRecordObjects(): Promise<StoredObject[]>;
  /** Every object under index/records/ (record pointers and aliases) with its ETag. */
  listRecordPointerObjects(): Promise<StoredObject[]>;
  /** failures/dt=.../{id}.json; a retry overwrites (and moves) it and counts attempts. */
  putFailure(failure: FailureInput): Promise<FailureRecord>;
  getFailure(id: string): Promise<FailureRecord | null>;
  listFailures(opts?: ListOptions): Promise<Page<FailureRecord>>;
  getFeedState(feedId: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
  /** index/fingerprints/ids/{id}.json, or null. */
  getFingerprint(id: string): Promise<FingerprintEntry | null>;
  putFingerprint(entry: FingerprintEntry): Promise<void>;
  /** Ids listed under an LSH band, in id order ([] when none): one listing. */
  getBand(band: string): Promise<string[]>;
  /**
   * Lists id under a band: one empty object per id (index/fingerprints/members/{band}/{id}),
   * so writers never read-modify-write a shared object and two processes cannot lose each
   * other's id, on S3 and on servers that ignore conditional writes (s3rver) alike.
   */
  addToBand(band: string, id: string): Promise<AddToBandResult>;
  removeFromBand(band: string, id: string): Promise<void>;
  /** Story clusters (lib/pipeline/duplicates.ts): one object per member under its canonical id. */
  putClusterMember(canonicalId: string, member: ClusterMember): Promise<void>;
  removeClusterMember(canonicalId: string, id: string): Promise<void>;
  /** The members of a cluster (the canonical record included), at most CLUSTER_READ_MAX. */
  listClusterMembers(canonicalId: string): Promise<ClusterMember[]>;
}

interface FailurePointer {
  key: string;
  attempts: number;
}

interface Cursor {
  p: string; // partition yyyy-mm-dd
  t: string; // lastModified of the last item returned
  k: string; // key of the last item returned
}

const HEADER_ALLOW = new Set([
  'content-type', 'content-language', 'content-length', 'etag', 'last-modified', 'date', 'cache-control', 'expires',
  'x-robots-tag', 'server', 'age', 'vary',
]);
const META_VALUE_MAX = 300;

/** S3 user metadata must be ASCII header text under 2 KB in all; keep what helps a rebuild. */
function rawMetadata(page: RawPage): Record<string, string> {
  const clean = (v: string): string => {
    const ascii = /^[\x20-\x7e]*$/.test(v) ? v : encodeURIComponent(v);
    return ascii.length > META_VALUE_MAX ? ascii.slice(0, META_VALUE_MAX) : ascii;
  };
  const meta: Record<string, string> = {
    'source-url': clean(page.url),
    'fetched-at': page.fetchedAt,
  };
  if (page.status != null) meta['http-status'] = String(page.status);
  for (const [name, value] of Object.entries(page.headers)) {
    const n = name.toLowerCase();
    if (HEADER_ALLOW.has(n) && typeof value === 'string') meta[n] = clean(value);
  }
  return meta;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.p === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c.p) && typeof c.t === 'string' && typeof c.k === 'string') return c;
  } catch {
    // fall through
  }
  throw new BadCursorError();
}

/** The pointer putRecord writes for a record (its JSON is what index/records/{id}.json holds). */
export function pointerOf(record: StoryRecord): RecordPointer {
  return {
    id: record.id,
    key: recordKey(record),
    contentHash: record.contentHash,
    publishedAt: record.publishedAt,
    fetchedAt: record.fetchedAt,
    extractorVersion: record.extractor.version,
  };
}

export interface S3StoreOptions {
  /**
   * This process is the bucket's only writer (the local runner over its embedded store): answer
   * questions about index/ objects from one listing plus what it wrote (lib/store/index-cache.ts).
   */
  soleWriter?: boolean;
}

export function createS3Store(client: S3Client, bucket: string, options: S3StoreOptions = {}): Store {
  const limit8 = pLimit(8);
  const browseIndex = createBrowseIndexStore(client, bucket);
  const listKeys = async (prefix: string) => (await listAll(prefix)).objects.map((o) => o.key);
  // index/ (pointers, fingerprints, bands, failure pointers) and raw/ (archives: existence only).
  const caches = options.soleWriter ? [new IndexCache('index/', listKeys), new IndexCache('raw/', listKeys)] : [];
  const cacheFor = (key: string): IndexCache | null => caches.find((c) => c.covers(key)) ?? null;
  const rawLock = new KeyedLock();
  /** The cached text of an index object: undefined when the cache cannot tell, null when there is none. */
  async function cachedText(key: string): Promise<CachedBody | null | undefined> {
    const cache = cacheFor(key);
    if (!cache) return undefined;
    if (!(await call('list', cache.prefix, () => cache.has(key)))) return null;
    if (cache.prefix === 'raw/') return { text: '', etag: '' }; // existence is all a raw key is asked about
    return cache.body(key) ?? undefined;
  }

  async function call<T>(operation: string, key: string | null, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(operation, key, e);
    }
  }

  async function getText(key: string): Promise<string | null> {
    const known = await cachedText(key);
    if (known !== undefined) return known?.text ?? null;
    try {
      const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const text = res.Body ? await res.Body.transformToString('utf8') : '';
      cacheFor(key)?.wrote(key, text, res.ETag ?? '');
      return text;
    } catch (e) {
      if (isNotFound(e)) {
        cacheFor(key)?.removed(key);
        return null;
      }
      throw new StoreError('get', key, e);
    }
  }

  async function getJson<T>(key: string): Promise<T | null> {
    const text = await getText(key);
    if (text === null) return null;
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new StoreError('parse', key, e);
    }
  }

  async function putJson(key: string, value: unknown): Promise<void> {
    const body = JSON.stringify(value);
    const res = await call('put', key, () =>
      client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/json' })),
    );
    cacheFor(key)?.wrote(key, body, res.ETag ?? '');
  }

  async function exists(key: string): Promise<boolean> {
    const known = await cachedText(key);
    if (known !== undefined) return known !== null;
    if (cacheFor(key)) return true; // listed: it exists, its body is just not kept
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return true;
    } catch (e) {
      if (isNotFound(e)) return false;
      throw new StoreError('head', key, e);
    }
  }

  async function remove(key: string): Promise<void> {
    await call('delete', key, () => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })));
    cacheFor(key)?.removed(key);
  }

  async function listAll(prefix: string, delimiter?: string): Promise<{ objects: StoredObject[]; prefixes: string[] }> {
    const objects: StoredObject[] = [];
    const prefixes: string[] = [];
    let token: string | undefined;
    do {
      const res = await call('list', prefix, () =>
        client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: delimiter, ContinuationToken: token }),
        ),
      );
      for (const o of res.Contents ?? []) {
        if (!o.Key) continue;
        objects.push({
          key: o.Key,
          etag: o.ETag ?? '',
          lastModified: (o.LastModified ?? new Date(0)).toISOString(),
          size: o.Size ?? 0,
        });
      }
      for (const p of res.CommonPrefixes ?? []) if (p.Prefix) prefixes.push(p.Prefix);
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return { objects, prefixes };
  }

  /** Newest-first pages over a dt= partitioned prefix, reading only the objects returned. */
  async function listPartitioned<T>(prefix: string, opts: ListOptions, read: (key: string) => Promise<T | null>): Promise<Page<T>> {
    const limit = opts.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`limit must be 1..1000, got ${limit}`);
    const cursor = opts.cursor ? decodeCursor(opts.cursor) : null;
    const { prefixes } = await listAll(prefix, '/');
    const partitions = prefixes
      .map((p) => /dt=(\d{4}-\d{2}-\d{2})\/$/.exec(p)?.[1])
      .filter((p): p is string => Boolean(p))
      .filter((p) => (!opts.from || p >= opts.from) && (!opts.to || p <= opts.to) && (!cursor || p <= cursor.p))
      .sort()
      .reverse();

    const picked: StoredObject[] = [];
    let more = false;
    for (let i = 0; i < partitions.length && !more; i++) {
      const p = partitions[i];
      const { objects } = await listAll(`${prefix}dt=${p}/`);
      objects.sort((a, b) => (a.lastModified === b.lastModified ? (a.key < b.key ? 1 : -1) : a.lastModified < b.lastModified ? 1 : -1));
      for (const o of objects) {
        if (cursor && p === cursor.p && !(o.lastModified < cursor.t || (o.lastModified === cursor.t && o.key < cursor.k))) continue;
        if (picked.length === limit) {
          more = true;
          break;
        }
        picked.push(o);
      }
      if (picked.length === limit && i < partitions.length - 1) more = true;
    }
    const items = (await Promise.all(picked.map((o) => limit8(() => read(o.key))))).filter((x): x is Awaited<T> => x !== null);
    const last = picked[picked.length - 1];
    return {
      items: items as T[],
      nextCursor: more && last ? encodeCursor({ p: partitionOfKey(last.key) ?? '', t: last.lastModified, k: last.key }) : null,
    };
  }

  const store: Store = {
    soleWriter: options.soleWriter === true,
    bucket,
    browseIndex,

    async putRaw(page) {
      const key = rawKey(page.id, page.fetchedAt);
      // Written once. HeadObject first (s3rver ignores IfNoneMatch), then a conditional
      // put so two concurrent writers on real S3 cannot both win: 412 means "already there".
      // Two pages of one story (a partner copy naming the wire's canonical URL) archive under one
      // key: in one process they take turns, so the two never both see it absent and PUT it at
      // once (two s3rver PUTs to one key at once can tear its metadata file).
      const body = await gzip(page.body);
      return rawLock.run(key, async () => {
        if (await exists(key)) return { key, written: false };
        const put = (conditional: boolean) =>
          client.send(
            new PutObjectCommand({
              Bucket: bucket,
              Key: key,
              Body: body,
              ContentType: 'application/gzip',
              Metadata: rawMetadata(page),
              ...(conditional ? { IfNoneMatch: '*' } : {}),
            }),
          );
        try {
          await put(true);
          cacheFor(key)?.added(key);
          return { key, written: true };
        } catch (e) {
          if (isAlreadyExists(e)) return { key, written: false };
          // Some S3-compatible servers refuse conditional writes outright; the HEAD check stands alone there.
          if (isNotImplemented(e)) {
            await call('put', key, () => put(false));
            cacheFor(key)?.added(key);
            return { key, written: true };
          }
          throw new StoreError('put', key, e);
        }
      });
    },

    async getRaw(key) {
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const array = res.Body ? await res.Body.transformToByteArray() : new Uint8Array(0);
        const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength); // a view, not a copy
        return { key, body: await gunzip(bytes), metadata: res.Metadata ?? {} };
      } catch (e) {
        if (isNotFound(e)) return null;
        throw new StoreError('get', key, e);
      }
    },

    async listRawKeys(opts = {}) {
      const limit = opts.limit ?? 1000;
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError(`limit must be 1..1000, got ${limit}`);
      const dayPrefix = (d: string) => `raw/${d.replace(/-/g, '/')}/`;
      // raw/yyyy/mm/dd/ sorts by day, so a range is one listing from its first day's prefix.
      const floor = opts.from ? dayPrefix(opts.from) : 'raw/';
      const startAfter = opts.startAfter && opts.startAfter > floor ? opts.startAfter : floor;
      const ceiling = opts.to ? `${dayPrefix(opts.to)}\uffff` : null;
      const res = await call('list', 'raw/', () =>
        client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'raw/', StartAfter: startAfter, MaxKeys: limit })),
      );
      const keys: string[] = [];
      let pastRange = false;
      for (const o of res.Contents ?? []) {
        if (!o.Key) continue;
        if (ceiling && o.Key > ceiling) {
          pastRange = true;
          break;
        }
        keys.push(o.Key);
      }
      const more = !pastRange && Boolean(res.IsTruncated) && keys.length > 0;
      return { keys, next: more ? keys[keys.length - 1] : null };
    },

    async putRecord(record, opts = {}) {
      const key = recordKey(record);
      const known = opts.previous !== undefined;
      const previous = known ? (opts.previous ?? null) : await store.getRecordPointer(record.id);
      await putJson(key, record);
      await putJson(recordIndexKey(record.id), pointerOf(record));
      // The browse index's entry: its own new object, so concurrent writers never contend.
      await browseIndex.putEntry(toBrowseEntry(record));
      // publishedAt moved the record to another partition: drop the stale copy (never another
      // story's record, which an alias pointer under this id would name).
      const replacedKey = previous && previous.id === record.id && previous.key !== key ? previous.key : null;
      if (replacedKey) await remove(replacedKey);
      // A story ends in a record or a failure, never both.
      if (known && previous) return { key, replacedKey };
      const failure = await getJson<FailurePointer>(failureIndexKey(record.id));
      if (failure) {
        await remove(failure.key);
        await remove(failureIndexKey(record.id));
      }
      return { key, replacedKey };
    },

    async putRecordPointer(pointer) {
      await putJson(recordIndexKey(pointer.id), pointer);
    },

    getRecordPointer(id) {
      return getJson<RecordPointer>(recordIndexKey(id));
    },

    async putRecordAlias(alias, record) {
      if (alias === record.id) return;
      await putJson(recordIndexKey(alias), pointerOf(record));
      const failure = await getJson<FailurePointer>(failureIndexKey(alias));
      if (failure) {
        await remove(failure.key);
        await remove(failureIndexKey(alias));
      }
    },

    async hasRecord(id) {
      return exists(recordIndexKey(id));
    },

    async getRecord(id) {
      const pointer = await store.getRecordPointer(id);
      if (!pointer) return null;
      // An alias names the record's own pointer, whose key stays current when the record moves.
      if (pointer.id !== id) {
        const own = await store.getRecordPointer(pointer.id);
        return own && own.id === pointer.id ? getJson<StoryRecord>(own.key) : null;
      }
      return getJson<StoryRecord>(pointer.key);
    },

    getRecordByKey(key) {
      return getJson<StoryRecord>(key);
    },

    listRecords(opts = {}) {
      return listPartitioned('records/', opts, (key) => getJson<StoryRecord>(key));
    },

    async listRecordObjects() {
      const { objects } = await listAll('records/');
      return objects.filter((o) => idFromKey(o.key) !== null);
    },

    async listRecordPointerObjects() {
      const { objects } = await listAll('index/records/');
      return objects.filter((o) => idFromKey(o.key) !== null);
    },

    async putFailure(input) {
      const key = failureKey(input);
      const previous = await getJson<FailurePointer>(failureIndexKey(input.id));
      const failure: FailureRecord = { ...input, attempts: (previous?.attempts ?? 0) + 1 };
      await putJson(key, failure);
      await putJson(failureIndexKey(input.id), { key, attempts: failure.attempts } satisfies FailurePointer);
      if (previous && previous.key !== key) await remove(previous.key);
      return failure;
    },

    async getFailure(id) {
      const pointer = await getJson<FailurePointer>(failureIndexKey(id));
      return pointer ? getJson<FailureRecord>(pointer.key) : null;
    },

    listFailures(opts = {}) {
      return listPartitioned('failures/', opts, (key) => getJson<FailureRecord>(key));
    },

    getFeedState(feedId) {
      return getJson<FeedState>(feedStateKey(feedId));
    },

    async putFeedState(state) {
      await putJson(feedStateKey(state.feedId), state);
    },

    getFingerprint(id) {
      return getJson<FingerprintEntry>(fingerprintKey(id));
    },

    async putFingerprint(entry) {
      await putJson(fingerprintKey(entry.id), entry);
    },

    async getBand(band) {
      const prefix = fingerprintBandPrefix(band);
      // The sole writer knows every band member from its one listing plus its own writes.
      const cache = cacheFor(prefix);
      if (cache) return (await call('list', prefix, () => cache.namesIn(prefix))).filter(isStoryId).slice(0, BAND_MAX_IDS);
      const res = await call('list', prefix, () => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: BAND_MAX_IDS })));
      return (res.Contents ?? []).map((o) => (o.Key ?? '').slice(prefix.length)).filter(isStoryId);
    },

    async addToBand(band, id) {
      const ids = await store.getBand(band);
      if (ids.includes(id)) return 'present';
      if (ids.length >= BAND_MAX_IDS) return 'full';
      await call('put', fingerprintBandMemberKey(band, id), () =>
        client.send(new PutObjectCommand({ Bucket: bucket, Key: fingerprintBandMemberKey(band, id), Body: new Uint8Array(0), ContentLength: 0 })),
      );
      cacheFor(fingerprintBandMemberKey(band, id))?.added(fingerprintBandMemberKey(band, id));
      return 'added';
    },

    async removeFromBand(band, id) {
      await remove(fingerprintBandMemberKey(band, id));
    },

    async putClusterMember(canonicalId, member) {
      await putJson(clusterMemberKey(canonicalId, member.id), member);
    },

    async removeClusterMember(canonicalId, id) {
      await remove(clusterMemberKey(canonicalId, id));
    },

    async listClusterMembers(canonicalId) {
      const prefix = clusterPrefix(canonicalId);
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const res = await call('list', prefix, () => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })));
        for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key);
        token = res.IsTruncated && keys.length < CLUSTER_READ_MAX ? res.NextContinuationToken : undefined;
      } while (token);
      const members = await Promise.all(keys.slice(0, CLUSTER_READ_MAX).map((k) => limit8(() => getJson<ClusterMember>(k))));
      return members.filter((m): m is ClusterMember => m !== null);
    },
  };
  return store;
}

// The browse index in S3: what GET /api/records, /api/facets and /api/export answer from,
// so that no request lists or reads the records themselves.
//
//   index/browse/pending/{yyyy-mm}/{id}.{ms}-{rand}.json  one entry, written with its record
//   index/browse/shards/{yyyy-mm}/{ms}-{rand}.json.gz     many entries of one month, gzip JSON
//
// Every object is written once under a key nobody else writes, so processors writing at
// the same time never contend: there is no read-modify-write anywhere. Compaction folds a
// month's pending entries and shards into one new shard, and deletes what it folded only
// after the new shard is written. Two compactions racing over one month each leave a shard
// holding everything they deleted; a reader takes every live object and keeps, per id, the
// newest entry (isNewerEntry), so nothing is lost and the next compaction merges the two.
// Cold start: two listings (a few dozen shard keys, the entries written since the last
// compaction) and one GET per object; warm refreshes GET only keys not seen before.
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import pLimit from 'p-limit';
import { BROWSE_ENTRY_VERSION, isBrowseEntry, isNewerEntry, monthOf, type BrowseEntry } from './browse-entry';
import { StoreError, isNotFound } from './errors';

export const BROWSE_PENDING_PREFIX = 'index/browse/pending/';
export const BROWSE_SHARDS_PREFIX = 'index/browse/shards/';

// zlib's callback forms run in the thread pool: a large shard does not stall requests.
const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** Reads of a body that does not parse (s3rver can serve a file mid-write) before giving up. */
const READ_TRIES = 4;

export interface BrowseObject {
  key: string;
  /** yyyy-mm from the key. */
  month: string;
  size: number;
}

export interface BrowseListing {
  shards: BrowseObject[];
  pending: BrowseObject[];
}

export interface CompactionReport {
  /** Months whose objects were folded into a new shard. */
  months: string[];
  /** Pending entries folded. */
  folded: number;
  /** Months skipped because an object vanished while reading (another compaction ran). */
  skipped: string[];
}

export interface CompactOptions {
  /** Fold a month once it has at least this many pending entries (default 1)… */
  minPending?: number;
  /** …or once its oldest pending entry is older than this (ms; default: no age rule). */
  maxPendingAgeMs?: number;
}

export interface BrowseIndexStore {
  /** Writes one pending entry; returns its key. */
  putEntry(entry: BrowseEntry): Promise<string>;
  /** Writes one shard of a month's entries (what compaction writes); returns its key. */
  putShard(month: string, entries: BrowseEntry[]): Promise<string>;
  list(): Promise<BrowseListing>;
  /** The entries an object holds; null when it is gone (compacted away since the listing). */
  read(key: string): Promise<BrowseEntry[] | null>;
  compact(opts?: CompactOptions): Promise<CompactionReport>;
}

function stamp(iso?: string): string {
  const ms = iso ? Date.parse(iso) : Date.now();
  return String(Number.isNaN(ms) ? Date.now() : ms).padStart(13, '0');
}

function nonce(): string {
  return randomBytes(4).toString('hex');
}

export function pendingEntryKey(entry: BrowseEntry): string {
  return `${BROWSE_PENDING_PREFIX}${monthOf(entry.at)}/${entry.id}.${stamp(entry.writtenAt)}-${nonce()}.json`;
}

export function shardKey(month: string, createdAt?: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new RangeError(`not a month: ${month}`);
  return `${BROWSE_SHARDS_PREFIX}${month}/${stamp(createdAt)}-${nonce()}.json.gz`;
}

/** When a pending entry was written, from its key (ms), or null for a key not of this scheme. */
function pendingWrittenMs(key: string): number | null {
  const m = /\.(\d{13})-[0-9a-f]{8}\.json$/.exec(key);
  return m ? Number(m[1]) : null;
}

function monthOfKey(key: string): string | null {
  return /^index\/browse\/(?:pending|shards)\/(\d{4}-\d{2})\//.exec(key)?.[1] ?? null;
}

/** Keeps, per id, the newest entry. */
export function mergeEntries(into: Map<string, BrowseEntry>, entries: Iterable<BrowseEntry>): Map<string, BrowseEntry> {
  for (const e of entries) {
    const prev = into.get(e.id);
    if (!prev || isNewerEntry(e, prev)) into.set(e.id, e);
  }
  return into;
}

function newestFirst(a: BrowseEntry, b: BrowseEntry): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function encodeShard(month: string, entries: BrowseEntry[]): Promise<Buffer> {
  return gzip(JSON.stringify({ v: BROWSE_ENTRY_VERSION, month, entries }));
}

export function encodePending(entry: BrowseEntry): string {
  return JSON.stringify({ v: BROWSE_ENTRY_VERSION, entry });
}

/** Entries of a shard or pending body; throws SyntaxError on a torn or foreign body. */
export async function decodeBrowseObject(key: string, bytes: Uint8Array): Promise<BrowseEntry[]> {
  const text = key.endsWith('.gz') ? (await gunzip(bytes)).toString('utf8') : Buffer.from(bytes).toString('utf8');
  const v = JSON.parse(text) as { v?: unknown; entries?: unknown; entry?: unknown };
  if (v.v !== BROWSE_ENTRY_VERSION) return []; // another version's object: not ours to read
  const list = Array.isArray(v.entries) ? v.entries : v.entry !== undefined ? [v.entry] : null;
  if (!list) throw new SyntaxError(`${key}: neither entries nor entry`);
  return list.filter(isBrowseEntry);
}

export function createBrowseIndexStore(client: S3Client, bucket: string): BrowseIndexStore {
  const limit = pLimit(16);

  async function listPrefix(prefix: string): Promise<BrowseObject[]> {
    const out: BrowseObject[] = [];
    let token: string | undefined;
    do {
      let res;
      try {
        res = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      } catch (e) {
        throw new StoreError('list', prefix, e);
      }
      for (const o of res.Contents ?? []) {
        const month = o.Key ? monthOfKey(o.Key) : null;
        if (o.Key && month) out.push({ key: o.Key, month, size: o.Size ?? 0 });
      }
      token = res.IsTruncated ? res.NextContinuationToken : undefined;
    } while (token);
    return out;
  }

  async function put(key: string, body: string | Buffer, contentType: string): Promise<void> {
    try {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    } catch (e) {
      throw new StoreError('put', key, e);
    }
  }

  async function remove(key: string): Promise<void> {
    try {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    } catch (e) {
      if (!isNotFound(e)) throw new StoreError('delete', key, e);
    }
  }

  async function read(key: string): Promise<BrowseEntry[] | null> {
    for (let attempt = 1; ; attempt++) {
      let bytes: Uint8Array;
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        bytes = res.Body ? await res.Body.transformToByteArray() : new Uint8Array();
      } catch (e) {
        if (isNotFound(e)) return null;
        throw new StoreError('get', key, e);
      }
      try {
        return await decodeBrowseObject(key, bytes);
      } catch (e) {
        if (attempt >= READ_TRIES) throw new StoreError('parse', key, e);
        await new Promise((r) => setTimeout(r, 25 * attempt));
      }
    }
  }

  const self: BrowseIndexStore = {
    async putEntry(entry) {
      const key = pendingEntryKey(entry);
      await put(key, encodePending(entry), 'application/json');
      return key;
    },

    async putShard(month, entries) {
      const key = shardKey(month);
      await put(key, await encodeShard(month, [...entries].sort(newestFirst)), 'application/gzip');
      return key;
    },

    async list() {
      const [shards, pending] = await Promise.all([listPrefix(BROWSE_SHARDS_PREFIX), listPrefix(BROWSE_PENDING_PREFIX)]);
      return { shards, pending };
    },

    read,

    async compact(opts = {}) {
      const minPending = opts.minPending ?? 1;
      const oldestAllowed = opts.maxPendingAgeMs === undefined ? -Infinity : Date.now() - opts.maxPendingAgeMs;
      const { shards, pending } = await self.list();
      const byMonth = new Map<string, { shards: BrowseObject[]; pending: BrowseObject[] }>();
      const slot = (m: string) => byMonth.get(m) ?? byMonth.set(m, { shards: [], pending: [] }).get(m)!;
      for (const s of shards) slot(s.month).shards.push(s);
      for (const p of pending) slot(p.month).pending.push(p);
      const report: CompactionReport = { months: [], folded: 0, skipped: [] };
      for (const [month, objs] of [...byMonth.entries()].sort()) {
        const old = objs.pending.some((p) => (pendingWrittenMs(p.key) ?? Infinity) < oldestAllowed);
        // Shards left side by side by racing compactions are merged whatever the pending count.
        if (objs.shards.length <= 1 && (objs.pending.length === 0 || (objs.pending.length < minPending && !old))) continue;
        const all = [...objs.shards, ...objs.pending];
        const bodies = await Promise.all(all.map((o) => limit(() => read(o.key))));
        // Something vanished: another compaction is folding this month. Leave it to that one.
        if (bodies.some((b) => b === null)) {
          report.skipped.push(month);
          continue;
        }
        const merged = new Map<string, BrowseEntry>();
        for (const b of bodies) mergeEntries(merged, b!);
        // Only entries that belong to this month (a pending entry's month is its key's).
        // Newest first, as readers list them: a reader appending shards month by month gets a sorted list.
        const entries = [...merged.values()].filter((e) => monthOf(e.at) === month).sort(newestFirst);
        await self.putShard(month, entries);
        // Deleted only now that the new shard holds what they held.
        await Promise.all(all.map((o) => limit(() => remove(o.key))));
        report.months.push(month);
        report.folded += objs.pending.length;
      }
      return report;
    },
  };
  return self;
}

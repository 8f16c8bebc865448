// One raw object → the record the current extractor makes of it, written only when it differs.
//
// The raw archive holds the page bytes and the response headers, not what the feed said about
// the item. Those feed-side facts (feed URL, the publisher named in the feeds file, the feed's
// title and date used as fallbacks) are carried over from the story's current record (or its
// failure record), so a rebuild changes only what cleaning and extraction decide.
import { isDeepStrictEqual } from 'node:util';
import type { FailureReason, StoryRecord } from '../types';
import { WirewatchError } from '../errors';
import { buildRecord, type RecordBuilder } from './build-record';
import { StoreError, idFromRawKey, type RecordPointer, type Store } from '../store';
import { decideDuplicate } from '../pipeline/duplicates';
import { pointerFromListing, type PointerHints } from './pointer-hints';

export type RebuildOutcome =
  /** A record was written (new, or its content changed). */
  | 'rebuilt'
  /** The current extractor makes the same record: nothing rewritten (the pointer notes the check). */
  | 'unchanged'
  /** Left alone: already at the current extractor version, or a newer fetch made the record. */
  | 'skipped'
  /** Cleaning or extraction failed: a failure record was written or updated (or the record was kept). */
  | 'failed';

export interface RebuildResult {
  key: string;
  id: string;
  outcome: RebuildOutcome;
  why?: 'current-version' | 'older-fetch' | 'raw-missing' | 'not-a-raw-key' | 'record-kept';
  reason?: FailureReason;
  message?: string;
  /** Where this rebuild's time went (ms); store waits overlap when rebuilds run side by side. */
  timings: RebuildTimings;
  /** The story's pointer was known from the listing (hints), not read. */
  pointerListed?: boolean;
}

export interface RebuildTimings {
  storeMs: number;
  /** Charset decoding + cleanHtml. */
  cleanMs: number;
  /** Extraction, record building and validation. */
  extractMs: number;
}

export interface RebuildOptions {
  store: Store;
  /** The extractor version records are rebuilt to (EXTRACTOR_VERSION). */
  version: string;
  /** Rebuild records already at `version` too. */
  all?: boolean;
  now?: () => Date;
  /** Where records are built: this thread by default, or a worker pool (build-pool.ts). */
  build?: RecordBuilder;
  /** A listing of records/ and index/records/ (pointer-hints.ts): saves GETting pointers it vouches for. */
  hints?: PointerHints;
}

/** The page URL kept in the object's metadata (percent-encoded there when it was not ASCII). */
function metadataUrl(meta: Record<string, string>): string | null {
  const v = meta['source-url'];
  if (!v) return null;
  if (/^https?:/i.test(v)) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
}

/** fetched-at from the metadata, else noon of the key's day (only for objects written without it). */
function fetchedAtOf(key: string, meta: Record<string, string>): string {
  const v = meta['fetched-at'];
  if (v && !Number.isNaN(Date.parse(v))) return new Date(v).toISOString();
  const m = /^raw\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(key);
  return m ? `${m[1]}-${m[2]}-${m[3]}T12:00:00.000Z` : new Date(0).toISOString();
}

/** JSON round trip: what the store would hold, so a fresh record compares equal to a stored one. */
function asStored<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Same content: every field but the extractor version. */
export function sameContent(a: StoryRecord, b: StoryRecord): boolean {
  return sameAsStored(asStored(a), b);
}

/** sameContent for a record read back from the store (already what JSON holds: no round trip for it). */
function sameAsStored(stored: StoryRecord, b: StoryRecord): boolean {
  const strip = (r: StoryRecord) => ({ ...r, extractor: null, duplicateOf: r.duplicateOf ?? null });
  return isDeepStrictEqual(strip(stored), strip(asStored(b)));
}

function isCurrent(pointer: RecordPointer | null, version: string): boolean {
  return Boolean(pointer && (pointer.extractorVersion === version || pointer.checkedVersion === version));
}

/**
 * Rebuilds one raw object's record. Store outages throw StoreError (the caller stops or
 * retries); everything a page can do wrong ends as outcome 'failed' with a failure record.
 */
export async function rebuildFromRaw(key: string, opts: RebuildOptions): Promise<RebuildResult> {
  const timings: RebuildTimings = { storeMs: 0, cleanMs: 0, extractMs: 0 };
  const trace: { pointerListed?: boolean } = {};
  const r = await rebuild(key, opts, timings, trace);
  return { ...r, ...trace, timings };
}

async function timed<T>(timings: RebuildTimings, k: keyof RebuildTimings, task: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await task();
  } finally {
    timings[k] += performance.now() - t0;
  }
}

async function rebuild(key: string, opts: RebuildOptions, timings: RebuildTimings, trace: Pick<RebuildResult, 'pointerListed'>): Promise<Omit<RebuildResult, 'timings'>> {
  const { version } = opts;
  const s = opts.store;
  // Every store call is timed: a proxy would hide which calls a rebuild makes.
  const st = <T>(task: () => Promise<T>) => timed(timings, 'storeMs', task);
  const now = opts.now ?? (() => new Date());
  const id = idFromRawKey(key);
  // Something else stored under raw/ (not {id}.html.gz under a day) is no story: passed over.
  if (!id) return { key, id: '', outcome: 'skipped', why: 'not-a-raw-key' };

  // With hints the record is read first and the pointer taken from it when the listing vouches for it.
  const hinted = opts.hints ? await st(() => readHinted(id, s, opts.hints!, version)) : null;
  const pointer = hinted ? hinted.pointer : await st(() => s.getRecordPointer(id));
  if (hinted?.listed) trace.pointerListed = true;
  if (!opts.all && isCurrent(pointer, version)) return { key, id, outcome: 'skipped', why: 'current-version' };
  const raw = await st(() => s.getRaw(key));
  if (!raw) return { key, id, outcome: 'skipped', why: 'raw-missing' };
  const fetchedAt = fetchedAtOf(key, raw.metadata);
  // A story fetched again on a later day has a newer raw object; the record follows that one.
  if (pointer && Date.parse(pointer.fetchedAt) > Date.parse(fetchedAt)) return { key, id, outcome: 'skipped', why: 'older-fetch' };

  const [existing, failure] = await st(() =>
    Promise.all([
      hinted?.record !== undefined ? Promise.resolve(hinted.record) : pointer ? s.getRecordByKey(pointer.key) : Promise.resolve(null),
      pointer ? Promise.resolve(null) : s.getFailure(id),
    ]),
  );
  const url = existing?.url ?? metadataUrl(raw.metadata) ?? failure?.url ?? null;

  const fail = async (err: { reason: FailureReason; message: string }): Promise<Omit<RebuildResult, 'timings'>> => {
    // A story ends in a record or a failure, never both: a record that was good is kept.
    if (existing) return { key, id, outcome: 'failed', why: 'record-kept', reason: err.reason, message: err.message };
    const status = Number(raw.metadata['http-status']);
    await st(() => s.putFailure({
      id,
      url: url ?? key,
      feedUrl: failure?.feedUrl ?? null,
      reason: err.reason,
      status: Number.isInteger(status) ? status : null,
      message: err.message,
      at: now().toISOString(),
    }));
    return { key, id, outcome: 'failed', reason: err.reason, message: err.message };
  };
  if (!url) return fail(new WirewatchError('bad-url', `raw object ${key} names no source URL`));
  const built = await (opts.build ?? buildRecord)({
    body: raw.body,
    contentType: raw.metadata['content-type'] ?? null,
    url,
    fetchedAt,
    feedUrl: existing?.source.feedUrl ?? failure?.feedUrl ?? null,
    feedTitle: existing?.headline ?? null,
    feedPublishedAt: existing?.publishedAtSource === 'feed' ? existing.publishedAt : null,
    publisher: existing?.source.publisher ?? null,
  });
  timings.cleanMs += built.cleanMs;
  timings.extractMs += built.extractMs;
  if (!built.ok) return fail(built);
  const record: StoryRecord = built.record;


  // The canonical URL the new cleaner finds names the record; usually the raw object's own id.
  const previous = record.id === id ? pointer : await st(() => s.getRecordPointer(record.id));
  const prior = record.id === id ? existing : previous ? await st(() => s.getRecordByKey(previous.key)) : null;
  if (prior && sameAsStored(prior, { ...record, duplicateOf: prior.duplicateOf ?? null })) {
    if (previous && !isCurrent(previous, version)) await st(() => s.putRecordPointer({ ...previous, checkedVersion: version }));
    return { key, id: record.id, outcome: 'unchanged' };
  }
  // Same text: the near-duplicate decision stands. New text: decided again (a copy keeps its
  // original while it still matches it; an original stays one).
  const duplicateOf = prior && prior.contentHash === record.contentHash ? (prior.duplicateOf ?? null) : (await st(() => decideDuplicate(record, s, now))).duplicateOf;
  await st(() => s.putRecord({ ...record, duplicateOf }, { previous }));
  return { key, id: record.id, outcome: 'rebuilt' };
}

interface Hinted {
  pointer: RecordPointer | null;
  /** The record the pointer names, when it was read here (undefined: not read yet). */
  record?: StoryRecord | null;
  listed: boolean;
}

/**
 * The story's pointer, from its record and the listing when they agree. The record is read
 * now, so a record rewritten since the listing no longer matches its listed ETag: the pointer
 * is then GET as without hints. null: no hint for this id.
 */
async function readHinted(id: string, s: Store, hints: PointerHints, version: string): Promise<Hinted | null> {
  const key = hints.recordKeyOf(id);
  const md5 = hints.pointerMd5Of(id);
  if (!key || !md5) return null;
  const record = await s.getRecordByKey(key);
  const fromListing = record && record.id === id ? pointerFromListing(record, md5, version) : null;
  if (fromListing) return { pointer: fromListing, record, listed: true };
  const pointer = await s.getRecordPointer(id);
  return { pointer, record: pointer?.key === key ? record : undefined, listed: false };
}

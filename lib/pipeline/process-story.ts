import type { CleanedPage, FailureReason, StoryRecord } from '../types';
import { WirewatchError, describeError } from '../errors';
import { canonicalizeUrl, storyId } from '../url';
import type { FetchResult } from '../fetch';
import { pacedFetch } from './paced-fetch';
import { cleanHtml } from '../clean';
import { recordFromPage, resolveCanonicalUrl } from '../record';
import { lockPerStore, StoreError, type Store } from '../store';
import type { PipelineDeps, ProcessOutcome, StoryMessage, StoryTimings } from './types';
import { messageId } from './message-id';
import { decideDuplicate, type DuplicateDecision } from './duplicates';

export { messageId };

/** One lock per store: two stories with one canonical URL are decided one after the other. */
const lockFor = lockPerStore<Store>();

type Done =
  | { outcome: 'skipped' | 'merged'; isCyber: boolean }
  | ({ outcome: 'recorded' } & DuplicateDecision);

/**
 * Under the record id's lock: a record already stored under this canonical URL either is this
 * story again (same URLs, same text: skipped), gains this story's URLs (merged: the first
 * page's text stays, the record lists every URL), or is this story with changed text
 * (recorded again). Otherwise the record is new. Aliases mark the other ids done.
 */
async function recordOrMerge(
  record: StoryRecord,
  urls: string[],
  messageStoryId: string,
  deps: PipelineDeps,
  stored: <T>(task: () => Promise<T>) => Promise<T>,
  now: () => Date,
): Promise<Done> {
  const { store } = deps;
  const aliasIds = (list: string[]) => [...new Set([messageStoryId, ...list.map((u) => messageId(u))])].filter((x) => x !== record.id);
  const pointer = await stored(() => store.getRecordPointer(record.id));
  // A pointer whose id is another record's is an alias: this id has no record of its own yet.
  const existing = pointer && pointer.id === record.id ? await stored(() => store.getRecordByKey(pointer.key)) : null;
  const unchanged = Boolean(pointer && existing && pointer.contentHash === record.contentHash && pointer.extractorVersion === record.extractor.version);
  if (existing) {
    const known = new Set(existing.sourceUrls ?? [existing.url, existing.canonicalUrl]);
    const fresh = urls.filter((u) => !known.has(u));
    if (fresh.length === 0 && unchanged) {
      // A crash between the record and its aliases: the redelivered message finishes the aliases.
      for (const a of aliasIds(urls)) await stored(() => store.putRecordAlias(a, existing));
      return { outcome: 'skipped', isCyber: existing.incident.isCyber };
    }
    if (fresh.length > 0) {
      const merged: StoryRecord = { ...existing, sourceUrls: [...known, ...fresh].sort() };
      await stored(() => store.putRecord(merged));
      for (const a of aliasIds(fresh)) await stored(() => store.putRecordAlias(a, merged));
      return { outcome: 'merged', isCyber: existing.incident.isCyber };
    }
  }
  // Decided (and registered in the fingerprint index) before the record is written: a crash in
  // between leaves an entry whose decision the redelivered message keeps.
  const dup = await stored(() => decideDuplicate(record, store, now, { onSettle: deps.onSettle }));
  const sourceUrls = [...new Set([...(existing?.sourceUrls ?? []), ...urls])].sort();
  const final: StoryRecord = { ...record, duplicateOf: dup.duplicateOf, sourceUrls };
  await stored(() => store.putRecord(final));
  for (const a of aliasIds(urls)) await stored(() => store.putRecordAlias(a, final));
  return { outcome: 'recorded', ...dup };
}

/** A bug-shaped error inside cleaning/extraction still ends the story with a reason. */
function asStoryError(e: unknown): WirewatchError {
  if (e instanceof WirewatchError) return e;
  return new WirewatchError('extraction', `processing failed: ${describeError(e)}`, { cause: e });
}

/** Adds the wall time of `task` to one step's total (also when it throws). */
async function step<T>(timings: StoryTimings, key: keyof StoryTimings, task: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await task();
  } finally {
    timings[key] += performance.now() - t0;
  }
}

/**
 * One story: robots → guarded fetch (HTML only) → raw archive → clean → extract →
 * record → validate → near-duplicate lookup (duplicateOf) → store. Story-level problems end in a failure record and
 * outcome 'failed'; only store outages throw (so a queue retries the message).
 * A redelivered message whose record already holds the same text is 'skipped'.
 * Every outcome carries `timings`: milliseconds spent fetching, cleaning, extracting, storing.
 */
export async function processStory(msg: StoryMessage, deps: PipelineDeps): Promise<ProcessOutcome> {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  const id = messageId(msg.url);
  const at = now().toISOString();

  const timings: StoryTimings = { fetchMs: 0, cleanMs: 0, extractMs: 0, storeMs: 0 };
  const stored = <T>(task: () => Promise<T>) => step(timings, 'storeMs', task);
  let fetched: FetchResult | null = null;
  let recordId: string | null = null;
  try {
    if (!canonicalizeUrl(msg.url)) throw new WirewatchError('bad-url', `not an absolute http(s) URL: ${msg.url}`);
    const robots = deps.robots;
    if (robots) await step(timings, 'fetchMs', () => robots.check(msg.url));
    // Timed inside the pacer's task: waiting for the host's turn is not fetch time.
    const page = await pacedFetch(msg.url, { ...deps.fetch, expect: 'html', etag: null, lastModified: null }, deps, (task) => step(timings, 'fetchMs', task));
    fetched = page;
    const fetchedAt = now().toISOString();

    let cleaned: CleanedPage | null = null;
    let cleanError: unknown = null;
    try {
      cleaned = await step(timings, 'cleanMs', () => cleanHtml(page.text, { url: page.url, fetchedAt }));
    } catch (e) {
      cleanError = e;
    }
    // Archive what we fetched under the story's own id before anything else can fail.
    const rawId = cleaned ? storyId(resolveCanonicalUrl(page.url, cleaned.canonicalUrl)) : id;
    recordId = rawId;
    await stored(() => store.putRaw({ id: rawId, url: page.url, fetchedAt, status: page.status, body: page.body, headers: page.headers }));
    if (!cleaned) throw asStoryError(cleanError);

    const record = await step(timings, 'extractMs', () => recordFromPage({
      url: page.url,
      feedUrl: msg.feedUrl,
      fetchedAt,
      cleaned,
      feedTitle: msg.title,
      feedPublishedAt: msg.publishedAt,
      publisher: msg.publisher ?? null,
    })).catch((e: unknown) => {
      throw asStoryError(e);
    });

    // Every URL that led here; a page whose canonical is another story's page joins that record.
    const urls = [...new Set([canonicalizeUrl(msg.url) ?? msg.url, page.url])];
    const done = await lockFor(store).run(record.id, () => recordOrMerge(record, urls, id, deps, stored, now));
    if (done.outcome !== 'recorded') {
      if (done.outcome === 'skipped') {
        log({ event: 'story-skipped', id: record.id, url: msg.url, why: 'unchanged' });
        return { id, url: msg.url, outcome: 'skipped', recordId: record.id, isCyber: done.isCyber, timings };
      }
      log({ event: 'story-merged', id, url: msg.url, mergedInto: record.id });
      return { id, url: msg.url, outcome: 'merged', recordId: record.id, mergedInto: record.id, isCyber: done.isCyber, timings };
    }
    log({ event: 'story-recorded', id: record.id, url: msg.url, isCyber: record.incident.isCyber, duplicateOf: done.duplicateOf, duplicateWhy: done.why, indexGets: done.gets, indexPuts: done.puts });
    return { id, url: msg.url, outcome: 'recorded', recordId: record.id, isCyber: record.incident.isCyber, duplicateOf: done.duplicateOf, timings };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const err = asStoryError(e);
    const reason: FailureReason = err.reason;
    // A story that already has a record keeps it: a failed re-fetch does not turn it into a failure.
    const has = (rid: string) => stored(() => store.hasRecord(rid));
    const recorded = (recordId && (await has(recordId)) ? recordId : null) ?? ((await has(id)) ? id : null);
    if (recorded) {
      log({ event: 'story-skipped', id, url: msg.url, why: 'refetch-failed', reason, message: err.message });
      return { id, url: msg.url, outcome: 'skipped', reason, recordId: recorded, timings };
    }
    await stored(() => store.putFailure({
      id,
      url: msg.url,
      feedUrl: msg.feedUrl,
      reason,
      status: err.status ?? fetched?.status ?? null,
      message: err.message,
      at,
    }));
    log({ event: 'story-failed', id, url: msg.url, reason, status: err.status, message: err.message });
    return { id, url: msg.url, outcome: 'failed', reason, timings };
  }
}

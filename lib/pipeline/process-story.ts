import type { CleanedPage, FailureReason, StoryRecord } from '../types';
import { WirewatchError, describeError } from '../errors';
import { canonicalizeUrl, storyId } from '../url';
import { guardedFetch, type FetchResult } from '../fetch';
import { cleanHtml } from '../clean';
import { recordFromPage, resolveCanonicalUrl } from '../record';
import { StoreError } from '../store';
import type { PipelineDeps, ProcessOutcome, StoryMessage, StoryTimings } from './types';
import { messageId } from './message-id';
import { decideDuplicate } from './duplicates';

export { messageId };

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
    const doFetch = () => step(timings, 'fetchMs', () => guardedFetch(msg.url, { ...deps.fetch, expect: 'html', etag: null, lastModified: null }));
    const page = deps.pacer ? await deps.pacer.run(msg.url, doFetch) : await doFetch();
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

    const existing = await stored(() => store.getRecordPointer(record.id));
    if (existing && existing.contentHash === record.contentHash && existing.extractorVersion === record.extractor.version) {
      log({ event: 'story-skipped', id: record.id, url: msg.url, why: 'unchanged' });
      return { id, url: msg.url, outcome: 'skipped', recordId: record.id, isCyber: record.incident.isCyber, timings };
    }
    // Decided (and registered in the fingerprint index) before the record is written: a crash in
    // between leaves an entry whose decision the redelivered message keeps.
    const dup = await stored(() => decideDuplicate(record, store, now));
    const final: StoryRecord = { ...record, duplicateOf: dup.duplicateOf };
    await stored(() => store.putRecord(final));
    log({ event: 'story-recorded', id: record.id, url: msg.url, isCyber: record.incident.isCyber, duplicateOf: dup.duplicateOf, duplicateWhy: dup.why, indexGets: dup.gets, indexPuts: dup.puts });
    return { id, url: msg.url, outcome: 'recorded', recordId: record.id, isCyber: record.incident.isCyber, duplicateOf: dup.duplicateOf, timings };
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

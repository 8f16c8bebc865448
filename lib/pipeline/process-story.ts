import type { CleanedPage, FailureReason } from '../types';
import { WirewatchError, describeError } from '../errors';
import { canonicalizeUrl, storyId } from '../url';
import { guardedFetch, type FetchResult } from '../fetch';
import { cleanHtml } from '../clean';
import { recordFromPage, resolveCanonicalUrl } from '../record';
import { StoreError } from '../store';
import type { PipelineDeps, ProcessOutcome, StoryMessage } from './types';
import { messageId } from './message-id';

export { messageId };

/** A bug-shaped error inside cleaning/extraction still ends the story with a reason. */
function asStoryError(e: unknown): WirewatchError {
  if (e instanceof WirewatchError) return e;
  return new WirewatchError('extraction', `processing failed: ${describeError(e)}`, { cause: e });
}

/**
 * One story: robots → guarded fetch (HTML only) → raw archive → clean → extract →
 * record → validate → store. Story-level problems end in a failure record and
 * outcome 'failed'; only store outages throw (so a queue retries the message).
 * A redelivered message whose record already holds the same text is 'skipped'.
 */
export async function processStory(msg: StoryMessage, deps: PipelineDeps): Promise<ProcessOutcome> {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => undefined);
  const id = messageId(msg.url);
  const at = now().toISOString();

  let fetched: FetchResult | null = null;
  let recordId: string | null = null;
  try {
    if (!canonicalizeUrl(msg.url)) throw new WirewatchError('bad-url', `not an absolute http(s) URL: ${msg.url}`);
    await deps.robots?.check(msg.url);
    const doFetch = () => guardedFetch(msg.url, { ...deps.fetch, expect: 'html', etag: null, lastModified: null });
    fetched = deps.pacer ? await deps.pacer.run(msg.url, doFetch) : await doFetch();
    const fetchedAt = now().toISOString();

    let cleaned: CleanedPage | null = null;
    let cleanError: unknown = null;
    try {
      cleaned = await cleanHtml(fetched.text, { url: fetched.url, fetchedAt });
    } catch (e) {
      cleanError = e;
    }
    // Archive what we fetched under the story's own id before anything else can fail.
    recordId = cleaned ? storyId(resolveCanonicalUrl(fetched.url, cleaned.canonicalUrl)) : id;
    await store.putRaw({ id: recordId, url: fetched.url, fetchedAt, status: fetched.status, body: fetched.body, headers: fetched.headers });
    if (!cleaned) throw asStoryError(cleanError);

    const record = await recordFromPage({
      url: fetched.url,
      feedUrl: msg.feedUrl,
      fetchedAt,
      cleaned,
      feedTitle: msg.title,
      feedPublishedAt: msg.publishedAt,
      publisher: msg.publisher ?? null,
    }).catch((e: unknown) => {
      throw asStoryError(e);
    });

    const existing = await store.getRecordPointer(record.id);
    if (existing && existing.contentHash === record.contentHash && existing.extractorVersion === record.extractor.version) {
      log({ event: 'story-skipped', id: record.id, url: msg.url, why: 'unchanged' });
      return { id, url: msg.url, outcome: 'skipped', recordId: record.id, isCyber: record.incident.isCyber };
    }
    await store.putRecord(record);
    log({ event: 'story-recorded', id: record.id, url: msg.url, isCyber: record.incident.isCyber });
    return { id, url: msg.url, outcome: 'recorded', recordId: record.id, isCyber: record.incident.isCyber };
  } catch (e) {
    if (e instanceof StoreError) throw e;
    const err = asStoryError(e);
    const reason: FailureReason = err.reason;
    // A story that already has a record keeps it: a failed re-fetch does not turn it into a failure.
    const recorded = (recordId && (await store.hasRecord(recordId)) ? recordId : null) ?? ((await store.hasRecord(id)) ? id : null);
    if (recorded) {
      log({ event: 'story-skipped', id, url: msg.url, why: 'refetch-failed', reason, message: err.message });
      return { id, url: msg.url, outcome: 'skipped', reason, recordId: recorded };
    }
    await store.putFailure({
      id,
      url: msg.url,
      feedUrl: msg.feedUrl,
      reason,
      status: err.status ?? fetched?.status ?? null,
      message: err.message,
      at,
    });
    log({ event: 'story-failed', id, url: msg.url, reason, status: err.status, message: err.message });
    return { id, url: msg.url, outcome: 'failed', reason };
  }
}

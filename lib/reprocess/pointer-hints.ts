// A whole-archive rebuild reads each story's record anyway (its feed-side facts); with one
// listing of records/ and index/records/ up front it can skip GETting the pointer too: the
// pointer putRecord writes is a function of the record, and the listing's ETag (the MD5 of a
// single-part PUT, as on the stack's SSE-S3 bucket) says whether the stored pointer is that one.
// Anything else (an alias, a pointer with another checkedVersion, an ETag that is not a plain
// MD5, a record moved since the listing) falls back to GETting the pointer.
import { createHash } from 'node:crypto';
import { idFromKey, pointerOf, type RecordPointer, type Store } from '../store';
import type { StoryRecord } from '../types';

export interface PointerHints {
  /** The one record object listed for this id, or null (none, or several). */
  recordKeyOf(id: string): string | null;
  /** The MD5 (hex) the listing gave as the pointer's ETag, or null when it was none or not a plain MD5. */
  pointerMd5Of(id: string): string | null;
}

/** The hex MD5 of a plain ETag ("…32 hex…"); null for a multipart ETag ("…-N") or anything else. */
export function plainMd5(etag: string): string | null {
  const m = /^"?([0-9a-f]{32})"?$/i.exec(etag.trim());
  return m ? m[1].toLowerCase() : null;
}

export async function listPointerHints(store: Store): Promise<PointerHints> {
  const [records, pointers] = await Promise.all([store.listRecordObjects(), store.listRecordPointerObjects()]);
  const recordKeys = new Map<string, string | null>();
  for (const o of records) {
    const id = idFromKey(o.key);
    // Two copies (a move between partitions caught half done): no hint, the pointer decides.
    if (id) recordKeys.set(id, recordKeys.has(id) ? null : o.key);
  }
  const md5s = new Map<string, string>();
  for (const o of pointers) {
    const id = idFromKey(o.key);
    const md5 = plainMd5(o.etag);
    if (id && md5) md5s.set(id, md5);
  }
  return { recordKeyOf: (id) => recordKeys.get(id) ?? null, pointerMd5Of: (id) => md5s.get(id) ?? null };
}

function md5Hex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/**
 * The stored pointer of `record`, when the listed MD5 shows it is what putRecord wrote for it,
 * or that plus `checkedVersion: version` (a check by this extractor); null when it is neither.
 */
export function pointerFromListing(record: StoryRecord, md5: string, version: string): RecordPointer | null {
  const written = pointerOf(record);
  for (const candidate of [written, { ...written, checkedVersion: version }]) {
    if (md5Hex(JSON.stringify(candidate)) === md5) return candidate;
  }
  return null;
}

// The CPU-bound part of a rebuild, as a pure function of the raw page and the feed-side facts:
// charset decoding, cleaning, extraction and the record. It runs on the calling thread or, for
// `wirewatch reprocess --threads N`, in a worker thread (build-worker.ts), so its input and
// output are plain data that structured clone carries.
import type { FailureReason, StoryRecord } from '../types';
import { WirewatchError, describeError } from '../errors';
import { cleanHtml } from '../clean';
import { decodeBody } from '../fetch/charset';
import { recordFromPage } from '../record';

export interface BuildInput {
  body: Uint8Array;
  contentType: string | null;
  url: string;
  fetchedAt: string;
  feedUrl: string | null;
  feedTitle: string | null;
  feedPublishedAt: string | null;
  publisher: string | null;
}

export type BuildOutput =
  | { ok: true; record: StoryRecord; cleanMs: number; extractMs: number }
  | { ok: false; reason: FailureReason; message: string; cleanMs: number; extractMs: number };

/** Builds the record of one raw page; a page that fails to clean or extract gives ok: false with its reason. */
export async function buildRecord(inp: BuildInput): Promise<BuildOutput> {
  let cleanMs = 0;
  let extractMs = 0;
  try {
    const t0 = performance.now();
    const cleaned = cleanHtml(decodeBody(Buffer.from(inp.body.buffer, inp.body.byteOffset, inp.body.byteLength), inp.contentType).text, { url: inp.url, fetchedAt: inp.fetchedAt });
    const t1 = performance.now();
    cleanMs = t1 - t0;
    const record = await recordFromPage({
      url: inp.url,
      feedUrl: inp.feedUrl,
      fetchedAt: inp.fetchedAt,
      cleaned,
      feedTitle: inp.feedTitle,
      feedPublishedAt: inp.feedPublishedAt,
      publisher: inp.publisher,
    });
    extractMs = performance.now() - t1;
    return { ok: true, record, cleanMs, extractMs };
  } catch (e) {
    const err = e instanceof WirewatchError ? e : new WirewatchError('extraction', `processing failed: ${describeError(e)}`, { cause: e });
    return { ok: false, reason: err.reason, message: err.message, cleanMs, extractMs };
  }
}

/** Where builds run: on this thread (the default) or in a pool of worker threads. */
export type RecordBuilder = (inp: BuildInput) => Promise<BuildOutput>;

// Reprocessing a range of the raw archive: list keys page by page, rebuild each with bounded
// concurrency, stop cleanly at a deadline and say where to resume.
//
// Concurrency: a rebuild is ~5 store round trips around ~10 ms of CPU (clean + extract), so
// one at a time leaves the CPU idle while requests are in flight. p-limit keeps a few
// rebuilds overlapping; the CPU-bound parts still run one at a time on the event loop.
import pLimit from 'p-limit';
import type { FailureReason } from '../types';
import type { Store } from '../store';
import { rebuildFromRaw, type RebuildResult } from './rebuild-story';
import type { RecordBuilder } from './build-record';
import type { PointerHints } from './pointer-hints';

export interface ReprocessRange {
  /** Fetch days, inclusive, yyyy-mm-dd. */
  since?: string | null;
  until?: string | null;
  /** Rebuild records already at the current extractor version too. */
  all?: boolean;
}

export interface ReprocessSummary {
  /** Raw objects looked at. */
  seen: number;
  rebuilt: number;
  unchanged: number;
  /** Already current (or superseded by a newer fetch of the same story). */
  skipped: number;
  failed: number;
  failedByReason: Partial<Record<FailureReason, number>>;
}

export interface ReprocessOptions extends ReprocessRange {
  store: Store;
  version: string;
  /** Resume after this raw key (from a previous chunk's cursor). */
  cursor?: string | null;
  /** Rebuilds in flight at once, default 8. */
  concurrency?: number;
  /** Start no new rebuild at or after this time (ms since epoch); in-flight ones finish. */
  deadline?: number;
  /** Stop after this many raw objects (a chunk's size), default unlimited. */
  maxKeys?: number;
  /** Keys listed per store request, default 1000. */
  pageSize?: number;
  now?: () => Date;
  /** Where records are built (default: this thread); see build-pool.ts. */
  build?: RecordBuilder;
  /** A listing of records/ and index/records/ taken before the run (pointer-hints.ts). */
  hints?: PointerHints;
  /** Called after each raw object. */
  onResult?: (result: RebuildResult, summary: ReprocessSummary) => void;
}

export interface ReprocessChunk {
  summary: ReprocessSummary;
  /** Every raw key up to and including this one is done: resume after it. null: nothing done. */
  cursor: string | null;
  /** The whole range is done. */
  done: boolean;
}

/** Dates given as yyyy-mm-dd (a real calendar day). */
export class ReprocessRangeError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'ReprocessRangeError';
  }
}

export function checkRange(range: ReprocessRange): void {
  for (const [name, v] of [['since', range.since], ['until', range.until]] as const) {
    if (v == null) continue;
    const t = Date.parse(`${v}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) {
      throw new ReprocessRangeError(`--${name} must be a date yyyy-mm-dd, got ${v}`);
    }
  }
  if (range.since && range.until && range.since > range.until) throw new ReprocessRangeError(`--since ${range.since} is after --until ${range.until}`);
}

export function emptySummary(): ReprocessSummary {
  return { seen: 0, rebuilt: 0, unchanged: 0, skipped: 0, failed: 0, failedByReason: {} };
}

/** Adds b's counts to a (for totals over chunks). */
export function addSummaries(a: ReprocessSummary, b: ReprocessSummary): ReprocessSummary {
  const failedByReason = { ...a.failedByReason };
  for (const [k, v] of Object.entries(b.failedByReason) as Array<[FailureReason, number]>) failedByReason[k] = (failedByReason[k] ?? 0) + v;
  return { seen: a.seen + b.seen, rebuilt: a.rebuilt + b.rebuilt, unchanged: a.unchanged + b.unchanged, skipped: a.skipped + b.skipped, failed: a.failed + b.failed, failedByReason };
}

function count(summary: ReprocessSummary, r: RebuildResult): void {
  summary.seen++;
  summary[r.outcome]++;
  if (r.outcome === 'failed' && r.reason) summary.failedByReason[r.reason] = (summary.failedByReason[r.reason] ?? 0) + 1;
}

/** Every raw key of the range (for a total up front, as the command line's progress bar needs). */
export async function listRange(store: Store, range: ReprocessRange, cursor: string | null = null): Promise<string[]> {
  checkRange(range);
  const keys: string[] = [];
  let next: string | null = cursor;
  do {
    const page = await store.listRawKeys({ from: range.since ?? undefined, to: range.until ?? undefined, startAfter: next });
    keys.push(...page.keys);
    next = page.next;
  } while (next);
  return keys;
}

/**
 * Rebuilds the given keys (in key order) and reports the contiguous prefix done. A store
 * error stops the run: it is rethrown after the rebuilds in flight have settled.
 */
export async function rebuildKeys(keys: string[], opts: Omit<ReprocessOptions, 'cursor' | 'pageSize'>): Promise<ReprocessChunk & { stoppedEarly: boolean }> {
  const summary = emptySummary();
  const limit = pLimit(Math.max(1, opts.concurrency ?? 8));
  const finished = new Array<boolean>(keys.length).fill(false);
  let doneThrough = -1;
  let stopped = false;
  let storeError: unknown = null;
  const out = (i: number) => {
    finished[i] = true;
    while (doneThrough + 1 < keys.length && finished[doneThrough + 1]) doneThrough++;
  };
  const maxKeys = opts.maxKeys ?? Infinity;
  await Promise.all(
    keys.map((key, i) =>
      limit(async () => {
        if (stopped || storeError) return;
        if (i >= maxKeys || (opts.deadline !== undefined && Date.now() >= opts.deadline)) {
          stopped = true;
          return;
        }
        try {
          const r = await rebuildFromRaw(key, { store: opts.store, version: opts.version, all: opts.all, now: opts.now, build: opts.build, hints: opts.hints });
          count(summary, r);
          out(i);
          opts.onResult?.(r, summary);
        } catch (e) {
          storeError ??= e;
        }
      }),
    ),
  );
  if (storeError) throw storeError;
  return { summary, cursor: doneThrough >= 0 ? keys[doneThrough] : null, done: doneThrough === keys.length - 1, stoppedEarly: stopped };
}

/**
 * One chunk of a range: lists pages of raw keys after `cursor` and rebuilds them until the
 * range ends, `maxKeys` are done or the deadline passes. Resume with the returned cursor.
 */
export async function reprocessChunk(opts: ReprocessOptions): Promise<ReprocessChunk> {
  checkRange(opts);
  let summary = emptySummary();
  let cursor = opts.cursor ?? null;
  let left = opts.maxKeys ?? Infinity;
  for (;;) {
    if (left <= 0 || (opts.deadline !== undefined && Date.now() >= opts.deadline)) return { summary, cursor, done: false };
    const page = await opts.store.listRawKeys({
      from: opts.since ?? undefined,
      to: opts.until ?? undefined,
      startAfter: cursor,
      limit: Math.min(opts.pageSize ?? 1000, Number.isFinite(left) ? left : 1000),
    });
    if (page.keys.length === 0) return { summary, cursor, done: true };
    const r = await rebuildKeys(page.keys, { ...opts, maxKeys: left });
    summary = addSummaries(summary, r.summary);
    left -= r.summary.seen;
    if (r.cursor) cursor = r.cursor;
    if (!r.done) return { summary, cursor, done: false };
    if (!page.next) return { summary, cursor, done: true };
  }
}

// On-demand reprocessing: one chunk of a date range per invocation. Input and output have the
// same shape, so a Step Functions loop (cdk/constructs/reprocess-job.ts) feeds each result back
// in until `done`: every chunk starts where the last one stopped (`cursor`) and the totals add up.
//   {since?, until?, all?, cursor?, totals?} → {since, until, all, cursor, done, chunk, totals}
import type { Context } from 'aws-lambda';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { BadRequestError, describeError } from '../lib/errors';
import type { ReprocessSummary } from '../lib/reprocess';
import { observability } from './shared/observability';
import { lazy, storeFromEnv } from './shared/runtime';

const { logger, metrics } = observability('wirewatch-reprocess');

/** Left for the rebuilds in flight to finish (a rebuild takes well under a second). */
export const STOP_MARGIN_MS = 15_000;

export interface ReprocessEvent {
  since?: string | null;
  until?: string | null;
  all?: boolean;
  cursor?: string | null;
  totals?: ReprocessSummary;
  /** Raw objects per chunk at most (default: as many as the time allows). */
  maxKeys?: number;
}

export interface ReprocessResult {
  since: string | null;
  until: string | null;
  all: boolean;
  cursor: string | null;
  done: boolean;
  chunk: ReprocessSummary;
  totals: ReprocessSummary;
}

/** The event is not a reprocess request. */
export class BadReprocessEventError extends BadRequestError {}

function parseEvent(e: unknown): Required<Pick<ReprocessEvent, 'all'>> & ReprocessEvent {
  if (typeof e !== 'object' || e === null) throw new BadReprocessEventError('event must be an object {since?, until?, all?, cursor?}');
  const ev = e as Record<string, unknown>;
  const str = (k: string): string | null => {
    const v = ev[k];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new BadReprocessEventError(`${k} must be a string`);
    return v;
  };
  if (ev.all !== undefined && typeof ev.all !== 'boolean') throw new BadReprocessEventError('all must be true or false');
  if (ev.maxKeys !== undefined && !(Number.isInteger(ev.maxKeys) && (ev.maxKeys as number) > 0)) throw new BadReprocessEventError('maxKeys must be a positive integer');
  return {
    since: str('since'),
    until: str('until'),
    cursor: str('cursor'),
    all: ev.all === true,
    totals: ev.totals as ReprocessSummary | undefined,
    maxKeys: ev.maxKeys as number | undefined,
  };
}

const runtime = lazy(async () => {
  // Cleaning and extraction load on the first invocation, not at init.
  const lib = require('../lib/reprocess') as typeof import('../lib/reprocess');
  const { EXTRACTOR_VERSION } = require('../lib/record') as typeof import('../lib/record');
  const { store } = await storeFromEnv(process.env);
  return { lib, store, version: EXTRACTOR_VERSION };
});

export async function handler(event: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>): Promise<ReprocessResult> {
  const ev = parseEvent(event);
  const { lib, store, version } = await runtime();
  lib.checkRange(ev);
  const deadline = context ? Date.now() + context.getRemainingTimeInMillis() - STOP_MARGIN_MS : undefined;
  try {
    const r = await lib.reprocessChunk({ store, version, since: ev.since, until: ev.until, all: ev.all, cursor: ev.cursor, deadline, maxKeys: ev.maxKeys });
    const totals = lib.addSummaries(ev.totals ?? lib.emptySummary(), r.summary);
    metrics.addMetric('RecordsRebuilt', MetricUnit.Count, r.summary.rebuilt);
    metrics.addMetric('RecordsUnchanged', MetricUnit.Count, r.summary.unchanged);
    metrics.addMetric('ReprocessFailures', MetricUnit.Count, r.summary.failed);
    logger.info('reprocess chunk', { since: ev.since, until: ev.until, all: ev.all, from: ev.cursor, cursor: r.cursor, done: r.done, chunk: r.summary, version });
    return { since: ev.since ?? null, until: ev.until ?? null, all: ev.all, cursor: r.cursor, done: r.done, chunk: r.summary, totals };
  } catch (e) {
    // A store outage: the chunk's cursor is lost with it, but the rebuilds that finished are current
    // and the retried chunk skips them.
    logger.error('reprocess chunk failed', { cursor: ev.cursor, error: describeError(e) });
    throw e;
  } finally {
    metrics.publishStoredMetrics();
  }
}

// 429 Too Many Requests and 503 Service Unavailable: honour Retry-After (RFC 9110 §10.2.3,
// delay-seconds or an HTTP-date) up to a cap, then back off exponentially with full jitter;
// after the last attempt the HttpStatusError stands (and the story gets its failure record).
// The retry loop and the jittered steps are exponential-backoff's (`backOff`); what it cannot
// do is wait a server-given time, so the Retry-After wait is taken in its `retry` hook, before
// its own jittered step (see README, libraries).
import { backOff } from 'exponential-backoff';
import { HttpStatusError } from './errors';

/** Statuses worth asking again after a pause. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

export interface RetryInfo {
  attempt: number;
  status: number;
  /** What Retry-After asked for, or null. */
  retryAfterMs: number | null;
  /** The Retry-After wait honoured before the next try (capped; 0 without Retry-After). */
  waitMs: number;
  /** Ceiling of the jittered step exponential-backoff waits after that. */
  backoffMaxMs: number;
}

export interface RetryPolicy {
  /** Attempts in all, the first included (default 3). */
  attempts?: number;
  /** A Retry-After longer than this is cut to it (default 30 s). */
  maxRetryAfterMs?: number;
  /** First backoff step (default 500 ms), doubled per attempt, full jitter. */
  baseMs?: number;
  /** Cap on one backoff step (default 30 s). */
  maxBackoffMs?: number;
  /** For tests: the Retry-After pause itself (default setTimeout); the jittered step is exponential-backoff's own timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each pause (e.g. to push the host's next turn back). */
  onRetry?: (info: RetryInfo) => void;
}

/**
 * Milliseconds a Retry-After value asks for, or null when it is absent or unusable.
 * delay-seconds is a non-negative integer; an HTTP-date is compared with `now`
 * (a date in the past means "now": 0).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // IMF-fixdate and the obsolete forms Date.parse knows; a bare number with a sign or point is not a date.
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * The Retry-After wait before attempt `attempt + 1` after an HttpStatusError (capped; 0 when the
 * server named none), or null when it is not retried (another status, or no attempts left).
 */
export function retryDelay(e: unknown, attempt: number, policy: RetryPolicy = {}): number | null {
  if (!(e instanceof HttpStatusError) || e.status == null || !RETRYABLE_STATUSES.has(e.status)) return null;
  if (attempt >= (policy.attempts ?? 3)) return null;
  const asked = e.retryAfterMs;
  return asked != null ? Math.min(asked, policy.maxRetryAfterMs ?? 30_000) : 0;
}

/** Ceiling of the jittered step before attempt `attempt + 1` (exponential-backoff's formula). */
function stepCeiling(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxBackoffMs ?? 30_000, (policy.baseMs ?? 500) * 2 ** Math.max(0, attempt - 1));
}

/** Runs `task` again after 429/503 as the policy says; any other error, or the last one, is thrown. */
export function withRetryAfter<T>(task: () => Promise<T>, policy: RetryPolicy = {}): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return backOff(task, {
    numOfAttempts: Math.max(1, policy.attempts ?? 3),
    startingDelay: policy.baseMs ?? 500,
    timeMultiple: 2,
    maxDelay: policy.maxBackoffMs ?? 30_000,
    jitter: 'full',
    delayFirstAttempt: false,
    retry: async (e: unknown, attempt: number) => {
      const waitMs = retryDelay(e, attempt, policy);
      if (waitMs === null) return false;
      const err = e as HttpStatusError;
      policy.onRetry?.({ attempt, status: err.status ?? 0, retryAfterMs: err.retryAfterMs, waitMs, backoffMaxMs: stepCeiling(attempt, policy) });
      if (waitMs > 0) await sleep(waitMs);
      return true;
    },
  });
}

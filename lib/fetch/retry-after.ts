// 429 Too Many Requests and 503 Service Unavailable: honour Retry-After (RFC 9110 §10.2.3,
// delay-seconds or an HTTP-date) up to a cap, else back off exponentially with full jitter;
// after the last attempt the HttpStatusError stands (and the story gets its failure record).
// Hand-rolled because no retry package is installed (exponential-backoff 3.1.3 would fit).
import { HttpStatusError } from './errors';

/** Statuses worth asking again after a pause. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

export interface RetryPolicy {
  /** Attempts in all, the first included (default 3). */
  attempts?: number;
  /** A Retry-After longer than this is cut to it (default 30 s). */
  maxRetryAfterMs?: number;
  /** First backoff step without Retry-After (default 500 ms), doubled per attempt. */
  baseMs?: number;
  /** Cap on one backoff step (default 30 s). */
  maxBackoffMs?: number;
  /** For tests: the pause itself (default setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** Told before each pause (e.g. to push the host's next turn back). */
  onRetry?: (info: { attempt: number; waitMs: number; status: number; retryAfterMs: number | null }) => void;
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

/** Full-jitter exponential backoff: a random pause in [0, min(cap, base·2^(attempt-1))]. */
export function backoffMs(attempt: number, baseMs = 500, maxMs = 30_000, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}

/** The pause before attempt `attempt + 1` after an HttpStatusError, or null when it is not retried. */
export function retryDelay(e: unknown, attempt: number, policy: RetryPolicy = {}): number | null {
  if (!(e instanceof HttpStatusError) || e.status == null || !RETRYABLE_STATUSES.has(e.status)) return null;
  if (attempt >= (policy.attempts ?? 3)) return null;
  const asked = e.retryAfterMs;
  if (asked != null) return Math.min(asked, policy.maxRetryAfterMs ?? 30_000);
  return backoffMs(attempt, policy.baseMs ?? 500, policy.maxBackoffMs ?? 30_000);
}

/** Runs `task` again after 429/503 as the policy says; any other error, or the last one, is thrown. */
export async function withRetryAfter<T>(task: () => Promise<T>, policy: RetryPolicy = {}): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (e) {
      const waitMs = retryDelay(e, attempt, policy);
      if (waitMs === null) throw e;
      const err = e as HttpStatusError;
      policy.onRetry?.({ attempt, waitMs, status: err.status ?? 0, retryAfterMs: err.retryAfterMs });
      await sleep(waitMs);
    }
  }
}

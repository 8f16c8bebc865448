import { guardedFetch, guardedFetchStream, withRetryAfter, type FetchResult, type FetchStream, type GuardedFetchOptions } from '../fetch';
import type { PipelineDeps } from './types';

/** One request in the host's turn (pacer), asked again after 429/503 as deps.retry says. */
function paced<R>(url: string, deps: Pick<PipelineDeps, 'pacer' | 'retry'>, once: () => Promise<R>): Promise<R> {
  const { pacer } = deps;
  return withRetryAfter(() => (pacer ? pacer.run(url, once) : once()), {
    ...deps.retry,
    onRetry: (info) => {
      // The host is held back for what its Retry-After asked; holding it for the jittered step's
      // ceiling too would make this request's own retry wait for that ceiling (no jitter left).
      pacer?.holdOff(url, info.waitMs);
      deps.retry?.onRetry?.(info);
    },
  });
}

/**
 * guardedFetch in the host's turn (pacer), asked again after 429/503 as deps.retry says; a
 * Retry-After also holds every other request to that host back. `onFetch` measures each try.
 */
export function pacedFetch(
  url: string,
  opts: GuardedFetchOptions,
  deps: Pick<PipelineDeps, 'pacer' | 'retry'>,
  timed: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
): Promise<FetchResult> {
  return paced(url, deps, () => timed(() => guardedFetch(url, opts)));
}

/** The same for a body read as a stream (feeds): retries and pacing apply up to the response headers. */
export function pacedFetchStream(url: string, opts: GuardedFetchOptions, deps: Pick<PipelineDeps, 'pacer' | 'retry'>): Promise<FetchStream> {
  return paced(url, deps, () => guardedFetchStream(url, opts));
}

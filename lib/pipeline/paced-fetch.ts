import { guardedFetch, withRetryAfter, type FetchResult, type GuardedFetchOptions } from '../fetch';
import type { PipelineDeps } from './types';

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
  const once = () => timed(() => guardedFetch(url, opts));
  const { pacer } = deps;
  return withRetryAfter(() => (pacer ? pacer.run(url, once) : once()), {
    ...deps.retry,
    onRetry: (info) => {
      pacer?.holdOff(url, info.waitMs);
      deps.retry?.onRetry?.(info);
    },
  });
}

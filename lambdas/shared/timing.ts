// Splits a story's wall time into network (robots + page fetch, pacing waits
// excluded) and the rest (clean, extract, validate, store writes) without
// touching lib/: the pacer and robots checker the pipeline calls are timed
// subclasses, and each story's totals live in an AsyncLocalStorage slot.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { HostPacer, RobotsChecker } from '../../lib/fetch';

export interface StoryTiming {
  networkMs: number;
}

const current = new AsyncLocalStorage<StoryTiming>();

/** Runs `fn` with a fresh timing slot; returns its result and the slot. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; timing: StoryTiming; totalMs: number }> {
  const timing: StoryTiming = { networkMs: 0 };
  const t0 = performance.now();
  const value = await current.run(timing, fn);
  return { value, timing, totalMs: performance.now() - t0 };
}

async function addNetwork<T>(task: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await task();
  } finally {
    const slot = current.getStore();
    if (slot) slot.networkMs += performance.now() - t0;
  }
}

/** Timed subclasses of the (lazily imported) pacer and robots classes. */
export function fetchTimer(Pacer: typeof HostPacer, Robots: typeof RobotsChecker) {
  class TimedPacer extends Pacer {
    override run<T>(host: string, task: () => Promise<T>): Promise<T> {
      return super.run(host, () => addNetwork(task));
    }
  }
  class TimedRobots extends Robots {
    override check(url: string): Promise<void> {
      return addNetwork(() => super.check(url));
    }
  }
  return { TimedPacer, TimedRobots };
}

// Builds records in worker threads (piscina), so cleaning and extraction of one page run beside
// the store requests of others: a rebuild is CPU-bound on one thread otherwise (the AWS SDK's
// request work and the extractor take turns on the event loop). Only the command line uses it;
// the reprocess Lambda builds on its own thread (its bundle is one file).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type Piscina from 'piscina';
import type { BuildInput, BuildOutput, RecordBuilder } from './build-record';

export interface BuildPool {
  build: RecordBuilder;
  threads: number;
  /** Builds the workers have finished. */
  completed(): number;
  close(): Promise<void>;
}

/** Worker threads by default: one per core but one, which the event loop and the store's requests keep busy. */
export function defaultBuildThreads(): number {
  return Math.max(0, Math.min(4, availableParallelism() - 1));
}

/**
 * A pool of `threads` worker threads that each load the cleaner and extractor once. The workers run
 * the TypeScript sources through tsx, as the command line itself does.
 */
export function createBuildPool(threads: number): BuildPool {
  // piscina loads with the first pool, not with the command line's default
  const Pool = (require('piscina') as { Piscina: typeof Piscina }).Piscina;
  const pool = new Pool<BuildInput, BuildOutput>({
    filename: join(__dirname, 'build-worker.ts'),
    minThreads: threads,
    maxThreads: threads,
    // tasks wait in the pool's queue while every worker is busy; p-limit bounds how many are in flight
    execArgv: ['--require', 'tsx/cjs'],
  });
  return {
    threads,
    // a copy the size of the page, moved to the worker: the body may be a view of a larger buffer
    build: (inp) => {
      const body = inp.body.slice();
      return pool.run({ ...inp, body }, { transferList: [body.buffer] });
    },
    completed: () => pool.completed,
    close: () => pool.destroy(),
  };
}

// Everything heavy a handler needs, built on its first invocation and then reused:
// importing lib/pipeline (htmlparser2, compromise, gazetteers) and the AWS SDK at
// module load would cost ~600 ms of cold init; deferring it keeps init small.
import type { PipelineDeps } from '../../lib/pipeline/types';
import type { Store } from '../../lib/store';
import { HandlerConfigError } from './errors';

export interface StoreRuntime {
  store: Store;
  bucket: string;
}

export function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name]?.trim();
  if (!v) throw new HandlerConfigError(`${name} is not set`);
  return v;
}

/** The S3 store named by WIREWATCH_BUCKET (WIREWATCH_S3_ENDPOINT for an S3-compatible server). */
export async function storeFromEnv(env: NodeJS.ProcessEnv): Promise<StoreRuntime> {
  const bucket = requireEnv(env, 'WIREWATCH_BUCKET');
  const { createS3Client, createS3Store } = require('../../lib/store') as typeof import('../../lib/store');
  const endpoint = env.WIREWATCH_S3_ENDPOINT?.trim() || undefined;
  return { store: createS3Store(createS3Client({ endpoint }), bucket), bucket };
}

/** Pipeline dependencies: guarded fetch (WIREWATCH_FETCH_ALLOW), robots, per-host pacing (WIREWATCH_PACE_MS). */
export async function pipelineDepsFromEnv(env: NodeJS.ProcessEnv, store: Store): Promise<PipelineDeps> {
  const { RobotsChecker, HostPacer, parseAllowList } = require('../../lib/fetch') as typeof import('../../lib/fetch');
  const fetch = { allow: parseAllowList(env.WIREWATCH_FETCH_ALLOW) };
  const paceMs = Number(env.WIREWATCH_PACE_MS ?? 1000);
  return {
    store,
    fetch,
    robots: new RobotsChecker(fetch),
    pacer: new HostPacer({ minIntervalMs: Number.isFinite(paceMs) && paceMs >= 0 ? paceMs : 1000 }),
  };
}

/** Memoizes an async builder; a failed build is retried on the next call. */
export function lazy<T>(build: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= build().catch((e: unknown) => {
      p = null;
      throw e;
    });
    return p;
  };
}

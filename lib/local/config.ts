// Everything the local runner reads from the environment and the feeds file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeedConfig } from '../types';
import { ConfigurationError, describeError } from '../errors';
import type { S3Client } from '@aws-sdk/client-s3';
import { createS3Client, createS3Store, isFeedId, type Store } from '../store';
import { parseAllowList } from '../fetch/address-guard';
import { startEmbeddedS3 } from './embedded-s3';
import { redactSecrets } from '../redact';

/** The feeds file is missing, not JSON, or not {"feeds":[{id,url,publisher?}]}. */
export class FeedsFileError extends ConfigurationError {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`feeds file ${file}: ${message}`);
    this.file = file;
  }
}

/** An environment variable (WIREWATCH_S3_ENDPOINT, WIREWATCH_PACE_MS) is not usable. */
export class ConfigError extends ConfigurationError {
  constructor(message: string) {
    super(message);
  }
}

/** $WIREWATCH_HOME, else .wirewatch under the working directory. */
export function wirewatchHome(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.WIREWATCH_HOME || join(cwd, '.wirewatch');
}

/** WIREWATCH_FETCH_ALLOW as normalized host:port entries (throws InvalidAllowListError). */
export function fetchAllowFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return parseAllowList(env.WIREWATCH_FETCH_ALLOW);
}

/** WIREWATCH_PACE_MS: minimum ms between two requests to one host (default 1000). */
export function paceFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.WIREWATCH_PACE_MS?.trim();
  if (!raw) return 1000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`WIREWATCH_PACE_MS must be a whole number of milliseconds, got ${raw}`);
  return n;
}

/** Validates the parsed JSON of a feeds file. Pure; `file` only names the source in errors. */
export function parseFeedsConfig(value: unknown, file = 'feeds file'): FeedConfig[] {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { feeds?: unknown }).feeds)) {
    throw new FeedsFileError(file, 'expected an object {"feeds": [...]}');
  }
  const feeds: FeedConfig[] = [];
  const seen = new Set<string>();
  (value as { feeds: unknown[] }).feeds.forEach((f, i) => {
    const where = `feeds[${i}]`;
    if (typeof f !== 'object' || f === null) throw new FeedsFileError(file, `${where} is not an object`);
    const { id, url, publisher } = f as Record<string, unknown>;
    if (typeof id !== 'string' || !isFeedId(id)) {
      throw new FeedsFileError(file, `${where}.id must be letters, digits, '.', '_' or '-' (got ${JSON.stringify(id)})`);
    }
    if (seen.has(id)) throw new FeedsFileError(file, `${where}.id ${JSON.stringify(id)} is used twice`);
    seen.add(id);
    let parsed: URL | null = null;
    try {
      parsed = typeof url === 'string' ? new URL(url) : null;
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      throw new FeedsFileError(file, `${where}.url must be an absolute http(s) URL (got ${JSON.stringify(url)})`);
    }
    if (publisher !== undefined && publisher !== null && typeof publisher !== 'string') {
      throw new FeedsFileError(file, `${where}.publisher must be a string`);
    }
    feeds.push({ id, url: parsed.toString(), ...(typeof publisher === 'string' ? { publisher } : {}) });
  });
  return feeds;
}

export async function loadFeedsFile(file: string): Promise<FeedConfig[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FeedsFileError(file, code === 'ENOENT' ? 'no such file' : `cannot read: ${describeError(e)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new FeedsFileError(file, `not valid JSON: ${describeError(e)}`);
  }
  return parseFeedsConfig(value, file);
}

export interface OpenedStore {
  store: Store;
  /** The S3 client behind the store (for request counting). */
  client?: S3Client;
  /** Human description: "s3://bucket" or "embedded S3 at http://127.0.0.1:PORT (dir)". */
  where: string;
  close(): Promise<void>;
}

/**
 * The store chosen by the environment (DESIGN.md): WIREWATCH_BUCKET (+ AWS variables,
 * WIREWATCH_S3_ENDPOINT) selects that bucket; otherwise an embedded s3rver under
 * $WIREWATCH_HOME/s3 (default .wirewatch/s3).
 */
export async function openStoreFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  opts: { soleWriter?: boolean } = {},
): Promise<OpenedStore> {
  const bucket = env.WIREWATCH_BUCKET?.trim();
  if (bucket) {
    const endpoint = env.WIREWATCH_S3_ENDPOINT?.trim() || undefined;
    if (endpoint) {
      try {
        new URL(endpoint);
      } catch {
        throw new ConfigError(`WIREWATCH_S3_ENDPOINT is not a URL: ${endpoint}`);
      }
    }
    // Credentials come from the SDK's default chain (AWS_ACCESS_KEY_ID, profiles, roles).
    const client = createS3Client({ endpoint, region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined });
    return {
      store: createS3Store(client, bucket),
      client,
      where: endpoint ? `bucket ${bucket} at ${redactSecrets(endpoint)}` : `s3://${bucket}`,
      close: async () => client.destroy(),
    };
  }
  const directory = join(wirewatchHome(env, cwd), 's3');
  const s3 = await startEmbeddedS3({ directory });
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  return {
    // Only an embedded store can have one writer; a bucket named in the environment is shared.
    store: createS3Store(client, s3.bucket, { soleWriter: opts.soleWriter }),
    client,
    where: `embedded S3 at ${s3.endpoint} (data in ${directory})`,
    close: async () => {
      client.destroy();
      await s3.stop();
    },
  };
}

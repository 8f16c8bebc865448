// The local runner behind `wirewatch run|serve|demo`: the same lib/ pipeline the
// lambdas call, with the store chosen by the environment and a loop instead of a schedule.
import { join } from 'node:path';
import type { FeedConfig } from '../types';
import { WirewatchError, describeError } from '../errors';
import { HostPacer, RobotsChecker, type GuardedFetchOptions } from '../fetch';
import { formatSummary, runOnce, type PipelineDeps, type RunSummary } from '../pipeline';
import type { S3Client } from '@aws-sdk/client-s3';
import { createS3Client, createS3Store, type Store } from '../store';
import { fetchAllowFromEnv, loadFeedsFile, openStoreFromEnv, paceFromEnv, wirewatchHome, type OpenedStore } from './config';
import { startEmbeddedS3 } from './embedded-s3';
import { LOCAL_COMPACTION } from './compaction';
import { startHttpServer, type RunningHttpServer } from './http-server';

/** The HTTP port asked for is taken (or not ours to bind). */
export class PortInUseError extends WirewatchError {
  constructor(port: number, why: string) {
    super('network', `cannot listen on 127.0.0.1:${port}: ${why}${port ? ' (try --port 0 for any free port)' : ''}`);
  }
}

/** WIREWATCH_PACE_MS=0 switches per-host pacing off (loopback benchmarks): no pause, no per-host cap. */
export function pipelineDeps(store: Store, allow: string[], opts: { paceMs?: number } = {}): PipelineDeps {
  const fetch: GuardedFetchOptions = { allow };
  const paceMs = opts.paceMs ?? 1000;
  return {
    store,
    fetch,
    robots: new RobotsChecker(fetch),
    ...(paceMs > 0 ? { pacer: new HostPacer({ minIntervalMs: paceMs }) } : {}),
  };
}

/** Resolves on the first SIGINT/SIGTERM, or when `ms` has passed (if given). */
export function untilSignal(ms?: number): Promise<'signal' | 'timeout'> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const done = (how: 'signal' | 'timeout') => {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(how);
    };
    const onSignal = () => done('signal');
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    if (ms !== undefined) timer = setTimeout(() => done('timeout'), ms);
  });
}

/** Loopback addresses: serving there needs no warning. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** What `serve --host` prints when told to listen beyond loopback. */
export function exposedWarning(host: string): string {
  return `wirewatch: warning: serving on ${host}, not loopback: the browse API has no authentication, so anyone who can reach this address can read every record and failure. Put an authenticating proxy in front, or use the deployed stack (Cognito).\n`;
}

async function listen(store: Store, port: number, host = '127.0.0.1'): Promise<RunningHttpServer> {
  try {
    return await startHttpServer({ store, port, host });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PortInUseError(port, 'address in use');
    if (code === 'EACCES') throw new PortInUseError(port, 'permission denied');
    throw e;
  }
}

function printSummary(summary: RunSummary, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
}

export interface RunCommandOptions {
  feedsFile: string;
  once: boolean;
  json: boolean;
  everyMinutes: number;
  /** Stories processed at the same time (default 4). */
  concurrency?: number;
  /** Add per-story p50/p95, time by step, store requests by kind and peak RSS to the summary. */
  timing?: boolean;
  /** With once: stop taking new stories after this many seconds (the rest are left for the next run). */
  maxSeconds?: number;
}

/** Counts the store's S3 requests by command (GetObject, PutObject...) for --timing. */
function countRequests(client: S3Client | null): Record<string, number> {
  const counts: Record<string, number> = {};
  client?.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      counts[name] = (counts[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'wirewatchRequestCounter' },
  );
  return counts;
}

export async function runCommand(opts: RunCommandOptions): Promise<number> {
  const feeds = await loadFeedsFile(opts.feedsFile);
  const allow = fetchAllowFromEnv();
  const paceMs = paceFromEnv();
  // The run owns its embedded store (its own s3rver child): it may answer index questions from memory.
  const opened = await openStoreFromEnv(process.env, process.cwd(), { soleWriter: true });
  const requests = opts.timing ? countRequests(opened.client ?? null) : null;
  try {
    const deps = pipelineDeps(opened.store, allow, { paceMs });
    for (;;) {
      // Ctrl-C or the time budget: stories in flight finish, the rest are left for the next run.
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      const budget = opts.maxSeconds ? setTimeout(onSignal, opts.maxSeconds * 1000) : null;
      const summary = await runOnce(feeds, deps, { concurrency: opts.concurrency, timing: opts.timing, signal: stop.signal }).finally(() => {
        if (budget) clearTimeout(budget);
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      });
      if (summary.timing && requests) {
        summary.timing.storeRequests = { ...requests };
        summary.timing.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
        const cpu = process.cpuUsage();
        summary.timing.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
      }
      // The local stand-in for the deployment's scheduled compactor (lib/store/browse-index.ts).
      // A failed compaction loses nothing (what it did not fold stays pending): say so and go on.
      await opened.store.browseIndex.compact(LOCAL_COMPACTION).catch((e: unknown) => {
        process.stderr.write(`browse index compaction failed (will retry): ${describeError(e)}\n`);
      });
      printSummary(summary, opts.json);
      if (stop.signal.aborted && !opts.maxSeconds) return 130;
      if (opts.once) return summary.feeds.total > 0 && summary.feeds.failed === summary.feeds.total ? 1 : 0;
      if ((await untilSignal(opts.everyMinutes * 60_000)) === 'signal') return 0;
    }
  } finally {
    await opened.close();
  }
}

export async function serveCommand(opts: { port: number; host?: string }): Promise<number> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) process.stderr.write(exposedWarning(host));
  const opened = await openStoreFromEnv();
  try {
    const http = await listen(opened.store, opts.port, host);
    process.stdout.write(`store: ${opened.where}\n${http.url}\n`);
    await untilSignal();
    await http.close();
    return 0;
  } finally {
    await opened.close();
  }
}

/** The demo site's fixed port keeps story URLs (and so ids) stable from one `npm start` to the next. */
export const DEMO_SITE_PORT = 8471;

export async function demoCommand(opts: { port: number; demoSitePort?: number; exitAfterRun?: boolean }): Promise<number> {
  // Loaded here: the demo site belongs to the demo only.
  const { startDemoSite } = require('./demo-site') as typeof import('./demo-site');
  const directory = join(wirewatchHome(), 's3');
  const s3 = await startEmbeddedS3({ directory });
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  const opened: OpenedStore = {
    // One process ingests and serves: it is the store's only writer.
    store: createS3Store(client, s3.bucket, { soleWriter: true }),
    where: `embedded S3 at ${s3.endpoint} (data in ${directory})`,
    close: async () => {
      client.destroy();
      await s3.stop();
    },
  };
  let site: Awaited<ReturnType<typeof startDemoSite>> | null = null;
  let http: RunningHttpServer | null = null;
  try {
    // Bind the page's port first: a taken port fails fast, before any ingestion.
    http = await listen(opened.store, opts.port);
    const sitePort = opts.demoSitePort ?? DEMO_SITE_PORT;
    site = await startDemoSite({ port: sitePort }).catch(() => startDemoSite({ port: 0 }));
    const siteHost = new URL(site.origin).host;
    const allow = [...fetchAllowFromEnv(), siteHost];
    process.stdout.write(`demo site: ${site.origin} (${site.feeds.length} feeds)\nstore: ${opened.where}\ningesting...\n`);
    const feeds: FeedConfig[] = site.feeds;
    // The demo site is ours and on loopback: no need for a second between requests.
    const summary = await runOnce(feeds, pipelineDeps(opened.store, allow, { paceMs: 20 }));
    // The page was bound before ingesting: its index must show what this pass just wrote.
    await http.refresh();
    process.stdout.write(`${formatSummary(summary)}\n`);
    process.stdout.write(`\nanalyst page: ${http.url}\n(Ctrl-C to stop)\n`);
    if (!opts.exitAfterRun) await untilSignal();
    return 0;
  } finally {
    await http?.close();
    await site?.close();
    await opened.close();
  }
}

// npm run bench:ingest — `wirewatch run --once --json` over a loopback publisher with the real
// embedded store (s3rver), then the store listed to check that every page served ended as
// exactly one record (or merged into one) or one failure record; a second run right after
// (conditional GET, nothing fetched twice); then one feed of 100,000 items under a time budget
// (bounded memory: the items stream through a bounded queue). Options: --pages-per-feed N,
// --feeds N, --concurrency N, --big N (items in the big feed, 0 skips it), --big-seconds S.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { startEmbeddedS3 } from '../../lib/local/embedded-s3';
import { createS3Client, createS3Store } from '../../lib/store';
import type { RunSummary } from '../../lib/pipeline';
import { startPublisher, type Publisher } from './publisher';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const ROOT = resolve(__dirname, '..', '..');

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '50' },
    'pages-per-feed': { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '4' },
    big: { type: 'string', default: '100000' },
    'big-seconds': { type: 'string', default: '20' },
  },
});
const FEEDS = Number(values.feeds);
const PER_FEED = Number(values['pages-per-feed']);
const CONCURRENCY = Number(values.concurrency);
const BIG = Number(values.big);
const BIG_SECONDS = Number(values['big-seconds']);

interface ChildRun {
  summary: RunSummary;
  wallMs: number;
  /** VmHWM of the embedded s3rver (the run's child), MB. */
  s3PeakMb: number;
  /** CPU seconds of the embedded s3rver (last sample before it exited). */
  s3CpuS: number;
  stderr: string;
}

function vmHwmMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

function runWirewatch(args: string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  const t0 = performance.now();
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the run process.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin', 'wirewatch.cjs'), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let s3Peak = 0;
  let s3Cpu = 0;
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const sampler = setInterval(() => {
    for (const pid of childrenOf(child.pid ?? -1)) {
      s3Peak = Math.max(s3Peak, vmHwmMb(pid));
      s3Cpu = Math.max(s3Cpu, cpuSeconds(pid));
    }
  }, 250);
  return new Promise((resolvePromise, reject) => {
    child.on('exit', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - t0;
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolvePromise({ summary: JSON.parse(line) as RunSummary, wallMs, s3PeakMb: s3Peak, s3CpuS: s3Cpu, stderr: err });
      } catch {
        reject(new Error(`wirewatch run exited ${code} without a JSON summary:\n${out}\n${err}`));
      }
    });
  });
}

async function listKeys(client: S3Client, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const res = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of res.Contents ?? []) if (o.Key) keys.push(o.Key);
    token = res.IsTruncated ? res.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

interface StoreCheck {
  records: number;
  failures: number;
  raw: number;
  /** Served page URLs found in no record and no failure. */
  lost: number;
  /** Served page URLs found more than once (two records, or a record and a failure). */
  duplicated: number;
  failuresByReason: Record<string, number>;
}

/** Lists the store and checks every served page URL against records' sourceUrls and failures' url. */
async function checkStore(dir: string, pub: Publisher): Promise<StoreCheck> {
  const s3 = await startEmbeddedS3({ directory: join(dir, 's3') });
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  const store = createS3Store(client, s3.bucket);
  try {
    const seen = new Map<string, number>();
    const add = (u: string) => seen.set(u, (seen.get(u) ?? 0) + 1);
    const recordKeys = (await listKeys(client, s3.bucket, 'records/')).filter((k) => k.endsWith('.json'));
    for (let i = 0; i < recordKeys.length; i += 32) {
      const batch = await Promise.all(recordKeys.slice(i, i + 32).map((k) => store.getRecordByKey(k)));
      for (const r of batch) if (r) for (const u of r.sourceUrls ?? [r.url]) add(u);
    }
    const failureKeys = (await listKeys(client, s3.bucket, 'failures/')).filter((k) => k.endsWith('.json'));
    const failuresByReason: Record<string, number> = {};
    for (let i = 0; i < failureKeys.length; i += 32) {
      const batch = await Promise.all(
        failureKeys.slice(i, i + 32).map(async (k) => {
          const res = await client.send(new (await import('@aws-sdk/client-s3')).GetObjectCommand({ Bucket: s3.bucket, Key: k }));
          return JSON.parse(await res.Body!.transformToString()) as { url: string; reason: string };
        }),
      );
      for (const f of batch) {
        add(f.url);
        failuresByReason[f.reason] = (failuresByReason[f.reason] ?? 0) + 1;
      }
    }
    let lost = 0;
    let duplicated = 0;
    for (const p of pub.pages) {
      const n = seen.get(p.url) ?? 0;
      if (n === 0) lost++;
      if (n > 1) duplicated++;
    }
    const raw = (await listKeys(client, s3.bucket, 'raw/')).length;
    return { records: recordKeys.length, failures: failureKeys.length, raw, lost, duplicated, failuresByReason };
  } finally {
    client.destroy();
    await s3.stop();
  }
}

function mb(n: number): string {
  return `${n} MB`;
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'wirewatch-bench-ingest-'));
  const pub = await startPublisher({ feeds: FEEDS, perFeed: PER_FEED, copyEvery: 100, goneEvery: 100, bigFeedItems: BIG });
  const host = new URL(pub.origin).host;
  const env = { ...process.env, WIREWATCH_HOME: home, WIREWATCH_FETCH_ALLOW: host, WIREWATCH_PACE_MS: '0', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
  const feedsFile = join(home, 'feeds.json');
  writeFileSync(feedsFile, JSON.stringify({ feeds: pub.feedUrls.map((url, i) => ({ id: `bench-${i}`, url, publisher: 'Bench Wire' })) }));
  const served = pub.pages.length;
  const kinds = { story: 0, copy: 0, gone: 0 };
  for (const p of pub.pages) kinds[p.kind]++;
  console.log(`publisher: ${pub.origin}, ${FEEDS} feeds x ${PER_FEED} stories = ${served} page URLs (${kinds.story} distinct stories, ${kinds.copy} partner copies naming another story's canonical URL, ${kinds.gone} gone: 404)`);
  console.log(`wirewatch run --once --json --timing --concurrency ${CONCURRENCY}, WIREWATCH_PACE_MS=0 (per-host pacing off), embedded s3rver under ${home}`);
  try {
    const args = ['run', '--once', '--json', '--timing', '--feeds', feedsFile, '--concurrency', String(CONCURRENCY)];
    const first = await runWirewatch(args, env);
    const s = first.summary;
    const t = s.timing!;
    const done = s.stories.recorded + s.stories.merged + s.stories.failed;
    console.log('\nfirst run');
    console.log(`  stories: ${s.stories.found} found, ${s.stories.new} new, ${s.stories.recorded} recorded, ${s.stories.merged} merged, ${s.stories.failed} failed ${JSON.stringify(s.stories.failedByReason)}, ${s.stories.deferred} left for the next run`);
    console.log(`  ${(done / (first.wallMs / 1000)).toFixed(1)} stories/s whole process (${(first.wallMs / 1000).toFixed(1)} s wall, start-up and store start included); ${(done / (s.durationMs / 1000)).toFixed(1)} stories/s inside the run (${(s.durationMs / 1000).toFixed(1)} s)`);
    console.log(`  per story: p50 ${t.p50Ms} ms, p95 ${t.p95Ms} ms (processStory wall time, ${CONCURRENCY} at a time)`);
    const total = t.stepMs.fetchMs + t.stepMs.cleanMs + t.stepMs.extractMs + t.stepMs.storeMs;
    const share = (x: number) => `${((100 * x) / total).toFixed(0)}%`;
    console.log(`  time by step (summed over stories): fetch ${share(t.stepMs.fetchMs)}, clean ${share(t.stepMs.cleanMs)}, extract+record ${share(t.stepMs.extractMs)}, store ${share(t.stepMs.storeMs)}`);
    const reqs = Object.entries(t.storeRequests ?? {}).sort((a, b) => b[1] - a[1]);
    const nReq = reqs.reduce((a, [, n]) => a + n, 0);
    console.log(`  store requests: ${nReq} (${(nReq / Math.max(1, s.stories.new)).toFixed(1)} per story): ${reqs.map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`  CPU: wirewatch ${((t.cpuMs ?? 0) / 1000).toFixed(1)} s, embedded s3rver ${first.s3CpuS.toFixed(1)} s (2 cores shared with other work)`);
    console.log(`  peak RSS: wirewatch ${mb(t.peakRssMb ?? 0)}, embedded s3rver ${mb(first.s3PeakMb)}`);
    const c1 = await checkStore(home, pub);
    console.log(`  store listed: ${c1.records} record objects + ${s.stories.merged} merged into them + ${c1.failures} failure records ${JSON.stringify(c1.failuresByReason)} = ${c1.records + s.stories.merged + c1.failures} vs ${served} pages served; raw archives ${c1.raw}; lost ${c1.lost}, duplicated ${c1.duplicated}`);
    console.log(`  counters agree with the store: ${s.stories.recorded === c1.records && s.stories.failed === c1.failures ? 'yes' : 'NO'}`);

    pub.resetCounts();
    const second = await runWirewatch(args, env);
    const r = pub.requests;
    console.log('\nsecond run, right after');
    console.log(`  requests: ${r.feed200 + r.feed304 + r.page + r.robots + r.other} in all: feeds ${r.feed304} answered 304 and ${r.feed200} sent a body, ${r.page} pages (${r.pageRepeats} fetched twice), ${r.robots} robots.txt`);
    console.log(`  stories: ${second.summary.stories.new} new, ${second.summary.stories.recorded} recorded, ${second.summary.stories.failed} failed (${(second.wallMs / 1000).toFixed(1)} s wall)`);
    const c2 = await checkStore(home, pub);
    console.log(`  store unchanged: ${c2.records === c1.records && c2.failures === c1.failures && c2.raw === c1.raw ? 'yes' : 'NO'} (${c2.records} records, ${c2.failures} failures, ${c2.raw} raw)`);

    if (BIG > 0) {
      const bigHome = mkdtempSync(join(tmpdir(), 'wirewatch-bench-big-'));
      const bigFeeds = join(bigHome, 'feeds.json');
      writeFileSync(bigFeeds, JSON.stringify({ feeds: [{ id: 'bench-big', url: `${pub.origin}/feeds/big.xml` }] }));
      pub.resetCounts();
      const big = await runWirewatch(['run', '--once', '--json', '--timing', '--feeds', bigFeeds, '--concurrency', String(CONCURRENCY), '--max-seconds', String(BIG_SECONDS)], { ...env, WIREWATCH_HOME: bigHome });
      const b = big.summary;
      console.log(`\none feed of ${BIG.toLocaleString('en-US')} items, stopped after ${BIG_SECONDS} s (--max-seconds)`);
      console.log(`  stories: ${b.stories.found} found, ${b.stories.new} new, ${b.stories.recorded} recorded, ${b.stories.failed} failed, ${b.stories.deferred} left for the next run`);
      console.log(`  at most ${b.timing?.peakQueued} stories queued or running at once; peak RSS: wirewatch ${mb(b.timing?.peakRssMb ?? 0)}, embedded s3rver ${mb(big.s3PeakMb)} (${(big.wallMs / 1000).toFixed(1)} s wall)`);
      rmSync(bigHome, { recursive: true, force: true });
    }
  } finally {
    await pub.close();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

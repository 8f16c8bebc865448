// npm run bench:api — the browse API at 10,000 and 50,000 records.
//
// Loads the embedded store (s3rver under a temp WIREWATCH_HOME), starts the real
// `wirewatch serve` as a child process, and prints p50/p95 per query shape, the time from
// start to the first answer, and the peak RSS of the serve process.
//
// How the store is filled: records are clones of the e2e fixture records (new URLs and so
// ids, dates spread over two years, actors, countries and types drawn from pools so facets
// and the matrix have spread). 50,000 records through S3 PUTs would take minutes here, so
// the record objects and their pointers are written as s3rver's own files
// ({dir}/{bucket}/{key}._S3rver_object: that is how s3rver stores an object; it computes
// the ETag on first read). The browse index goes through the product's code: entries are
// made by toBrowseEntry, each month's entries are written as shards with the store's
// putShard over S3 (what compaction writes), the newest 500 as pending entries with putEntry
// (what putRecord writes), and going from 10,000 to 50,000 runs the real compact() to merge
// the second batch's shards into the first's.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { startEmbeddedS3 } from '../../lib/local/embedded-s3';
import { createS3Client, createS3Store, monthOf, recordIndexKey, recordKey, toBrowseEntry, type BrowseEntry, type RecordPointer } from '../../lib/store';
import { clone, rng } from './corpus';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ROOT = join(__dirname, '..', '..');
const BUCKET = 'wirewatch';
// BENCH_API_SIZES=2000,5000 for a quick look; the figures in the README are the default.
const SIZES = (process.env.BENCH_API_SIZES ?? '10000,50000').split(',').map(Number);
// Entries written since the last compaction when serve starts: 200, more than a live store
// keeps (serve folds a month at 50 pending or after 10 minutes; the cloud compactor every 5).
const PENDING = 200;
const RUNS = 40;
const EXPORT_RUNS = 5;

/** One object as s3rver keeps it on disk. */
function writeObjectFile(dir: string, key: string, body: string): void {
  const file = join(dir, BUCKET, `${key}._S3rver_object`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, body);
}

interface Loaded {
  ids: string[];
}

export async function load(dir: string, from: number, to: number): Promise<Loaded> {
  const rand = rng(from + 7);
  const entries: BrowseEntry[] = [];
  const ids: string[] = [];
  const written = new Date().toISOString();
  for (let i = from; i < to; i++) {
    const r = clone(i, rand);
    const key = recordKey(r);
    writeObjectFile(dir, key, JSON.stringify(r));
    const pointer: RecordPointer = { id: r.id, key, contentHash: r.contentHash, publishedAt: r.publishedAt, fetchedAt: r.fetchedAt, extractorVersion: r.extractor.version };
    writeObjectFile(dir, recordIndexKey(r.id), JSON.stringify(pointer));
    entries.push(toBrowseEntry(r, written));
    ids.push(r.id);
  }
  const s3 = await startEmbeddedS3({ directory: dir, bucket: BUCKET });
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  try {
    const store = createS3Store(client, BUCKET);
    entries.sort((a, b) => (a.at < b.at ? -1 : 1));
    const tail = entries.splice(entries.length - PENDING, PENDING);
    const byMonth = new Map<string, BrowseEntry[]>();
    for (const e of entries) (byMonth.get(monthOf(e.at)) ?? byMonth.set(monthOf(e.at), []).get(monthOf(e.at))!).push(e);
    const limit = pLimit(8);
    await Promise.all([...byMonth].map(([m, es]) => limit(() => store.browseIndex.putShard(m, es))));
    if (from > 0) {
      // The new batch's shards sit beside the old ones (and the old pending entries): merge them.
      const t0 = Date.now();
      const report = await store.browseIndex.compact();
      process.stdout.write(`  compaction: ${report.months.length} months, ${report.folded} pending entries folded in ${Date.now() - t0} ms\n`);
    }
    // Entries written since the last compaction, as a live store has them.
    await Promise.all(tail.map((e) => limit(() => store.browseIndex.putEntry(e))));
  } finally {
    client.destroy();
    await s3.stop();
  }
  return { ids };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function startServe(home: string): Promise<{ child: ChildProcess; origin: string; firstAnswerMs: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/wirewatch.cjs'), 'serve', '--port', '0'], {
    env: { ...process.env, WIREWATCH_HOME: home, WIREWATCH_BUCKET: '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${err}`)));
  });
  for (;;) {
    const res = await fetch(`${origin}/api/records?limit=50`).catch(() => null);
    if (res?.ok) {
      await res.arrayBuffer();
      return { child, origin, firstAnswerMs: Date.now() - started };
    }
    if (Date.now() - started > 120_000) throw new Error('no answer within 120 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timed(url: string): Promise<{ ms: number; body: string; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - t0, body, status: res.status };
}

async function shape(name: string, urls: () => string, runs = RUNS): Promise<string> {
  await timed(urls()); // warm: first use of a code path
  const times: number[] = [];
  let count = '';
  for (let i = 0; i < runs; i++) {
    const r = await timed(urls());
    if (r.status !== 200) throw new Error(`${name}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
    times.push(r.ms);
    if (!count) {
      try {
        const j = JSON.parse(r.body) as { total?: number; items?: unknown[] };
        count = j.total !== undefined ? `total ${j.total}` : '';
      } catch {
        count = `${r.body.split('\n').length - 2} rows`;
      }
    }
  }
  return `${name.padEnd(22)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)}   ${count}`;
}

async function benchSize(home: string, n: number, ids: string[]): Promise<void> {
  const { child, origin, firstAnswerMs } = await startServe(home);
  try {
    const api = `${origin}/api`;
    // Full text is built behind the first answers; wait for it before timing q=.
    const searchReady = Date.now();
    await timed(`${api}/records?q=hospital&limit=1`);
    const searchMs = Date.now() - searchReady;
    let k = 0;
    const nextId = () => ids[(k++ * 7919) % ids.length];
    // The cursor of the 20th page of the newest-first list, 50 a page.
    let cursor = '';
    for (let p = 1; p < 20; p++) {
      const j = JSON.parse((await timed(`${api}/records?limit=50${cursor ? `&cursor=${cursor}` : ''}`)).body) as { nextCursor: string };
      cursor = j.nextCursor;
    }
    // Incidents are grouped on the first incidents request: time it apart from the shapes.
    const peakBeforeIncidents = peakRssMb(child.pid!);
    const groupStarted = Date.now();
    const firstIncidents = JSON.parse((await timed(`${api}/incidents?limit=100`)).body) as { items: Array<{ id: string }>; total: number };
    const groupMs = Date.now() - groupStarted;
    const peakAfterGrouping = peakRssMb(child.pid!);
    const incidentIds = firstIncidents.items.map((i) => i.id);
    let ki = 0;
    const nextIncident = () => incidentIds[ki++ % incidentIds.length];
    const lines = [
      await shape('newest', () => `${api}/records?limit=50`),
      await shape('one country', () => `${api}/records?country=UA&limit=50`),
      await shape('one actor', () => `${api}/records?actor=sandworm&limit=50`),
      await shape('free text', () => `${api}/records?q=hospital%20ransomware&limit=50`),
      await shape('date range', () => `${api}/records?from=2024-06-01&to=2024-08-31&limit=50`),
      await shape('20th page', () => `${api}/records?limit=50&cursor=${cursor}`),
      await shape('facets', () => `${api}/facets`),
      await shape('facets, one country', () => `${api}/facets?victim=UA`),
      await shape('detail', () => `${api}/records/${nextId()}`),
      await shape('incidents', () => `${api}/incidents?limit=50`),
      await shape('incidents, one country', () => `${api}/incidents?victim=UA&limit=50`),
      await shape('incident detail', () => `${api}/incidents/${nextIncident()}`),
      // About a fifth of the stories: 10,000 at 50,000.
      await shape('export csv (filtered)', () => `${api}/export?format=csv&from=2024-01-01&to=2024-05-24`, EXPORT_RUNS),
    ];
    process.stdout.write(`\n${n.toLocaleString('en-US')} records\n`);
    process.stdout.write(`first answer after start: ${firstAnswerMs} ms (spawn of wirewatch serve, embedded S3 start, index load, first GET /api/records)\n`);
    process.stdout.write(`full-text index ready: ${searchMs} ms after the first answer\n`);
    process.stdout.write(`incidents grouped: ${firstIncidents.total} incidents, first GET /api/incidents answered in ${groupMs} ms\n`);
    process.stdout.write(`${'shape'.padEnd(22)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}\n${lines.join('\n')}\n`);
    process.stdout.write(`peak RSS of wirewatch serve: ${peakRssMb(child.pid!)} MB (before the first incidents request ${peakBeforeIncidents} MB, right after it ${peakAfterGrouping} MB)\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'wirewatch-bench-api-'));
  const dir = join(home, 's3');
  const t0 = Date.now();
  try {
    let ids: string[] = [];
    let have = 0;
    for (const n of SIZES) {
      const l0 = Date.now();
      const loaded = await load(dir, have, n);
      ids = ids.concat(loaded.ids);
      process.stdout.write(`loaded ${n - have} more records (${n} in all) in ${((Date.now() - l0) / 1000).toFixed(1)} s\n`);
      have = n;
      await benchSize(home, n, ids);
    }
    process.stdout.write(`\nbench:api took ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}

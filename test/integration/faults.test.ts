// Faults with real processes: the embedded S3 server killed mid-run, and `wirewatch run`
// itself SIGKILLed mid-batch. Each checks the invariant by listing the store afterwards.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedS3, type EmbeddedS3 } from '../../lib/local/embedded-s3';
import { createS3Client } from '../../lib/store';
import { startPublisher, type Publisher } from '../../bench/ingest/publisher';
import { invariantBreaks, listStore } from '../helpers/store-invariant';
import { runCli, until } from '../helpers/run-cli';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
jest.setTimeout(60_000);

let pub: Publisher;
let dir: string;
let feedsFile: string;

beforeEach(async () => {
  // 2 feeds x 12 stories; every 12th a partner copy (merged), none gone. Pages take 30 ms.
  pub = await startPublisher({ feeds: 2, perFeed: 12, copyEvery: 12, delayMs: 30 });
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-faults-'));
  feedsFile = join(dir, 'feeds.json');
  writeFileSync(feedsFile, JSON.stringify({ feeds: pub.feedUrls.map((url, i) => ({ id: `f${i}`, url })) }));
});
afterEach(async () => {
  await pub.close();
  rmSync(dir, { recursive: true, force: true });
});

const baseEnv = () => ({ WIREWATCH_FETCH_ALLOW: new URL(pub.origin).host, WIREWATCH_PACE_MS: '0' });

async function listed(s3: EmbeddedS3) {
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  try {
    return await listStore(client, s3.bucket);
  } finally {
    client.destroy();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe('the store goes away mid-run', () => {
  it('stories it cannot take are retried, then left for the next run (never failed); after a restart the next run completes them', async () => {
    const s3dir = join(dir, 's3');
    let s3 = await startEmbeddedS3({ directory: s3dir });
    const storeEnv = (e: EmbeddedS3) => ({
      ...baseEnv(),
      WIREWATCH_BUCKET: e.bucket,
      WIREWATCH_S3_ENDPOINT: e.endpoint,
      AWS_ACCESS_KEY_ID: e.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: e.credentials.secretAccessKey,
      AWS_REGION: 'us-east-1',
    });
    const run = runCli(['run', '--once', '--json', '--feeds', feedsFile], storeEnv(s3));
    // About a third of the 24 pages in: the S3 server dies (SIGKILL, no goodbye).
    await until(() => pub.requests.page >= 8, 30_000, '8 pages fetched');
    process.kill(s3.pid, 'SIGKILL');
    const first = await run.done;
    expect(first.summary).not.toBeNull();
    const s1 = first.summary!.stories;
    expect(s1.deferred).toBeGreaterThan(0);
    expect(s1.failed).toBe(0);
    expect(s1.failedByReason.store).toBeUndefined();
    expect(s1.new).toBe(s1.recorded + s1.merged + s1.failed + s1.deferred);

    s3 = await startEmbeddedS3({ directory: s3dir });
    try {
      const second = await runCli(['run', '--once', '--json', '--feeds', feedsFile], storeEnv(s3)).done;
      expect(second.summary!.stories).toMatchObject({ deferred: 0, failed: 0 });
      const store = await listed(s3);
      const expected = pub.pages.map((p) => p.url);
      expect(invariantBreaks(store, expected)).toEqual({ lost: [], duplicated: [] });
      expect(store.failures).toEqual([]);
      expect(store.records).toHaveLength(pub.pages.filter((p) => p.kind === 'story').length);
      expect(new Set(store.records.map((r) => r.id)).size).toBe(store.records.length);
      expect(store.raw.size).toBe(store.records.length);
      // The counters agree with the store over both runs.
      expect(s1.recorded + second.summary!.stories.recorded).toBe(store.records.length);
    } finally {
      await s3.stop();
    }
  });
});

describe('the process is killed mid-batch', () => {
  it('a rerun completes with no duplicate, no half-written record, and every raw archive written once', async () => {
    const env = { ...baseEnv(), WIREWATCH_HOME: dir };
    const run = runCli(['run', '--once', '--json', '--feeds', feedsFile], env);
    await until(() => pub.requests.page >= 8, 30_000, '8 pages fetched');
    const s3pids = childrenOf(run.child.pid!);
    run.child.kill('SIGKILL');
    const killed = await run.done;
    expect(killed.signal).toBe('SIGKILL');
    // Its embedded S3 server notices the closed pipe and exits.
    await until(() => s3pids.every((p) => !alive(p)), 10_000, 'the orphaned s3rver to exit');

    let s3 = await startEmbeddedS3({ directory: join(dir, 's3') });
    const afterKill = await listed(s3);
    await s3.stop();
    expect(afterKill.records.length).toBeLessThan(pub.pages.length);

    const rerun = await runCli(['run', '--once', '--json', '--feeds', feedsFile], env).done;
    expect(rerun.code).toBe(0);
    s3 = await startEmbeddedS3({ directory: join(dir, 's3') });
    try {
      const store = await listed(s3); // every record object parses and validates
      expect(invariantBreaks(store, pub.pages.map((p) => p.url))).toEqual({ lost: [], duplicated: [] });
      expect(store.records).toHaveLength(pub.pages.filter((p) => p.kind === 'story').length);
      expect(store.failures).toEqual([]);
      expect(store.raw.size).toBe(store.records.length);
      // What the killed run archived was not written again.
      for (const [key, stamp] of afterKill.raw) expect(store.raw.get(key)).toBe(stamp);
    } finally {
      await s3.stop();
    }
  });
});

// npm run bench:reprocess — rebuilds 10,000 archived stories with the real
// `wirewatch reprocess` command against the embedded S3 server, and prints stories per second,
// peak RSS and where the time went. The peer, in the same run: `wirewatch extract --timing`
// over the same distinct pages (what bench:clean's CLI line measures).
//
// The archive: the 90 real news pages of the shared article-extraction set (test/fixtures/pages
// when ../shared is absent), each archived ~111 times under its own URL (a canonical link to that
// URL is put first in <head>, so each copy is its own story), spread over 10 fetch days. Every copy
// has a record written by an "older extractor" (version bench-seed, countries left out, a shorter summary), so every
// one is rebuilt and rewritten: the slow path. Copies after the first of each page carry duplicateOf.
//
// Options: --stories N (default 10000), --concurrency N (default 8, what the command uses),
// --threads N (worker threads that build records; default: the command's own default).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { startEmbeddedS3 } from '../../lib/local/embedded-s3';
import { createS3Client, createS3Store } from '../../lib/store';
import { cleanHtml } from '../../lib/clean';
import { domainOf, recordFromPage, resolveCanonicalUrl } from '../../lib/record';
import { storyId } from '../../lib/url';
import type { StoryRecord } from '../../lib/types';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'bin/wirewatch.cjs');
const SHARED = resolve(ROOT, '..', 'shared', 'eval', 'article-extraction', 'dev', 'html');
const DAYS = 10;

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

function sourcePages(): { dir: string; files: string[]; which: string } {
  for (const [dir, which] of [[SHARED, 'shared article-extraction dev pages'], [join(ROOT, 'test/fixtures/pages'), 'test/fixtures/pages (../shared absent)']] as const) {
    try {
      const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
      if (files.length) return { dir, files, which };
    } catch {
      // next
    }
  }
  throw new Error('no pages to archive');
}

function withCanonical(html: string, url: string): string {
  const link = `<link rel="canonical" href="${url}">`;
  const m = /<head[^>]*>/i.exec(html);
  return m ? html.slice(0, m.index + m[0].length) + link + html.slice(m.index + m[0].length) : link + html;
}

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ stdout: string; stderr: string; ms: number; code: number }> {
  const t0 = performance.now();
  return new Promise((done) => {
    execFile(cmd, args, { env, maxBuffer: 256 * 1024 * 1024, timeout: 3_600_000 }, (err, stdout, stderr) => {
      done({ stdout, stderr, ms: performance.now() - t0, code: err ? ((err as { code?: number }).code ?? 1) : 0 });
    });
  });
}

/** CPU time (user + system, ms) of the s3rver child: it shares the machine with the command. */
function s3rverCpuMs(): number {
  const tick = 10; // USER_HZ = 100 on Linux
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[1]) !== process.pid) continue; // ppid
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('s3rver-child')) continue;
      total += (Number(f[11]) + Number(f[12])) * tick;
    } catch {
      // gone
    }
  }
  return total;
}

async function main(): Promise<void> {
  const stories = arg('stories', 10_000);
  const concurrency = arg('concurrency', 8);
  const { files, which } = sourcePages();
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-reprocess-'));
  const s3 = await startEmbeddedS3({ directory: join(dir, 's3') });
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  const store = createS3Store(client, s3.bucket);
  try {
    // The records an older extractor made: one real build per distinct page, cloned per copy.
    const html = files.map((f) => readFileSync(f, 'utf8'));
    const base: Array<StoryRecord | null> = [];
    for (let p = 0; p < files.length; p++) {
      const url = 'https://bench-outlet-0.example.com/story/0';
      try {
        const cleaned = cleanHtml(withCanonical(html[p], url), { url, fetchedAt: '2025-01-01T12:00:00Z' });
        base.push(await recordFromPage({ url, feedUrl: null, fetchedAt: '2025-01-01T12:00:00.000Z', cleaned }));
      } catch {
        base.push(null); // a page that does not clean: archived anyway, it becomes a failure record
      }
    }
    const firstOf = new Map<number, string>();
    const t0 = performance.now();
    const limit = pLimit(32);
    let seeded = 0;
    await Promise.all(
      Array.from({ length: stories }, (_, i) =>
        limit(async () => {
          const p = i % files.length;
          const url = `https://bench-outlet-${i % 40}.example.com/story/${i}`;
          const id = storyId(resolveCanonicalUrl(url, url));
          const fetchedAt = new Date(Date.UTC(2025, 0, 1 + (i % DAYS), 12)).toISOString();
          await store.putRaw({ id, url, fetchedAt, status: 200, body: Buffer.from(withCanonical(html[p], url)), headers: { 'content-type': 'text/html; charset=utf-8' } });
          const b = base[p];
          if (b) {
            const original = firstOf.get(p) ?? null;
            if (!original) firstOf.set(p, id);
            const record: StoryRecord = { ...b, id, url, canonicalUrl: resolveCanonicalUrl(url, url), source: { ...b.source, domain: domainOf(url) }, fetchedAt, countries: [], summary: b.summary.slice(0, Math.max(1, b.summary.length - 12)), extractor: { version: 'bench-seed' }, duplicateOf: original };
            await store.putRecord(record, { previous: null });
          }
          seeded++;
        }),
      ),
    );
    const seedMs = performance.now() - t0;

    const env = {
      ...process.env,
      WIREWATCH_BUCKET: s3.bucket,
      WIREWATCH_S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: 'us-east-1',
    };
    // The peer: the CLI's extract over the distinct pages, in this run, on this machine.
    const peer = await sh(process.execPath, [CLI, 'extract', '--timing', ...files], env);
    const peerTiming = JSON.parse(peer.stderr.trim().split('\n').filter((l) => l.startsWith('{')).pop() ?? '{}') as { pages: number; pagesPerSecond: number; ms: number; cpuMs: number };

    const s3Cpu0 = s3rverCpuMs();
    const threadArgs = process.argv.includes('--threads') ? ['--threads', String(arg('threads', 0))] : [];
    const run = await sh(process.execPath, [CLI, 'reprocess', '--json', '--concurrency', String(concurrency), ...threadArgs], env);
    const s3Cpu = s3rverCpuMs() - s3Cpu0;
    const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as {
      seen: number; rebuilt: number; unchanged: number; failed: number; skipped: number; ms: number; perSecond: number; peakRssMb: number; cpuMs: number; threads: number; pointersListed?: number; hintsMs?: number;
      timings: { storeMs: number; cleanMs: number; extractMs: number };
    };
    const again = await sh(process.execPath, [CLI, 'reprocess', '--json'], env);
    const second = JSON.parse(again.stdout.trim().split('\n').pop() ?? '{}') as { seen: number; skipped: number; ms: number; perSecond: number; hintsMs?: number };

    const wholeRate = (out.seen * 1000) / run.ms;
    const per = (ms: number) => (ms / out.seen).toFixed(2);
    const lines = [
      `archive: ${seeded} stories from ${files.length} ${which}, ${DAYS} fetch days; seeded in ${(seedMs / 1000).toFixed(1)} s`,
      '',
      `wirewatch reprocess (concurrency ${concurrency}, ${out.threads} build threads): ${out.seen} raw objects, rebuilt ${out.rebuilt}, unchanged ${out.unchanged}, failed ${out.failed}, skipped ${out.skipped}`,
      `  in process: ${(out.ms / 1000).toFixed(1)} s = ${out.perSecond.toFixed(1)} stories/s (listing included)`,
      `  whole process, start-up included: ${(run.ms / 1000).toFixed(1)} s = ${wholeRate.toFixed(1)} stories/s`,
      `  peak RSS: ${out.peakRssMb} MB; pointers taken from the listing: ${out.pointersListed ?? 0} of ${out.seen} (listing ${((out.hintsMs ?? 0) / 1000).toFixed(1)} s)`,
      `  per story: clean ${per(out.timings.cleanMs)} ms, extract+record+validate ${per(out.timings.extractMs)} ms (summed over builds), store waits ${per(out.timings.storeMs)} ms (overlapping, ${concurrency} in flight)`,
      `  CPU per story: the command ${per(out.cpuMs)} ms (clean + extract + AWS SDK + JSON), the S3 server ${per(s3Cpu)} ms; wall ${per(out.ms)} ms per story`,
      `peer, same run: wirewatch extract --timing over the ${peerTiming.pages} distinct pages: ${peerTiming.pagesPerSecond} pages/s in process`,
      `  ratio reprocess / extract (in process): ${(out.perSecond / peerTiming.pagesPerSecond).toFixed(2)}`,
      `second pass (records now current, all left alone): ${second.seen} raw objects, skipped ${second.skipped}, ${(second.ms / 1000).toFixed(1)} s = ${second.perSecond.toFixed(1)} per second (pointer listing ${((second.hintsMs ?? 0) / 1000).toFixed(1)} s)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    if (run.code !== 0 && out.failed === 0) process.stderr.write(run.stderr);
    mkdirSync(join(__dirname, 'out'), { recursive: true });
    writeFileSync(join(__dirname, 'out', 'latest.txt'), `${lines.join('\n')}\n`);
  } finally {
    client.destroy();
    await s3.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:reprocess: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

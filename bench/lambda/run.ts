// npm run bench:lambda — bundles the three handlers exactly as `cdk deploy` does
// (CDK synth with the local esbuild), then prints for each bundle its size and the
// cold init time (time to require the bundled module in a fresh node process,
// median of 7), the processor's first-batch load (the lazily required pipeline),
// and ms per story for the bundled processor over the demo site and embedded S3.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { App } from 'aws-cdk-lib';
import { PROJECT_ROOT } from '../../cdk/paths';
import { readSettings } from '../../cdk/settings';
import { PROCESSOR_BATCH_SIZE, WirewatchStack } from '../../cdk/wirewatch-stack';
import { startEmbeddedS3 } from '../../lib/local/embedded-s3';
import { startDemoSite } from '../../lib/local/demo-site';
import { pollFeed } from '../../lib/pipeline';
import { createS3Client, createS3Store } from '../../lib/store';
import type { StoryMessage } from '../../lib/pipeline/types';

process.env.CDK_VALIDATION = 'false';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(0)} KiB`;
}

function parseBench(out: string): Record<string, number> {
  const last = out.trim().split('\n').filter((l) => l.startsWith('{"bench"')).pop();
  if (!last) throw new Error(`child printed no result: ${out.slice(-500)}`);
  return (JSON.parse(last) as { bench: Record<string, number> }).bench;
}

function childJson(code: string): Record<string, number> {
  return parseBench(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

/** Async: the demo site runs in this process and must keep answering while the child works. */
async function childJsonAsync(code: string, env: Record<string, string>): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', code], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return parseBench(stdout);
}

async function main(): Promise<void> {
  const outdir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-lambda-'));
  const t0 = performance.now();
  const app = new App({ outdir });
  const stack = new WirewatchStack(app, 'Wirewatch', { settings: readSettings(app.node, PROJECT_ROOT) });
  const assembly = app.synth();
  const synthMs = performance.now() - t0;
  const template = assembly.getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: { Description?: string; Code?: { S3Key?: string }; Runtime?: string } }>;
  };
  const handlers: { name: string; dir: string }[] = [];
  for (const r of Object.values(template.Resources)) {
    if (r.Type !== 'AWS::Lambda::Function' || !r.Properties.Runtime?.startsWith('nodejs')) continue;
    const d = r.Properties.Description ?? '';
    const name = /polls/.test(d) ? 'poller' : /fetches/.test(d) ? 'processor' : /compacts/.test(d) ? 'compact-index' : 'browse';
    handlers.push({ name, dir: join(outdir, `asset.${String(r.Properties.Code?.S3Key).replace(/\.zip$/, '')}`) });
  }
  handlers.sort((a, b) => a.name.localeCompare(b.name));
  console.log(`synth with bundling (in-process, no nag, no CFN validation): ${(synthMs / 1000).toFixed(1)} s`);
  console.log(`node ${process.version}, ${process.arch}; init = require() of the bundled index.js in a fresh process, median of ${RUNS}\n`);
  console.log(['handler', 'index.js', 'gzip', 'index.js.map', 'init ms (median)', 'init ms (min..max)'].join('\t'));
  const initMs: Record<string, number> = {};
  for (const h of handlers) {
    const js = join(h.dir, 'index.js');
    const size = statSync(js).size;
    const gz = gzipSync(readFileSync(js)).length;
    const map = statSync(join(h.dir, 'index.js.map')).size;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      times.push(
        childJson(
          `const t=process.hrtime.bigint();require(${JSON.stringify(js)});const ms=Number(process.hrtime.bigint()-t)/1e6;console.log(JSON.stringify({bench:{ms}}))`,
        ).ms,
      );
    }
    initMs[h.name] = median(times);
    console.log([h.name, kb(size), kb(gz), kb(map), initMs[h.name].toFixed(0), `${Math.min(...times).toFixed(0)}..${Math.max(...times).toFixed(0)}`].join('\t'));
  }
  console.log(`\nprocessor init ≤ 400 ms: ${initMs.processor <= 400 ? 'yes' : 'NO'} (${initMs.processor.toFixed(0)} ms)`);

  // ms per story: the bundled processor over the demo site's stories, store = embedded S3.
  const dataDir = mkdtempSync(join(tmpdir(), 'wirewatch-bench-s3-'));
  const s3 = await startEmbeddedS3({ directory: dataDir });
  const site = await startDemoSite({ port: 0 });
  try {
    const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
    const host = new URL(site.origin).host;
    const deps = { store: createS3Store(client, s3.bucket), fetch: { allow: [host] } };
    const messages: StoryMessage[] = [];
    for (const feed of site.feeds) messages.push(...(await pollFeed(feed, deps)).newItems);
    const unique = [...new Map(messages.map((m) => [m.url, m])).values()];
    const msgFile = join(dataDir, 'messages.json');
    writeFileSync(msgFile, JSON.stringify(unique));
    const processor = handlers.find((h) => h.name === 'processor')!;
    const code = `
      const msgs = require(${JSON.stringify(msgFile)});
      const t0 = process.hrtime.bigint();
      const mod = require(${JSON.stringify(join(processor.dir, 'index.js'))});
      const initMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const ctx = { getRemainingTimeInMillis: () => 900000 };
      const rec = (m, i) => ({ messageId: 'b' + i, receiptHandle: 'r', body: JSON.stringify(m), attributes: { MessageGroupId: new URL(m.url).hostname, ApproximateReceiveCount: '1' }, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-west-1:1:q.fifo', awsRegion: 'eu-west-1' });
      (async () => {
        const t1 = process.hrtime.bigint();
        await mod.handler({ Records: [] }, ctx);
        const firstLoadMs = Number(process.hrtime.bigint() - t1) / 1e6;
        const t2 = process.hrtime.bigint();
        let failed = 0, recorded = 0;
        for (let i = 0; i < msgs.length; i += ${PROCESSOR_BATCH_SIZE}) {
          const res = await mod.handler({ Records: msgs.slice(i, i + ${PROCESSOR_BATCH_SIZE}).map((m, j) => rec(m, i + j)) }, ctx);
          failed += res.batchItemFailures.length;
        }
        const totalMs = Number(process.hrtime.bigint() - t2) / 1e6;
        console.log(JSON.stringify({ bench: { initMs, firstLoadMs, stories: msgs.length, failed, totalMs } }));
      })();`;
    const r = await childJsonAsync(code, {
      WIREWATCH_BUCKET: s3.bucket,
      WIREWATCH_S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      AWS_REGION: 'us-east-1',
      WIREWATCH_FETCH_ALLOW: host,
      WIREWATCH_PACE_MS: '0',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    });
    console.log(`processor first batch (lazy load of cleaning/extraction + SDK): ${r.firstLoadMs.toFixed(0)} ms, paid once per cold container`);
    console.log(
      `processor warm: ${r.stories} demo stories (${r.failed} batch failures) in ${r.totalMs.toFixed(0)} ms = ${(r.totalMs / r.stories).toFixed(1)} ms per story (loopback fetch, pacing off, embedded S3)`,
    );
    client.destroy();
  } finally {
    await site.close();
    await s3.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

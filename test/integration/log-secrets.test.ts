// No credential or signed URL is ever logged: the processor's logs (every level) and a
// `wirewatch run` process's output are scanned after runs that meet signed story URLs,
// a feed URL with a token, and an endpoint with a password in it.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactSecrets } from '../../lib/redact';
import { startTestS3, type TestS3 } from '../helpers/s3';
import { runCli } from '../helpers/run-cli';
import { useTestS3Env } from './lambdas/env';
import { sqsEvent, sqsRecord } from './lambdas/events';
import { closeServer, listenOnLoopback } from '../helpers/loopback-http';

const SECRETS = ['SIGSECRET0123456789', 'AKIAEXAMPLEKEY77', 'TOKENSECRET98765', 'PASSSECRET99'];

let t: TestS3;
let server: Server;
let origin = '';
let dir: string;

beforeAll(async () => {
  t = await startTestS3();
  dir = mkdtempSync(join(tmpdir(), 'wirewatch-logs-'));
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/story') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end(`<html><head><title>Port systems hit</title></head><body><article><h1>Port systems hit</h1>
<p>GDANSK, Poland — A cyberattack disrupted the container tracking system of a Baltic port operator on Monday, the company said.</p>
<p>Trucks queued at the gates for hours while staff checked containers by hand, and the national cyber security centre was told.</p></article></body></html>`);
    }
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>f</title><link>${origin}/</link><description>d</description>
<item><title>a</title><link>${origin}/signed?X-Amz-Signature=SIGSECRET0123456789&amp;X-Amz-Credential=AKIAEXAMPLEKEY77%2F20260101</link></item>
<item><title>b</title><link>${origin}/story?token=TOKENSECRET98765</link></item></channel></rss>`);
    }
    res.writeHead(404).end();
  });
  origin = await listenOnLoopback(server);
});
afterAll(async () => {
  await closeServer(server);
  await t.stop();
  rmSync(dir, { recursive: true, force: true });
});

function leaks(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s));
}

describe('redactSecrets', () => {
  it('hides signed-URL parameters, URL passwords and credential variables, and keeps the rest', () => {
    const env = { AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG' };
    const out = redactSecrets('GET https://b.s3.example/k?X-Amz-Signature=abc123&X-Amz-Date=20260101 via http://u:pw@proxy.example:8080/ key wJalrXUtnFEMI/K7MDENG', env);
    expect(out).toBe('GET https://b.s3.example/k?X-Amz-Signature=[redacted]&X-Amz-Date=20260101 via http://[redacted]@proxy.example:8080/ key [redacted]');
    expect(redactSecrets('https://news.example/2024/story?id=7&page=2')).toBe('https://news.example/2024/story?id=7&page=2');
  });
});

describe('logs of a run', () => {
  it('the processor logs (debug level) name no signature, credential or token', async () => {
    const restore = useTestS3Env(t, { WIREWATCH_FETCH_ALLOW: new URL(origin).host, WIREWATCH_PACE_MS: '0', POWERTOOLS_DEV: 'true', POWERTOOLS_LOG_LEVEL: 'DEBUG' });
    const lines: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' '))),
    );
    try {
      let processor!: typeof import('../../lambdas/processor');
      jest.isolateModules(() => {
        processor = require('../../lambdas/processor') as typeof import('../../lambdas/processor');
      });
      const msg = (url: string) => JSON.stringify({ url, feedUrl: `${origin}/feed.xml?token=TOKENSECRET98765`, feedId: 'f', title: null, publishedAt: null });
      const res = await processor.handler(
        sqsEvent([
          sqsRecord(msg(`${origin}/signed?X-Amz-Signature=SIGSECRET0123456789&X-Amz-Credential=AKIAEXAMPLEKEY77%2F20260101`), '127.0.0.1', 1),
          sqsRecord(msg(`${origin}/story?token=TOKENSECRET98765`), '127.0.0.1', 2),
        ]),
        { getRemainingTimeInMillis: () => 100_000 },
      );
      expect(res.batchItemFailures).toEqual([]);
    } finally {
      for (const s of spies) s.mockRestore();
      restore();
    }
    const text = lines.join('\n');
    expect(text).toContain('story failed'); // the logs were captured
    expect(text).toContain('[redacted]');
    expect(leaks(text)).toEqual([]);
  });

  it('`wirewatch run` output, and its error line for a bad endpoint, name none either', async () => {
    const feeds = join(dir, 'feeds.json');
    writeFileSync(feeds, JSON.stringify({ feeds: [{ id: 'f', url: `${origin}/feed.xml?token=TOKENSECRET98765` }] }));
    const env = {
      WIREWATCH_FETCH_ALLOW: new URL(origin).host,
      WIREWATCH_PACE_MS: '0',
      WIREWATCH_BUCKET: t.s3.bucket,
      WIREWATCH_S3_ENDPOINT: t.s3.endpoint,
      AWS_ACCESS_KEY_ID: t.s3.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: t.s3.credentials.secretAccessKey,
      AWS_REGION: 'us-east-1',
    };
    const ok = await runCli(['run', '--once', '--feeds', feeds], { ...env, WIREWATCH_HOME: dir }).done;
    expect(ok.stdout).toMatch(/stories: 2 found/);
    const bad = await runCli(['run', '--once', '--feeds', feeds], { ...env, WIREWATCH_S3_ENDPOINT: 'not-a-url ?X-Amz-Signature=SIGSECRET0123456789 http://me:PASSSECRET99@s3.example' }).done;
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/WIREWATCH_S3_ENDPOINT/);
    expect(leaks(ok.stdout + ok.stderr + bad.stdout + bad.stderr)).toEqual([]);
  });
});

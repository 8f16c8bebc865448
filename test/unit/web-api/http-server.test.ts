import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { startHttpServer, staticPath, type RunningHttpServer } from '../../../lib/local/http-server';
import { needsBrowseBackfill } from '../../../lib/store';
import { vendorFile } from '../../../lib/web/vendor-files';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';

let t: TestS3;
let http: RunningHttpServer;
const root = mkdtempSync(join(tmpdir(), 'wirewatch-static-'));

beforeAll(async () => {
  mkdirSync(join(root, 'js'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>wirewatch</title>');
  writeFileSync(join(root, 'js', 'app.js'), 'console.log(1);');
  writeFileSync(join(root, '.secret'), 'no');
  t = await startTestS3();
  await t.store.putRecord(storyRecord('https://srv.example.com/one'));
  http = await startHttpServer({ store: t.store, port: 0, host: '127.0.0.1', staticDir: root });
});
afterAll(async () => {
  await http?.close();
  await t?.stop();
});

describe('local HTTP server', () => {
  it('serves the analyst page and its assets with content types', async () => {
    expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await fetch(http.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>wirewatch</title>');
    const js = await fetch(`${http.url}js/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the vendor files (uPlot and its licence) from the installed package, and nothing else of it', async () => {
    const uplot = join(require.resolve('uplot/package.json'), '..');
    for (const [path, file, type] of [
      ['vendor/uplot/uPlot.iife.min.js', 'dist/uPlot.iife.min.js', 'text/javascript; charset=utf-8'],
      ['vendor/uplot/uPlot.min.css', 'dist/uPlot.min.css', 'text/css; charset=utf-8'],
      ['vendor/uplot/LICENSE.txt', 'LICENSE', 'text/plain; charset=utf-8'],
    ]) {
      const res = await fetch(`${http.url}${path}`);
      expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, type]);
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(uplot, file)))).toBe(true);
      expect(vendorFile(`/${path}`)).toBe(join(uplot, file));
    }
    for (const p of ['vendor/uplot/package.json', 'vendor/uplot/uPlot.iife.js', 'vendor/uplot/dist/uPlot.min.css', 'vendor/uplot/']) {
      expect([p, (await fetch(`${http.url}${p}`)).status]).toEqual([p, 404]);
    }
    expect(vendorFile('/vendor/uplot/../../package.json')).toBeNull();
  });

  it('serves the API as JSON', async () => {
    const res = await fetch(`${http.url}api/records?limit=5`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: unknown[] };
    expect(body.items).toHaveLength(1);
    const bad = await fetch(`${http.url}api/records?limit=500`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe('bad-request');
  });

  it('refuses paths outside the static root, hidden files and unknown files', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/js/%2e%2e/%2e%2e/package.json', '/.secret', '/nope.css']) {
      const res = await fetch(`${http.url.slice(0, -1)}${p}`);
      expect(res.status).toBe(404);
    }
    expect(staticPath('/srv/static', '/%2e%2e/x')).toBeNull();
    expect(staticPath('/srv/static', '/a/')).toBe('/srv/static/a/index.html');
    expect((await fetch(http.url, { method: 'POST' })).status).toBe(405);
  });
});

describe('a store written before the browse index existed', () => {
  it('gets its index built once at start-up, then lists its records', async () => {
    const s3 = await startTestS3();
    try {
      const a = storyRecord('https://srv.example.com/old-a', { cleaned: { publishedAt: '2023-11-02T08:00:00Z' } });
      const b = storyRecord('https://srv.example.com/old-b', { cleaned: { publishedAt: '2024-01-15T08:00:00Z' } });
      await s3.store.putRecord(a);
      await s3.store.putRecord(b);
      // What an older version left: records, no browse index.
      const { pending } = await s3.store.browseIndex.list();
      await Promise.all(pending.map((p) => s3.client.send(new DeleteObjectCommand({ Bucket: s3.s3.bucket, Key: p.key }))));
      expect(await needsBrowseBackfill(s3.store)).toBe(true);
      const server = await startHttpServer({ store: s3.store, port: 0, staticDir: root });
      try {
        const body = (await (await fetch(`${server.url}api/records`)).json()) as { items: Array<{ id: string }> };
        expect(body.items.map((i) => i.id)).toEqual([b.id, a.id]);
        expect((await s3.store.browseIndex.list()).shards.map((s) => s.month).sort()).toEqual(['2023-11', '2024-01']);
        expect(await needsBrowseBackfill(s3.store)).toBe(false);
      } finally {
        await server.close();
      }
    } finally {
      await s3.stop();
    }
  });
});

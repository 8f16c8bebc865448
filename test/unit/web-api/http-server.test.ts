import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer, staticPath, type RunningHttpServer } from '../../../lib/local/http-server';
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

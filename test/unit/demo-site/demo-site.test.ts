import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DemoManifestError, contentTypeFor, loadDemoManifest, startDemoSite, type DemoSite } from '../../../lib/local/demo-site';

interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

// Plain node:http so redirects are observed, not followed.
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`timeout: ${url}`)));
    req.end();
  });
}

function itemLinks(feedBody: string): string[] {
  const links = [
    ...feedBody.matchAll(/<link>([^<]+)<\/link>/g),
    ...feedBody.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"/g),
    ...feedBody.matchAll(/<loc>([^<]+)<\/loc>/g),
    ...feedBody.matchAll(/"url": "([^"]+)"/g),
  ].map((m) => m[1]);
  return links;
}

describe('demo site', () => {
  let site: DemoSite;
  beforeAll(async () => {
    site = await startDemoSite();
  });
  afterAll(async () => {
    await site.close();
  });

  test('listens on loopback with an ephemeral port and lists the sample feeds', () => {
    expect(site.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(site.origin).not.toMatch(/:0$/);
    expect(site.feeds.length).toBeGreaterThanOrEqual(4);
    for (const f of site.feeds) {
      expect(f.url.startsWith(`${site.origin}/`)).toBe(true);
      expect(f.id).toMatch(/^[a-z0-9-]+$/);
      expect(f.publisher).toBeTruthy();
    }
    expect(new Set(site.feeds.map((f) => f.id)).size).toBe(site.feeds.length);
  });

  test('a feed is served with its content type and an ETag, then 304 on a conditional GET', async () => {
    const rss = site.feeds.find((f) => f.id === 'standalone-world')!;
    const first = await get(rss.url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const etag = first.headers.etag;
    const lastModified = first.headers['last-modified'];
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    expect(lastModified).toBeTruthy();
    // The placeholder is replaced by the live origin.
    const text = first.body.toString('utf8');
    expect(text).not.toContain('{{ORIGIN}}');
    expect(text).toContain(`${site.origin}/standalone/news/world/europe/albania-cyberattack-iran-border-systems-b2163958.html`);

    const byEtag = await get(rss.url, { 'If-None-Match': etag! });
    expect(byEtag.status).toBe(304);
    expect(byEtag.body.length).toBe(0);
    expect(byEtag.headers.etag).toBe(etag);

    const byDate = await get(rss.url, { 'If-Modified-Since': lastModified! });
    expect(byDate.status).toBe(304);

    const stale = await get(rss.url, { 'If-None-Match': '"not-the-etag"' });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(first.body)).toBe(true);
  });

  test('each feed format comes with its own media type', async () => {
    const types = await Promise.all(site.feeds.map(async (f) => [f.id, (await get(f.url)).headers['content-type']] as const));
    const byId = Object.fromEntries(types);
    expect(byId['ledger-top-news']).toBe('application/atom+xml; charset=utf-8');
    expect(byId['nbn-news']).toBe('application/feed+json; charset=utf-8');
    expect(byId['courier-news']).toBe('application/xml; charset=utf-8');
    const json = JSON.parse((await get(site.feeds.find((f) => f.id === 'nbn-news')!.url)).body.toString('utf8')) as { version: string; items: unknown[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.length).toBeGreaterThanOrEqual(4);
  });

  test('every story linked from the good feeds is either a 200 HTML page or one of the designed failures', async () => {
    const seen = { ok: 0, notFound: 0, redirect: 0, pdf: 0 };
    for (const f of site.feeds.filter((x) => x.id !== 'wirecast-world')) {
      const body = (await get(f.url)).body.toString('utf8');
      const links = itemLinks(body).filter((l) => !/\/feeds\/|\/news\/world$|\/ledger\/$|\/nbn\/news$/.test(l));
      expect(links.length).toBeGreaterThanOrEqual(4);
      for (const raw of links) {
        const link = new URL(raw, f.url).toString();
        expect(link.startsWith(site.origin)).toBe(true);
        const res = await get(link);
        if (res.status === 200 && /^text\/html; charset=utf-8$/.test(String(res.headers['content-type']))) {
          seen.ok++;
          expect(res.body.toString('utf8')).not.toContain('{{ORIGIN}}');
        } else if (res.status === 404) seen.notFound++;
        else if (res.status === 302) {
          seen.redirect++;
          expect(res.headers.location).toMatch(/^http:\/\/169\.254\.169\.254\//);
        } else if (res.status === 200 && res.headers['content-type'] === 'application/pdf') {
          seen.pdf++;
          expect(res.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        } else throw new Error(`unexpected ${res.status} ${String(res.headers['content-type'])} for ${link}`);
      }
    }
    expect(seen.ok).toBeGreaterThanOrEqual(16);
    expect(seen).toMatchObject({ notFound: 1, redirect: 1, pdf: 1 });
  });

  test('the seed story is there: an Independent-style page of the AP Albania border-systems story', async () => {
    const res = await get(`${site.origin}/standalone/news/world/europe/albania-cyberattack-iran-border-systems-b2163958.html`);
    expect(res.status).toBe(200);
    const html = res.body.toString('utf8');
    expect(html).toContain('<h1 class="headline">Albania reports 2nd cyberattack by Iran, on border systems</h1>');
    expect(html).toContain('Via AP news wire');
    expect(html).toContain('Total Information Management System (TIMS)');
    expect(html).toContain('"datePublished":"2022-09-10T13:33:00Z"');
    // Canonical links name the outlet's own domain, so record ids do not depend on the demo's port.
    expect(html).toContain('<link rel="canonical" href="https://www.standalone.example/news/world/europe/albania-cyberattack-iran-border-systems-b2163958.html">');
  });

  test('the broken feed is truncated XML', async () => {
    const broken = site.feeds.find((f) => f.id === 'wirecast-world')!;
    const res = await get(broken.url);
    expect(res.status).toBe(200);
    const text = res.body.toString('utf8');
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).not.toContain('</rss>');
  });

  test('robots.txt allows everything; unknown paths 404; HEAD has no body; other methods 405', async () => {
    const robots = await get(`${site.origin}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body.toString('utf8')).toMatch(/User-agent: \*\nAllow: \//);

    expect((await get(`${site.origin}/nope/nothing-here`)).status).toBe(404);
    expect((await get(`${site.origin}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);

    const head = await get(site.feeds[0].url, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body.length).toBe(0);

    const post = await get(site.feeds[0].url, {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  test('a directory without its trailing slash redirects to it, as a WordPress site does', async () => {
    const res = await get(`${site.origin}/courier/2022/09/23/optus-data-breach-millions-customers`);
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/courier/2022/09/23/optus-data-breach-millions-customers/');
  });
});

describe('demo site manifest', () => {
  test('a root without site.json is a DemoManifestError', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-demo-'));
    expect(() => loadDemoManifest(dir)).toThrow(DemoManifestError);
  });

  test('a manifest whose feeds lack paths is rejected with a clear message', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-demo-'));
    writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ feeds: [{ id: 'x' }], routes: {} }));
    expect(() => loadDemoManifest(dir)).toThrow(/path starting with \//);
  });

  test('a custom root is served, and the port option is honoured', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ww-demo-'));
    mkdirSync(path.join(dir, 'site', 'f'), { recursive: true });
    writeFileSync(path.join(dir, 'site', 'f', 'a.atom'), '<feed xmlns="http://www.w3.org/2005/Atom"><link href="{{ORIGIN}}/x"/></feed>');
    writeFileSync(path.join(dir, 'site.json'), JSON.stringify({ feeds: [{ id: 'a', path: '/f/a.atom', publisher: 'A' }], routes: {} }));
    const probe = await startDemoSite({ root: dir });
    const port = Number(new URL(probe.origin).port);
    await probe.close();
    const site = await startDemoSite({ root: dir, port });
    try {
      expect(site.origin).toBe(`http://127.0.0.1:${port}`);
      const res = await get(site.feeds[0].url);
      expect(res.body.toString('utf8')).toContain(`href="${site.origin}/x"`);
    } finally {
      await site.close();
    }
  });

  test('content types carry a charset for text', () => {
    expect(contentTypeFor('x.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.stm')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.pdf')).toBe('application/pdf');
    expect(contentTypeFor('x.bin')).toBe('application/octet-stream');
  });
});

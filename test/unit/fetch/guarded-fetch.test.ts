import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import {
  BadUrlError,
  BlockedAddressError,
  FetchTimeoutError,
  HttpStatusError,
  NetworkError,
  NotHtmlError,
  TooLargeError,
  TooManyRedirectsError,
  guardedFetch,
  DEFAULT_USER_AGENT,
} from '../../../lib/fetch';
import { isWirewatchError } from '../../../lib/errors';
import { LoopbackServer, closedPort } from './loopback-server';

const HTML = '<!doctype html><html><head><title>Grid operator hit</title></head><body><p>Story</p></body></html>';

let server: LoopbackServer;
let other: LoopbackServer;
let allow: string[];

beforeAll(async () => {
  server = await new LoopbackServer().start();
  other = await new LoopbackServer().start();
  allow = [server.allowEntry];
  other.on('/secret', (_req, res) => res.end('internal'));
});

afterAll(async () => {
  await server.stop();
  await other.stop();
});

function html(body: string | Buffer, contentType = 'text/html; charset=utf-8') {
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': contentType });
    res.end(body);
  };
}

describe('guardedFetch: ok responses', () => {
  test('fetches an HTML page with wirewatch user agent and flattened headers', async () => {
    server.on('/ok', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-seen-ua': req.headers['user-agent'] ?? '' });
      res.end(HTML);
    });
    const r = await guardedFetch(server.url('/ok'), { allow, expect: 'html' });
    expect(r.status).toBe(200);
    expect(r.url).toBe(server.url('/ok'));
    expect(r.text).toBe(HTML);
    expect(r.body.equals(Buffer.from(HTML))).toBe(true);
    expect(r.charset).toBe('utf-8');
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.notModified).toBe(false);
    expect(r.redirects).toEqual([]);
    expect(r.headers['x-seen-ua']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^wirewatch\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/wirewatch\/wirewatch\)$/);
  });

  test('decodes gzip, deflate (zlib and raw) and brotli bodies', async () => {
    const enc: Record<string, (b: Buffer) => Buffer> = {
      gzip: zlib.gzipSync,
      deflate: zlib.deflateSync,
      'deflate-raw': zlib.deflateRawSync,
      br: zlib.brotliCompressSync,
    };
    for (const [name, fn] of Object.entries(enc)) {
      server.on(`/enc-${name}`, (req, res) => {
        expect(req.headers['accept-encoding']).toContain('gzip');
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': name === 'deflate-raw' ? 'deflate' : name });
        res.end(fn(Buffer.from(HTML)));
      });
      const r = await guardedFetch(server.url(`/enc-${name}`), { allow });
      expect(r.text).toBe(HTML);
    }
  });

  test('a gzip bomb is stopped by the decoded-size cap', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.on('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
    });
    await expect(guardedFetch(server.url('/bomb'), { allow, maxBytes: 1024 * 1024 })).rejects.toThrow(TooLargeError);
  });
});

describe('guardedFetch: charsets over HTTP', () => {
  test('windows-1252 curly quotes from the Content-Type charset', async () => {
    server.on('/cp1252', html(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x3c, 0x2f, 0x70, 0x3e]), 'text/html; charset=windows-1252'));
    const r = await guardedFetch(server.url('/cp1252'), { allow });
    expect(r.text).toBe('<p>\u201cHi\u201d</p>');
    expect(r.charset).toBe('windows-1252');
  });

  test('"iso-8859-1" in the header decodes as windows-1252 (WHATWG)', async () => {
    server.on('/latin1', html(Buffer.from([0x93, 0x41, 0x94, 0xe9]), 'text/html; charset=ISO-8859-1'));
    const r = await guardedFetch(server.url('/latin1'), { allow });
    expect(r.text).toBe('\u201cA\u201d\u00e9');
    expect(r.charset).toBe('windows-1252');
  });

  test('ISO-8859-2 Polish letters', async () => {
    server.on('/latin2', html(iconv.encode('<p>Łódź: atak na sieć</p>', 'iso-8859-2'), 'text/html; charset=iso-8859-2'));
    const r = await guardedFetch(server.url('/latin2'), { allow });
    expect(r.text).toBe('<p>Łódź: atak na sieć</p>');
    expect(r.charset).toBe('iso-8859-2');
  });

  test('Shift_JIS from the header', async () => {
    server.on('/sjis', html(iconv.encode('<p>サイバー攻撃</p>', 'Shift_JIS'), 'text/html; charset=Shift_JIS'));
    const r = await guardedFetch(server.url('/sjis'), { allow });
    expect(r.text).toBe('<p>サイバー攻撃</p>');
    expect(r.charset).toBe('shift_jis');
  });

  test('a <meta charset> with no header charset', async () => {
    const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body>Кибератака</body></html>';
    server.on('/meta', html(iconv.encode(page, 'koi8-r'), 'text/html'));
    const r = await guardedFetch(server.url('/meta'), { allow });
    expect(r.text).toBe(page);
    expect(r.charset).toBe('koi8-r');
  });

  test('a UTF-8 BOM wins over a wrong header charset and is stripped', async () => {
    server.on('/bom', html(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Zürich – “x”</p>')]), 'text/html; charset=iso-8859-1'));
    const r = await guardedFetch(server.url('/bom'), { allow });
    expect(r.text).toBe('<p>Zürich – “x”</p>');
    expect(r.charset).toBe('utf-8');
  });
});

describe('guardedFetch: redirects', () => {
  test('follows a relative Location and reports the chain', async () => {
    server.on('/old/story', (_req, res) => {
      res.writeHead(301, { location: '../new/story?x=1' });
      res.end();
    });
    server.on('/new/story', html(HTML));
    const r = await guardedFetch(server.url('/old/story'), { allow });
    expect(r.url).toBe(server.url('/new/story?x=1'));
    expect(r.redirects).toEqual([server.url('/old/story')]);
    expect(r.text).toBe(HTML);
  });

  test('five redirects are followed; six are too many', async () => {
    for (let i = 0; i < 6; i++) {
      server.on(`/hop${i}`, (_req, res) => {
        res.writeHead(302, { location: `/hop${i + 1}` });
        res.end();
      });
    }
    server.on('/hop6', html(HTML));
    const five = await guardedFetch(server.url('/hop1'), { allow });
    expect(five.redirects).toHaveLength(5);
    expect(five.url).toBe(server.url('/hop6'));
    const err = await guardedFetch(server.url('/hop0'), { allow }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooManyRedirectsError);
    expect((err as TooManyRedirectsError).reason).toBe('too-many-redirects');
    expect((err as TooManyRedirectsError).redirects).toHaveLength(6);
  });

  test('a redirect from an allowed host to a private address that is not allowed is blocked before connecting', async () => {
    server.on('/to-other', (_req, res) => {
      res.writeHead(302, { location: other.url('/secret') });
      res.end();
    });
    server.on('/to-metadata', (_req, res) => {
      res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' });
      res.end();
    });
    const err = await guardedFetch(server.url('/to-other'), { allow }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect((err as BlockedAddressError).reason).toBe('ssrf-blocked');
    expect(other.hits('/secret')).toBe(0);
    await expect(guardedFetch(server.url('/to-metadata'), { allow })).rejects.toThrow(BlockedAddressError);
  });

  test('a redirect to a non-http scheme is a bad URL', async () => {
    server.on('/to-file', (_req, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    });
    await expect(guardedFetch(server.url('/to-file'), { allow })).rejects.toThrow(BadUrlError);
  });
});

describe('guardedFetch: SSRF guard', () => {
  test('127.0.0.1 without an allow entry is blocked and never contacted', async () => {
    const before = server.hits('/ok');
    const err = await guardedFetch(server.url('/ok')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect((err as BlockedAddressError).range).toBe('loopback');
    expect(server.hits('/ok')).toBe(before);
  });

  test('an allow entry for another port does not open this one', async () => {
    await expect(guardedFetch(server.url('/ok'), { allow: [other.allowEntry] })).rejects.toThrow(BlockedAddressError);
  });

  test('"localhost" is checked after DNS resolution; allowed as written or by its resolved IP', async () => {
    const viaName = `http://localhost:${server.port}/ok`;
    await expect(guardedFetch(viaName)).rejects.toThrow(BlockedAddressError);
    const ipv4Only = async () => [{ address: '127.0.0.1', family: 4 }];
    expect((await guardedFetch(viaName, { allow: [`localhost:${server.port}`], resolve: ipv4Only })).status).toBe(200);
    expect((await guardedFetch(viaName, { allow, resolve: ipv4Only })).status).toBe(200);
  });

  test('a public-looking name that resolves to loopback (DNS rebinding) is blocked at connect time', async () => {
    const rebinding = async () => [{ address: '127.0.0.1', family: 4 }];
    const err = await guardedFetch(`http://news.example.com:${server.port}/ok`, { resolve: rebinding }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedAddressError);
    expect((err as BlockedAddressError).address).toBe('127.0.0.1');
  });

  test('metadata, private, CGNAT, IPv6 loopback, mapped and unique-local literals are refused without any connection', async () => {
    const resolve = jest.fn(async () => [{ address: '127.0.0.1', family: 4 }]);
    const targets = [
      'http://169.254.169.254/latest/meta-data/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://0.0.0.0/',
      'http://224.0.0.1/',
      'http://192.0.2.10/',
      'http://[::1]/',
      `http://[::1]:${server.port}/ok`,
      'http://[::ffff:127.0.0.1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://2130706433/', // 127.0.0.1 written as a number
    ];
    for (const t of targets) {
      const started = Date.now();
      const err = await guardedFetch(t, { resolve, timeoutMs: 2000 }).catch((e: unknown) => e);
      expect([t, err instanceof BlockedAddressError]).toEqual([t, true]);
      expect(Date.now() - started).toBeLessThan(500);
    }
    expect(resolve).not.toHaveBeenCalled();
  });

  test('bad URLs', async () => {
    for (const u of ['ftp://example.com/feed', 'not a url', 'javascript:alert(1)', 'http://user:pw@example.com/']) {
      const err = await guardedFetch(u).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BadUrlError);
      expect(isWirewatchError(err) && err.reason).toBe('bad-url');
    }
  });
});

describe('guardedFetch: limits and statuses', () => {
  test('a server that stalls hits the deadline', async () => {
    server.on('/stall', () => {
      /* never answers */
    });
    server.on('/stall-body', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html>');
    });
    for (const path of ['/stall', '/stall-body']) {
      const started = Date.now();
      const err = await guardedFetch(server.url(path), { allow, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchTimeoutError);
      expect((err as FetchTimeoutError).reason).toBe('timeout');
      expect(Date.now() - started).toBeGreaterThanOrEqual(280);
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  test('Content-Length over the cap fails before the body is read', async () => {
    server.on('/big', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 2048 });
      res.end(Buffer.alloc(2048, 0x61));
    });
    const err = await guardedFetch(server.url('/big'), { allow, maxBytes: 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooLargeError);
    expect((err as TooLargeError).message).toContain('Content-Length 2048');
  });

  test('a chunked body over the cap is cut off while streaming', async () => {
    server.on('/chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      let sent = 0;
      const tick = setInterval(() => {
        if (res.destroyed || sent > 200) {
          clearInterval(tick);
          if (!res.destroyed) res.end();
          return;
        }
        res.write(Buffer.alloc(1024, 0x61));
        sent++;
      }, 1);
    });
    const err = await guardedFetch(server.url('/chunked'), { allow, maxBytes: 16 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooLargeError);
    expect((err as TooLargeError).reason).toBe('too-large');
  });

  test('conditional GET: sends ETag and Last-Modified, 304 gives notModified', async () => {
    server.on('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v7"' && req.headers['if-modified-since'] === 'Tue, 01 Jul 2025 10:00:00 GMT') {
        res.writeHead(304, { etag: '"v7"' });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v7"' });
      res.end('<rss/>');
    });
    const r = await guardedFetch(server.url('/feed.xml'), { allow, etag: '"v7"', lastModified: 'Tue, 01 Jul 2025 10:00:00 GMT', expect: 'feed' });
    expect(r.status).toBe(304);
    expect(r.notModified).toBe(true);
    expect(r.body.length).toBe(0);
    expect(r.headers.etag).toBe('"v7"');
    const fresh = await guardedFetch(server.url('/feed.xml'), { allow, etag: '"old"' });
    expect(fresh.status).toBe(200);
    expect(fresh.notModified).toBe(false);
  });

  test('a 304 that was not asked for is a status error', async () => {
    server.on('/unasked-304', (_req, res) => {
      res.writeHead(304);
      res.end();
    });
    await expect(guardedFetch(server.url('/unasked-304'), { allow })).rejects.toThrow(HttpStatusError);
  });

  test('expect html refuses PDF, JSON and images by Content-Type without reading them', async () => {
    for (const type of ['application/pdf', 'application/json', 'image/png']) {
      server.on('/doc', html(Buffer.alloc(10), type));
      const err = await guardedFetch(server.url('/doc'), { allow, expect: 'html' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NotHtmlError);
      expect((err as NotHtmlError).reason).toBe('not-html');
      expect((err as NotHtmlError).contentType).toBe(type);
    }
    // the same body is fine when anything is expected
    expect((await guardedFetch(server.url('/doc'), { allow, expect: 'any' })).status).toBe(200);
  });

  test('expect html with no Content-Type sniffs the body', async () => {
    server.on('/untyped-html', (_req, res) => res.end(HTML));
    server.on('/untyped-pdf', (_req, res) => res.end('%PDF-1.7 binary'));
    expect((await guardedFetch(server.url('/untyped-html'), { allow, expect: 'html' })).text).toBe(HTML);
    await expect(guardedFetch(server.url('/untyped-pdf'), { allow, expect: 'html' })).rejects.toThrow(NotHtmlError);
  });

  test('404 and 500 are status errors that carry the status', async () => {
    server.on('/gone', (_req, res) => {
      res.writeHead(404);
      res.end('nope');
    });
    server.on('/broken', (_req, res) => {
      res.writeHead(500);
      res.end('oops');
    });
    for (const [path, status] of [['/gone', 404], ['/broken', 500]] as const) {
      const err = await guardedFetch(server.url(path), { allow }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HttpStatusError);
      expect((err as HttpStatusError).status).toBe(status);
      expect((err as HttpStatusError).reason).toBe('http-status');
    }
  });

  test('a refused connection is a network error', async () => {
    const port = await closedPort();
    const err = await guardedFetch(`http://127.0.0.1:${port}/`, { allow: [`127.0.0.1:${port}`] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).reason).toBe('network');
    expect((err as NetworkError).code).toBe('ECONNREFUSED');
  });

  test('a connection dropped mid-body is a network error', async () => {
    server.on('/drop', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 1000 });
      res.write('<html>partial');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(guardedFetch(server.url('/drop'), { allow })).rejects.toThrow(NetworkError);
  });
});

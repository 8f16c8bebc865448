import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { FetchTimeoutError, HttpStatusError, TooLargeError, decodeBody, decodeTextStream, guardedFetchStream } from '../../../lib/fetch';
import { LoopbackServer } from './loopback-server';

let server: LoopbackServer;
let allow: string[];

beforeAll(async () => {
  server = await new LoopbackServer().start();
  allow = [server.allowEntry];
});
afterAll(async () => {
  await server.stop();
});

async function readAll(text: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const t of text) s += t;
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('guardedFetchStream', () => {
  test('hands the first part of the body on before the server has sent the rest', async () => {
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    server.on('/held', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.write('<rss><channel><item><link>https://quay.example/1</link></item>' + ' '.repeat(5000));
      void finished.then(() => res.end('</channel></rss>'));
    });
    const r = await guardedFetchStream(server.url('/held'), { allow, expect: 'feed', timeoutMs: 5000 });
    expect(r).toMatchObject({ status: 200, notModified: false, contentType: 'application/rss+xml; charset=utf-8' });
    const it = r.text[Symbol.asyncIterator]();
    const first = await it.next();
    expect(first.value).toContain('https://quay.example/1');
    finish();
    let rest = '';
    for (let step = await it.next(); !step.done; step = await it.next()) rest += step.value;
    expect(rest.trim()).toBe('</channel></rss>');
  });

  test('a reader that stops reading pauses the socket: the server cannot send the whole body', async () => {
    const total = 40 * 1024 * 1024;
    let written = 0;
    let closed = false;
    server.on('/large', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      const piece = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (written < total) {
          written += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (closed = true));
      pump();
    });
    const r = await guardedFetchStream(server.url('/large'), { allow, maxBytes: 64 * 1024 * 1024, timeoutMs: 5000 });
    const it = r.text[Symbol.asyncIterator]();
    await it.next();
    // Wait until the server stops making progress (its writes wait for a drain that does not come).
    let last = -1;
    while (written !== last) {
      last = written;
      await sleep(300);
    }
    expect(written).toBeLessThan(total / 2);
    await it.return?.();
    for (let i = 0; i < 50 && !closed; i++) await sleep(20);
    expect(closed).toBe(true);
  });

  test('a reader that holds chunks longer than the timeout is not timed out; a slow drip is', async () => {
    server.on('/bulk', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(1024 * 1024, 0x62));
    });
    const r = await guardedFetchStream(server.url('/bulk'), { allow, timeoutMs: 1000 });
    let n = 0;
    for await (const t of r.text) {
      if (n === 0) await sleep(2500);
      n += t.length;
    }
    expect(n).toBe(1024 * 1024);

    server.on('/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const drip = await guardedFetchStream(server.url('/drip'), { allow, timeoutMs: 400 });
    await expect(readAll(drip.text)).rejects.toBeInstanceOf(FetchTimeoutError);
  });

  test('the size cap and the decompression-bomb guard apply while the body streams', async () => {
    server.on('/endless', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(3 * 1024 * 1024, 0x63));
    });
    const big = await guardedFetchStream(server.url('/endless'), { allow, maxBytes: 1024 * 1024, timeoutMs: 5000 });
    await expect(readAll(big.text)).rejects.toBeInstanceOf(TooLargeError);

    const bomb = zlib.gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x20));
    server.on('/bomb', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const gz = await guardedFetchStream(server.url('/bomb'), { allow, maxBytes: 1024 * 1024, timeoutMs: 5000 });
    await expect(readAll(gz.text)).rejects.toMatchObject({ name: 'TooLargeError', message: expect.stringMatching(/after gzip decoding/) });
  });

  test('gzip bodies are decoded; statuses and 304 are answered before any body is read', async () => {
    const feed = '<rss><channel><title>Pier</title></channel></rss>';
    server.on('/gz', (req, res) => {
      if (req.headers['if-none-match'] === '"p1"') return void res.writeHead(304, { etag: '"p1"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', etag: '"p1"' });
      res.end(zlib.gzipSync(feed));
    });
    const r = await guardedFetchStream(server.url('/gz'), { allow, timeoutMs: 5000 });
    expect(await readAll(r.text)).toBe(feed);
    const again = await guardedFetchStream(server.url('/gz'), { allow, timeoutMs: 5000, etag: '"p1"' });
    expect(again).toMatchObject({ status: 304, notModified: true, headers: { etag: '"p1"' } });
    expect(await readAll(again.text)).toBe('');
    server.on('/busy', (_req, res) => res.writeHead(503, { 'retry-after': '7' }).end());
    await expect(guardedFetchStream(server.url('/busy'), { allow, timeoutMs: 5000 })).rejects.toMatchObject({ constructor: HttpStatusError, status: 503, retryAfterMs: 7000 });
  });
});

describe('decodeTextStream', () => {
  async function* pieces(buf: Buffer, size: number): AsyncGenerator<Buffer> {
    for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
  }
  async function decode(buf: Buffer, size: number, type: string | null): Promise<string> {
    let s = '';
    for await (const t of decodeTextStream(pieces(buf, size), type)) s += t;
    return s;
  }

  test('UTF-8 characters split across chunks come out whole', async () => {
    const text = '<rss><channel><title>Żegluga – «Hafen» 港口 🚢</title></channel></rss>'.repeat(200);
    for (const size of [1, 2, 3, 1000]) expect(await decode(Buffer.from(text), size, 'application/rss+xml')).toBe(text);
  });

  test('undeclared windows-1252 bytes after an ASCII start: the same text as decoding the whole body', async () => {
    const text = `<rss><channel>${' '.repeat(6000)}<title>Hafenbehörde meldet Störung – Fähren fallen aus</title></channel></rss>`;
    const bytes = iconv.encode(text, 'windows-1252');
    const whole = decodeBody(bytes, 'text/xml');
    expect(whole.charset).toBe('windows-1252');
    for (const size of [7, 4096, 65536]) expect(await decode(bytes, size, 'text/xml')).toBe(whole.text);
    expect(whole.text).toBe(text);
  });

  test('a wrong charset in the header reads as decodeBody reads it (the header wins; bad bytes become U+FFFD)', async () => {
    const bytes = iconv.encode(`<rss><channel>${' '.repeat(5000)}<title>Fährverkehr eingestellt</title></channel></rss>`, 'windows-1252');
    const whole = decodeBody(bytes, 'application/rss+xml; charset=utf-8');
    expect(whole.text).toContain('F\uFFFDhrverkehr');
    for (const size of [3, 4096]) expect(await decode(bytes, size, 'application/rss+xml; charset=utf-8')).toBe(whole.text);
  });

  test('a charset declared in the XML declaration or the header', async () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-2"?><rss><channel><title>Przystań w Gdańsku zamknięta</title></channel></rss>';
    expect(await decode(iconv.encode(text, 'iso-8859-2'), 10, 'application/xml')).toBe(text);
    const sjis = '<rss><channel><title>港湾システム障害</title></channel></rss>';
    expect(await decode(iconv.encode(sjis, 'shift_jis'), 5, 'application/rss+xml; charset=Shift_JIS')).toBe(sjis);
  });
});

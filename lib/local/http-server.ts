import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { backfillBrowseIndex, needsBrowseBackfill, type Store } from '../store';
import { createApiHandler, type ApiResponse } from '../web/api';
import { vendorFile } from '../web/vendor-files';
import { LOCAL_COMPACTION } from './compaction';
import { checkRequestTarget } from './request-guard';

export interface HttpServerOptions {
  store: Store;
  port?: number;
  host?: string;
  /** Directory of the analyst page; defaults to lib/web/static. */
  staticDir?: string;
  /**
   * Look this often (ms; 0 = never, default 60000) for months of the browse index with 50
   * pending entries, or one older than 10 minutes, and fold them into a shard. Locally the
   * server is the compactor a deployment runs on a schedule.
   */
  compactEveryMs?: number;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
  /** Reload the browse index now (after a write this process made, so the next answer shows it). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

// No inline script or style anywhere: scraped text can only ever be text.
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** The file under root a URL path names, or null when it would leave root or is hidden. */
export function staticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = decoded === '/' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  if (rel.split('/').some((part) => part.startsWith('.'))) return null;
  const base = resolve(root);
  const full = resolve(join(base, rel));
  return full.startsWith(base + sep) ? full : null;
}

/** The file a page URL path names: a vendor file (lib/web/vendor-files.ts) or one under root. */
export function pageFile(root: string, urlPath: string): string | null {
  return vendorFile(urlPath) ?? staticPath(root, urlPath);
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer, head: boolean): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(head ? undefined : body);
}

/** Writes a streamed answer chunk by chunk, waiting when the client reads slowly. */
async function sendStream(res: ServerResponse, out: ApiResponse & { stream: AsyncIterable<string> }, head: boolean): Promise<void> {
  res.writeHead(out.status, { ...SECURITY_HEADERS, ...out.headers });
  if (head) {
    res.end();
    return;
  }
  for await (const chunk of out.stream) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await new Promise<void>((r) => res.once('drain', () => r()));
  }
  res.end();
}

/** Serves the browse API under /api/ and the analyst page's static files everywhere else. */
export function startHttpServer(opts: HttpServerOptions): Promise<RunningHttpServer> {
  const host = opts.host ?? '127.0.0.1';
  const root = opts.staticDir ?? join(__dirname, '..', 'web', 'static');
  // Short TTL, refreshed behind the answers: the runner may be writing records while someone browses.
  const api = createApiHandler(opts.store, { ttlMs: 2000, refreshInBackground: true });
  // Load the index while the server starts listening: the first request finds it (nearly) ready.
  // A store written before the browse index existed gets its index built once, first.
  const ready = (async () => {
    if (await needsBrowseBackfill(opts.store)) {
      const report = await backfillBrowseIndex(opts.store);
      process.stderr.write(`browse index built from ${report.records} records (${report.months} months)\n`);
    }
    await api.snapshot.refresh();
  })().catch(() => undefined); // a store that cannot be read answers 503 from the API itself
  const compactEveryMs = opts.compactEveryMs ?? 60_000;
  let compacting: Promise<unknown> | null = null;
  const compactTimer = compactEveryMs > 0
    ? setInterval(() => {
        compacting ??= opts.store.browseIndex.compact(LOCAL_COMPACTION).catch(() => undefined).finally(() => (compacting = null));
      }, compactEveryMs)
    : null;
  compactTimer?.unref();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    // Checked on the raw target: the URL parser below would resolve "%2e%2e" segments silently.
    const refused = checkRequestTarget(req.url ?? '/');
    if (refused) {
      send(res, 400, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: 'bad-request', message: refused }), method === 'HEAD');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) query[k] = v;
      await ready;
      const out = await api({ method, path: url.pathname, query });
      if (out.stream) await sendStream(res, { ...out, stream: out.stream }, method === 'HEAD');
      else send(res, out.status, out.headers, out.body, method === 'HEAD');
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' }, 'method not allowed\n', false);
      return;
    }
    const file = pageFile(root, url.pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found\n', method === 'HEAD');
      return;
    }
    const body = await readFile(file);
    // By the file's extension, else the URL's (a vendor file such as uplot's LICENSE is served as LICENSE.txt).
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? CONTENT_TYPES[extname(url.pathname).toLowerCase()] ?? 'application/octet-stream';
    send(res, 200, { 'content-type': type, 'cache-control': 'no-cache' }, body, method === 'HEAD');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: 'internal', message: String(e) }), false);
      else res.destroy();
    });
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
        port,
        server,
        refresh: async () => {
          await ready;
          await api.snapshot.refresh();
        },
        close: () =>
          new Promise<void>((r) => {
            if (compactTimer) clearInterval(compactTimer);
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

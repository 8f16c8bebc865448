import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Store } from '../store';
import { createApiHandler } from '../web/api';
import { checkRequestTarget } from './request-guard';

export interface HttpServerOptions {
  store: Store;
  port?: number;
  host?: string;
  /** Directory of the analyst page; defaults to lib/web/static. */
  staticDir?: string;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
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

const SECURITY_HEADERS = {
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

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer, head: boolean): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(head ? undefined : body);
}

/** Serves the browse API under /api/ and the analyst page's static files everywhere else. */
export function startHttpServer(opts: HttpServerOptions): Promise<RunningHttpServer> {
  const host = opts.host ?? '127.0.0.1';
  const root = opts.staticDir ?? join(__dirname, '..', 'web', 'static');
  // Short TTL: the runner may be writing records while someone browses.
  const api = createApiHandler(opts.store, { indexTtlMs: 1000 });

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
      const out = await api({ method, path: url.pathname, query });
      send(res, out.status, out.headers, out.body, method === 'HEAD');
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      send(res, 405, { 'content-type': 'text/plain; charset=utf-8', allow: 'GET, HEAD' }, 'method not allowed\n', false);
      return;
    }
    const file = staticPath(root, url.pathname);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found\n', method === 'HEAD');
      return;
    }
    const body = await readFile(file);
    send(res, 200, { 'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-cache' }, body, method === 'HEAD');
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
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
    });
  });
}

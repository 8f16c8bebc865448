import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { FeedConfig } from '../types';
import { ConfigurationError } from '../errors';

/**
 * The demo site: a real HTTP server on loopback that serves the bundled sample
 * feeds and story pages from samples/site, so `wirewatch demo` (and tests) can
 * run a whole ingestion pass without the internet. It behaves like a small
 * publisher's web server: content types with charsets, ETag/Last-Modified with
 * 304s, robots.txt, and a few deliberately broken URLs (see samples/site.json).
 */

export interface DemoSiteOptions {
  port?: number;
  host?: string;
  /** Directory holding site.json and site/; defaults to the repository's samples/. */
  root?: string;
}

export interface DemoSite {
  origin: string;
  feeds: FeedConfig[];
  close(): Promise<void>;
}

/** A URL with behaviour other than "serve the file at this path". */
export interface DemoRoute {
  status: number;
  /** File under site/ sent as the body (with its own content type). */
  file?: string;
  /** Redirect target; {{ORIGIN}} is substituted. */
  location?: string;
  contentType?: string;
}

export interface DemoManifest {
  feeds: Array<{ id: string; path: string; publisher: string }>;
  routes: Record<string, DemoRoute>;
}

/** samples/site.json is missing or not the shape the demo site needs. */
export class DemoManifestError extends ConfigurationError {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
  }
}

export const ORIGIN_PLACEHOLDER = '{{ORIGIN}}';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.stm': 'text/html; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/feed+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

// Only text bodies carry the {{ORIGIN}} placeholder; binary files are sent as stored.
function isText(contentType: string): boolean {
  return /charset=utf-8/.test(contentType);
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function defaultSamplesRoot(): string {
  return path.resolve(__dirname, '..', '..', 'samples');
}

export function loadDemoManifest(root: string): DemoManifest {
  const file = path.join(root, 'site.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new DemoManifestError(`cannot read demo manifest ${file}: ${(e as Error).message}`, e);
  }
  const m = raw as Partial<DemoManifest>;
  if (!m || !Array.isArray(m.feeds) || typeof m.routes !== 'object' || m.routes === null) {
    throw new DemoManifestError(`demo manifest ${file} needs "feeds" (array) and "routes" (object)`);
  }
  for (const f of m.feeds) {
    if (!f || typeof f.id !== 'string' || typeof f.path !== 'string' || !f.path.startsWith('/')) {
      throw new DemoManifestError(`demo manifest ${file}: every feed needs an id and a path starting with /`);
    }
  }
  return m as DemoManifest;
}

/** Strong ETag of the exact bytes sent. */
function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

function etagMatches(header: string, etag: string): boolean {
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((t) => {
    const v = t.trim();
    return v === '*' || v.replace(/^W\//, '') === bare;
  });
}

interface Resolved {
  file: string;
  stat: import('node:fs').Stats;
}

/** Maps a URL path onto a file under site/, the way a static web server would; null when nothing is there. */
async function resolveFile(siteDir: string, urlPath: string): Promise<Resolved | 'add-slash' | null> {
  const rel = path.posix.normalize(urlPath);
  const full = path.join(siteDir, rel);
  // Path traversal guard: the resolved file must stay inside site/.
  if (full !== siteDir && !full.startsWith(siteDir + path.sep)) return null;
  const candidates = urlPath.endsWith('/') ? [path.join(full, 'index.html')] : [full, `${full}.html`];
  for (const c of candidates) {
    const stat = await fs.stat(c).catch(() => null);
    if (stat?.isFile()) return { file: c, stat };
    if (stat?.isDirectory() && c === full) {
      const idx = await fs.stat(path.join(full, 'index.html')).catch(() => null);
      if (idx?.isFile()) return 'add-slash';
    }
  }
  return null;
}

export async function startDemoSite(opts: DemoSiteOptions = {}): Promise<DemoSite> {
  const root = opts.root ?? defaultSamplesRoot();
  const siteDir = path.join(root, 'site');
  const manifest = loadDemoManifest(root);
  const host = opts.host ?? '127.0.0.1';
  let origin = '';

  const substitute = (buf: Buffer): Buffer => Buffer.from(buf.toString('utf8').split(ORIGIN_PLACEHOLDER).join(origin), 'utf8');

  const send = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: Buffer,
  ): void => {
    res.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const notFound = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const page = await fs.readFile(path.join(siteDir, '404.html')).catch(() => Buffer.from('Not found\n'));
    send(req, res, 404, { 'Content-Type': 'text/html; charset=utf-8' }, substitute(page));
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Method not allowed\n'));
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://demo.invalid').pathname);
    } catch {
      send(req, res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, Buffer.from('Bad request\n'));
      return;
    }

    const route = manifest.routes[urlPath];
    if (route) {
      const headers: Record<string, string> = {};
      if (route.location) headers.Location = route.location.split(ORIGIN_PLACEHOLDER).join(origin);
      let body: Buffer = Buffer.alloc(0);
      if (route.file) {
        const file = path.join(siteDir, route.file);
        const ct = route.contentType ?? contentTypeFor(file);
        body = await fs.readFile(file);
        if (isText(ct)) body = substitute(body);
        headers['Content-Type'] = ct;
      }
      send(req, res, route.status, headers, body);
      return;
    }

    const found = await resolveFile(siteDir, urlPath);
    if (found === 'add-slash') {
      send(req, res, 301, { Location: `${urlPath}/` }, Buffer.alloc(0));
      return;
    }
    if (!found) {
      await notFound(req, res);
      return;
    }
    const ct = contentTypeFor(found.file);
    let body: Buffer = await fs.readFile(found.file);
    if (isText(ct)) body = substitute(body);
    const etag = etagOf(body);
    const modified = new Date(Math.floor(found.stat.mtimeMs / 1000) * 1000);
    const headers = {
      'Content-Type': ct,
      ETag: etag,
      'Last-Modified': modified.toUTCString(),
      'Cache-Control': 'public, max-age=0, must-revalidate',
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    // RFC 9110: If-None-Match wins over If-Modified-Since when both are sent.
    const notModified = inm !== undefined
      ? etagMatches(inm, etag)
      : ims !== undefined && !Number.isNaN(Date.parse(ims)) && modified.getTime() <= Date.parse(ims);
    if (notModified) {
      res.writeHead(304, { ETag: etag, 'Last-Modified': headers['Last-Modified'], 'Cache-Control': headers['Cache-Control'] });
      res.end();
      return;
    }
    send(req, res, 200, headers, body);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${(e as Error).message}\n`);
    });
  });
  // Keep-alive sockets would hold close() open; the demo has no use for them.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const hostPart = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  origin = `http://${hostPart}:${addr.port}`;

  const feeds: FeedConfig[] = manifest.feeds.map((f) => ({ id: f.id, url: `${origin}${f.path}`, publisher: f.publisher }));

  return {
    origin,
    feeds,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

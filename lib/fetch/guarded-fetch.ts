import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressRange, checkAddress, isIpLiteral } from './address-guard';
import { readWholeBody, streamBody } from './body-stream';
import { decodeBody, decodeTextStream } from './charset';
import {
  BadUrlError,
  BlockedAddressError,
  FetchError,
  FetchTimeoutError,
  HttpStatusError,
  NetworkError,
  NotHtmlError,
  TooLargeError,
  TooManyRedirectsError,
} from './errors';
import { DEFAULT_USER_AGENT } from './user-agent';
import { parseRetryAfter } from './retry-after';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface GuardedFetchOptions {
  /** "host:port" entries allowed even if private/loopback, e.g. "127.0.0.1:8081". */
  allow?: string[];
  /** Whole-request deadline including redirects and the body, default 15000. */
  timeoutMs?: number;
  /** Cap on the (decoded) body, default 5 MiB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Conditional GET validators; a 304 then gives notModified: true. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** 'html': a non-HTML content type throws NotHtmlError. */
  expect?: 'html' | 'feed' | 'any';
  userAgent?: string;
  /** Name resolution (default dns.lookup, all addresses); every answer is still checked by the guard. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

export interface FetchResult {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  contentType: string | null;
  body: Buffer;
  text: string;
  charset: string;
  notModified: boolean;
  /** Every URL that answered with a redirect, in order (the first is the URL asked for); empty without redirects. */
  redirects: string[];
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPT: Record<'html' | 'feed' | 'any', string> = {
  html: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,application/json;q=0.8,*/*;q=0.5',
  any: '*/*',
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function parseHttpUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw.trim(), base);
  } catch {
    throw new BadUrlError(raw, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new BadUrlError(u.href, `scheme ${u.protocol} is not http or https`);
  if (u.username || u.password) throw new BadUrlError(u.href, 'URLs with credentials are not fetched');
  return u;
}

function effectivePort(u: URL): number {
  return u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
}

function defaultResolve(hostname: string): Promise<ResolvedAddress[]> {
  return dns.promises.lookup(hostname, { all: true, verbatim: true });
}

/**
 * A `lookup` for http.request that resolves the name and refuses any address
 * the guard does not accept. Node connects only to what this returns, so the
 * address actually connected to is the one checked (no DNS-rebinding gap
 * between a check and a second resolution).
 */
function guardedLookup(u: URL, allow: readonly string[], resolve: (h: string) => Promise<ResolvedAddress[]>): LookupFunction {
  const port = effectivePort(u);
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const wanted = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
        const ok = wanted.filter((a) => checkAddress(u.hostname, a.address, port, allow).ok);
        if (ok.length === 0) {
          const first = wanted[0] ?? all[0];
          if (!first) {
            callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
            return;
          }
          callback(new BlockedAddressError(u.href, first.address, addressRange(first.address) ?? 'not an IP') as NodeJS.ErrnoException, '', 0);
          return;
        }
        if (options.all) callback(null, ok);
        else callback(null, ok[0].address, ok[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

function flattenHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** One GET; resolves once the response headers are in. */
function requestOnce(u: URL, headers: Record<string, string>, opts: GuardedFetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const allow = opts.allow ?? [];
  const port = effectivePort(u);
  const host = u.hostname.replace(/^\[|\]$/g, '');
  // Literal IPs never reach `lookup`, so they are checked here, before any connection.
  if (isIpLiteral(host)) {
    const verdict = checkAddress(host, host, port, allow);
    if (!verdict.ok) throw new BlockedAddressError(u.href, host, verdict.range);
  }
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(u, {
      method: 'GET',
      headers,
      // A fresh connection per request: a pooled socket would skip the lookup check.
      agent: false,
      lookup: guardedLookup(u, allow, opts.resolve ?? defaultResolve),
      signal,
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

function mediaType(contentType: string | null): string | null {
  if (!contentType) return null;
  return contentType.split(';')[0].trim().toLowerCase() || null;
}

function looksLikeHtml(body: Buffer): boolean {
  const head = body.subarray(0, 1024).toString('latin1').replace(/^\xef\xbb\xbf/, '').trimStart();
  return head.startsWith('<');
}

/** Headers are in and were accepted: the response whose body is to be read. */
interface Opened {
  res: http.IncomingMessage;
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  notModified: boolean;
  redirects: string[];
}

function requestHeaders(opts: GuardedFetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
    accept: opts.accept ?? ACCEPT[opts.expect ?? 'any'],
    'accept-encoding': 'gzip, deflate, br',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  return headers;
}

/** Follows redirects and checks status, type and declared length; `at.href` is the URL being asked. */
async function open(url: string, opts: GuardedFetchOptions, signal: AbortSignal, at: { href: string }): Promise<Opened> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const expect = opts.expect ?? 'any';
  const conditional = Boolean(opts.etag || opts.lastModified);
  const headers = requestHeaders(opts);
  let current = parseHttpUrl(url);
  at.href = current.href;
  const redirects: string[] = [];
  for (;;) {
    const res = await requestOnce(current, headers, opts, signal);
    try {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        res.resume();
        if (redirects.length >= maxRedirects) throw new TooManyRedirectsError(current.href, maxRedirects, [...redirects, current.href]);
        redirects.push(current.href);
        current = parseHttpUrl(location, current);
        at.href = current.href;
        continue;
      }
      const responseHeaders = flattenHeaders(res.headers);
      const contentType = responseHeaders['content-type'] ?? null;
      const base = { res, url: current.href, status, headers: responseHeaders, contentType, redirects };
      if (status === 304 && conditional) {
        res.resume();
        return { ...base, notModified: true };
      }
      if (status < 200 || status > 299) {
        res.resume();
        throw new HttpStatusError(current.href, status, parseRetryAfter(responseHeaders['retry-after']));
      }
      const type = mediaType(contentType);
      if (expect === 'html' && type !== null && !HTML_TYPES.has(type)) throw new NotHtmlError(current.href, contentType);
      const declared = Number(responseHeaders['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) throw new TooLargeError(current.href, maxBytes, `Content-Length ${declared}`);
      return { ...base, notModified: false };
    } catch (e) {
      res.destroy();
      throw e;
    }
  }
}

function asFetchError(e: unknown, href: string, timedOut: boolean, timeoutMs: number): FetchError {
  if (timedOut) return new FetchTimeoutError(href, timeoutMs);
  if (e instanceof FetchError) return e;
  return new NetworkError(href, e);
}

/**
 * GET a URL with the SSRF guard, redirect, time and size limits; decode its
 * charset. Throws a FetchError subclass (each with its FailureReason).
 */
export async function guardedFetch(url: string, opts: GuardedFetchOptions = {}): Promise<FetchResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const at = { href: url };
  let res: http.IncomingMessage | null = null;
  try {
    const o = await open(url, opts, controller.signal, at);
    res = o.res;
    const { url: finalUrl, status, headers, contentType, redirects } = o;
    if (o.notModified) return { url: finalUrl, status, headers, contentType, body: Buffer.alloc(0), text: '', charset: 'utf-8', notModified: true, redirects };
    const body = await readWholeBody(o.res, finalUrl, maxBytes);
    if (opts.expect === 'html' && mediaType(contentType) === null && !looksLikeHtml(body)) throw new NotHtmlError(finalUrl, null);
    const { text, charset } = decodeBody(body, contentType);
    return { url: finalUrl, status, headers, contentType, body, text, charset, notModified: false, redirects };
  } catch (e) {
    res?.destroy();
    throw asFetchError(e, at.href, controller.signal.aborted, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

export interface FetchStream extends Omit<FetchResult, 'body' | 'text' | 'charset'> {
  /**
   * The body as text, decoded by charset, chunk by chunk (read it once). The socket is paused
   * while the reader holds back; ending the iteration early releases the connection.
   * Reading throws the same FetchError subclasses as guardedFetch.
   */
  text: AsyncIterable<string>;
  /** Release the connection without reading (or finishing) the body. */
  cancel(): void;
}

/**
 * A time budget that runs only while we wait on the network (connecting, headers, the next body
 * chunk), not while the reader holds chunks back: a slow drip still times out, a slow reader does not.
 */
class NetworkDeadline {
  private remaining: number;
  private since: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    ms: number,
    private readonly onExpire: () => void,
  ) {
    this.remaining = ms;
  }

  run(): void {
    if (this.since !== null) return;
    this.since = Date.now();
    this.timer = setTimeout(this.onExpire, Math.max(0, this.remaining));
  }

  hold(): void {
    if (this.since === null) return;
    this.remaining -= Date.now() - this.since;
    this.since = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/**
 * guardedFetch with the body left to stream: resolves once the headers are in (redirects,
 * status, type and declared length checked as guardedFetch does). The size cap and the
 * decompression-bomb guard apply while the body is read; `timeoutMs` counts only time spent
 * waiting on the network.
 */
export async function guardedFetchStream(url: string, opts: GuardedFetchOptions = {}): Promise<FetchStream> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const deadline = new NetworkDeadline(timeoutMs, () => controller.abort());
  const at = { href: url };
  deadline.run();
  let o: Opened;
  try {
    o = await open(url, opts, controller.signal, at);
  } catch (e) {
    deadline.hold();
    throw asFetchError(e, at.href, controller.signal.aborted, timeoutMs);
  }
  deadline.hold();
  const { res, url: finalUrl, status, headers, contentType, redirects, notModified } = o;
  if (notModified) {
    res.destroy();
    return { url: finalUrl, status, headers, contentType, notModified, redirects, text: (async function* () {})(), cancel: () => undefined };
  }
  const body = streamBody(res, { url: finalUrl, maxBytes, waiting: (on) => (on ? deadline.run() : deadline.hold()) });
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      for (;;) {
        let step: IteratorResult<Buffer>;
        try {
          step = await body.next();
        } catch (e) {
          throw asFetchError(e, finalUrl, controller.signal.aborted, timeoutMs);
        }
        if (step.done) return;
        yield step.value;
      }
    } finally {
      deadline.hold();
      body.cancel();
    }
  }
  return {
    url: finalUrl,
    status,
    headers,
    contentType,
    notModified,
    redirects,
    text: decodeTextStream(bytes(), contentType),
    cancel: () => {
      deadline.hold();
      body.cancel();
    },
  };
}

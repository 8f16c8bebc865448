import { ConfigurationError, WirewatchError } from '../errors';

/** Base of every error guardedFetch throws: carries the URL being fetched when it failed. */
export class FetchError extends WirewatchError {
  readonly url: string;

  constructor(
    reason: ConstructorParameters<typeof WirewatchError>[0],
    url: string,
    message: string,
    options?: { status?: number | null; cause?: unknown },
  ) {
    super(reason, message, options);
    this.url = url;
  }
}

/** Not an absolute http(s) URL, or an unusable redirect target. */
export class BadUrlError extends FetchError {
  constructor(url: string, why: string) {
    super('bad-url', url, `bad URL ${JSON.stringify(url)}: ${why}`);
  }
}

/** The host resolves to (or is) a loopback, private, link-local or otherwise non-public address. */
export class BlockedAddressError extends FetchError {
  readonly address: string;
  readonly range: string;

  constructor(url: string, address: string, range: string) {
    super('ssrf-blocked', url, `refused to fetch ${url}: address ${address} is ${range}, not a public unicast address (add "host:port" to WIREWATCH_FETCH_ALLOW to allow it)`);
    this.address = address;
    this.range = range;
  }
}

export class FetchTimeoutError extends FetchError {
  readonly timeoutMs: number;

  constructor(url: string, timeoutMs: number) {
    super('timeout', url, `fetching ${url} took longer than ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

export class TooLargeError extends FetchError {
  readonly maxBytes: number;

  constructor(url: string, maxBytes: number, detail: string) {
    super('too-large', url, `response from ${url} is larger than ${maxBytes} bytes (${detail})`);
    this.maxBytes = maxBytes;
  }
}

export class HttpStatusError extends FetchError {
  /** What the response's Retry-After asked for, in ms (429/503), or null. */
  readonly retryAfterMs: number | null;

  constructor(url: string, status: number, retryAfterMs: number | null = null) {
    super('http-status', url, `${url} answered HTTP ${status}${retryAfterMs != null ? ` (Retry-After ${Math.round(retryAfterMs / 1000)} s)` : ''}`, { status });
    this.retryAfterMs = retryAfterMs;
  }
}

export class NetworkError extends FetchError {
  readonly code: string | null;

  constructor(url: string, cause: unknown) {
    const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : null;
    const what = cause instanceof Error ? cause.message : String(cause);
    super('network', url, `could not fetch ${url}: ${what}`, { cause });
    this.code = code;
  }
}

export class TooManyRedirectsError extends FetchError {
  readonly redirects: string[];

  constructor(url: string, maxRedirects: number, redirects: string[]) {
    super('too-many-redirects', url, `more than ${maxRedirects} redirects starting at ${redirects[0] ?? url}`);
    this.redirects = redirects;
  }
}

/** The caller wanted an HTML page and the server sent something else (PDF, image, JSON...). */
export class NotHtmlError extends FetchError {
  readonly contentType: string | null;

  constructor(url: string, contentType: string | null) {
    super('not-html', url, `expected an HTML page from ${url} but got ${contentType ?? 'a body that does not look like HTML'}`);
    this.contentType = contentType;
  }
}

export class RobotsDisallowedError extends FetchError {
  constructor(url: string, why: string) {
    super('robots', url, `robots.txt disallows ${url}: ${why}`);
  }
}

/** A WIREWATCH_FETCH_ALLOW entry that is not "host:port". */
export class InvalidAllowListError extends ConfigurationError {
  readonly entry: string;

  constructor(entry: string) {
    super(`WIREWATCH_FETCH_ALLOW entry ${JSON.stringify(entry)} is not "host:port" (e.g. 127.0.0.1:8081)`);
    this.entry = entry;
  }
}

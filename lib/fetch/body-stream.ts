import type http from 'node:http';
import zlib from 'node:zlib';
import { NetworkError, TooLargeError } from './errors';

/*
 * A response body as content-decoded chunks, read with backpressure: once HIGH_WATER_BYTES wait
 * for the reader, the socket (and the decompressor) are paused until it catches up. The size cap
 * counts raw and decoded bytes, so a compression bomb stops at the cap, and a paused
 * decompressor cannot run ahead of it.
 */

const HIGH_WATER_BYTES = 256 * 1024;

type Decoder = zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress;

function decoderFor(encoding: string, first: Buffer): Decoder | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      // "deflate" should be zlib-wrapped, but some servers send raw deflate; the zlib header tells them apart.
      return first.length >= 2 && (first[0] & 0x0f) === 8 && ((first[0] << 8) | first[1]) % 31 === 0
        ? zlib.createInflate()
        : zlib.createInflateRaw();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

export interface BodyStreamOptions {
  /** For error messages. */
  url: string;
  /** Cap on raw and on decoded bytes. */
  maxBytes: number;
  /** Told when the reader starts (true) and stops (false) waiting for bytes from the network. */
  waiting?: (on: boolean) => void;
}

export interface BodyStream extends AsyncIterableIterator<Buffer> {
  /** Stop reading and release the connection (idempotent). */
  cancel(): void;
}

export function streamBody(res: http.IncomingMessage, opts: BodyStreamOptions): BodyStream {
  const { url, maxBytes } = opts;
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const queue: Buffer[] = [];
  let queued = 0;
  let paused = false;
  let decodedBytes = 0;
  let rawBytes = 0;
  let decoder: Decoder | null = null;
  let started = false;
  let ended = false;
  let failure: unknown = null;
  let settled = false;
  let wake: (() => void) | null = null;

  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const release = (): void => {
    res.removeAllListeners('data');
    decoder?.removeAllListeners('data');
    decoder?.destroy();
    res.destroy();
  };
  const fail = (e: unknown): void => {
    if (settled) return;
    settled = true;
    failure = e;
    queue.length = 0;
    release();
    notify();
  };
  const done = (): void => {
    if (settled) return;
    settled = true;
    ended = true;
    notify();
  };
  const take = (chunk: Buffer): void => {
    if (settled) return;
    decodedBytes += chunk.length;
    if (decodedBytes > maxBytes) {
      fail(new TooLargeError(url, maxBytes, encoding && encoding !== 'identity' ? `more than that after ${encoding} decoding` : 'streamed body'));
      return;
    }
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= HIGH_WATER_BYTES && !paused) {
      paused = true;
      res.pause();
      decoder?.pause();
    }
    notify();
  };

  res.on('data', (chunk: Buffer) => {
    if (settled) return;
    rawBytes += chunk.length;
    if (rawBytes > maxBytes) {
      fail(new TooLargeError(url, maxBytes, 'streamed body'));
      return;
    }
    if (!started) {
      started = true;
      decoder = decoderFor(encoding, chunk);
      if (decoder) {
        decoder.on('data', take);
        decoder.on('end', done);
        decoder.on('error', (e) => fail(new NetworkError(url, new Error(`bad ${encoding} body: ${e.message}`))));
      }
    }
    if (decoder) decoder.write(chunk);
    else take(chunk);
  });
  res.on('end', () => {
    if (!res.complete) {
      fail(new NetworkError(url, new Error('connection closed before the body was complete')));
      return;
    }
    if (decoder) decoder.end();
    else done();
  });
  res.on('error', fail);
  res.on('close', () => {
    if (!settled && !res.complete) fail(new NetworkError(url, new Error('connection closed before the body was complete')));
  });

  const stream: BodyStream = {
    async next(): Promise<IteratorResult<Buffer>> {
      for (;;) {
        const chunk = queue.shift();
        if (chunk) {
          queued -= chunk.length;
          if (paused && queued < HIGH_WATER_BYTES / 2 && !settled) {
            paused = false;
            decoder?.resume();
            res.resume();
          }
          return { value: chunk, done: false };
        }
        if (failure) throw failure;
        if (ended) return { value: undefined, done: true };
        opts.waiting?.(true);
        await new Promise<void>((r) => (wake = r));
        opts.waiting?.(false);
      }
    },
    async return(): Promise<IteratorResult<Buffer>> {
      stream.cancel();
      return { value: undefined, done: true };
    },
    cancel(): void {
      if (settled) return;
      settled = true;
      ended = true;
      queue.length = 0;
      release();
      notify();
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

/** The whole body in one Buffer (same caps). */
export async function readWholeBody(res: http.IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of streamBody(res, { url, maxBytes })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

import { Sniffer, ResultType } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

/*
 * Charset detection uses encoding-sniffer (fb55; the sniffer cheerio itself
 * uses) rather than hand-rolled sniffing: it implements the WHATWG "encoding
 * sniffing" order — BOM, then the transport-layer (Content-Type) label, then a
 * prescan of the first bytes for <meta charset> / <meta http-equiv
 * content-type>, then an <?xml encoding="..."?> declaration — and maps every
 * label through the WHATWG label table (whatwg-encoding), so "iso-8859-1",
 * "latin1" and "ascii" mean windows-1252 as browsers do. Bytes are decoded
 * with iconv-lite. When nothing declares a charset we default to UTF-8 (what
 * feeds and modern pages use); if those bytes are not valid UTF-8 we fall back
 * to windows-1252, the WHATWG default for legacy unlabelled content, instead
 * of a statistical detector that can misfire on short texts.
 */

/** How many leading bytes the <meta>/<?xml?> prescan looks at. */
const PRESCAN_BYTES = 4096;

/** WHATWG names whose decoder iconv-lite knows under another name. */
const ICONV_NAME: Record<string, string> = {
  gbk: 'gb18030', // WHATWG: the GBK label decodes with the gb18030 decoder
  'iso-8859-8-i': 'iso-8859-8',
  'x-user-defined': 'windows-1252',
};

export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m ? m[2] : null;
}

function isValidUtf8(body: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The sniffer's answer for the first bytes: encoding, and whether nothing declared one. */
function sniffHead(head: Buffer, contentType: string | null): { encoding: string; undeclared: boolean } {
  const label = charsetFromContentType(contentType);
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    defaultEncoding: 'UTF-8',
    ...(label ? { transportLayerEncodingLabel: label } : {}),
  });
  sniffer.write(head.subarray(0, PRESCAN_BYTES));
  return { encoding: sniffer.encoding.toLowerCase(), undeclared: sniffer.resultType === ResultType.DEFAULT };
}

function usable(encoding: string): string {
  // "replacement" (ISO-2022-KR and friends) would decode to U+FFFD only; UTF-8 loses less.
  return iconv.encodingExists(ICONV_NAME[encoding] ?? encoding) ? encoding : 'utf-8';
}

/** Decide the body's encoding (lower-case WHATWG name) without decoding it. */
export function sniffCharset(body: Buffer, contentType: string | null): string {
  const { encoding, undeclared } = sniffHead(body, contentType);
  if (undeclared && encoding === 'utf-8' && !isValidUtf8(body)) return 'windows-1252';
  return usable(encoding);
}

function isAscii(buf: Buffer): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i] > 0x7f) return false;
  return true;
}

interface TextStreamDecoder {
  write(buf: Buffer): string;
  end(): string;
}

/**
 * Undeclared UTF-8, checked as it streams. sniffCharset falls back to windows-1252 when the
 * whole body is not valid UTF-8; here the first invalid sequence switches the rest of the body
 * to windows-1252 when everything before it was ASCII (the same text as the whole-body answer,
 * since ASCII reads alike in both). After real UTF-8 text, a stray byte becomes U+FFFD instead.
 */
function undeclaredUtf8(): TextStreamDecoder {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let ascii = true;
  let legacy: iconv.DecoderStream | null = null;
  let lenient: TextDecoder | null = null;
  return {
    write(buf) {
      if (legacy) return legacy.write(buf);
      if (lenient) return lenient.decode(buf, { stream: true });
      try {
        const s = strict.decode(buf, { stream: true });
        if (ascii && !isAscii(buf)) ascii = false;
        return s;
      } catch {
        if (ascii) {
          legacy = iconv.getDecoder('windows-1252');
          return legacy.write(buf);
        }
        lenient = new TextDecoder('utf-8');
        return lenient.decode(buf, { stream: true });
      }
    },
    end() {
      if (legacy) return legacy.end() ?? '';
      if (lenient) return lenient.decode();
      try {
        return strict.decode();
      } catch {
        return '\uFFFD'; // the body ended inside a UTF-8 sequence
      }
    },
  };
}

function decoderFor(head: Buffer, contentType: string | null): TextStreamDecoder {
  const { encoding, undeclared } = sniffHead(head, contentType);
  if (undeclared && encoding === 'utf-8') return undeclaredUtf8();
  const codec = iconv.getDecoder(ICONV_NAME[usable(encoding)] ?? usable(encoding));
  return { write: (buf) => codec.write(buf), end: () => codec.end() ?? '' };
}

/**
 * Decode a streamed body chunk by chunk: the charset is decided on the first PRESCAN_BYTES
 * (BOM, Content-Type charset, <meta>, <?xml encoding?>, else UTF-8), as decodeBody does.
 */
export async function* decodeTextStream(chunks: AsyncIterable<Buffer>, contentType: string | null): AsyncGenerator<string> {
  let head: Buffer[] = [];
  let headBytes = 0;
  let decoder: TextStreamDecoder | null = null;
  for await (const chunk of chunks) {
    if (decoder) {
      const t = decoder.write(chunk);
      if (t) yield t;
      continue;
    }
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes < PRESCAN_BYTES) continue;
    const first = Buffer.concat(head);
    head = [];
    decoder = decoderFor(first, contentType);
    const t = decoder.write(first);
    if (t) yield t;
  }
  if (!decoder) {
    const first = Buffer.concat(head);
    decoder = decoderFor(first, contentType);
    const t = decoder.write(first);
    if (t) yield t;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Decode a fetched body to text: BOM, Content-Type charset, <meta>, <?xml encoding?>, else UTF-8. */
export function decodeBody(body: Buffer, contentType: string | null): { text: string; charset: string } {
  const charset = sniffCharset(body, contentType);
  if (charset === 'utf-8') {
    // Most pages: Node's own UTF-8 decoder (native, several times faster than iconv-lite's, which
    // goes through string_decoder); the same replacement characters for bad bytes, BOM stripped.
    const text = body.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, charset };
  }
  // iconv-lite strips a BOM matching the encoding by default.
  const text = iconv.decode(body, ICONV_NAME[charset] ?? charset);
  return { text, charset };
}

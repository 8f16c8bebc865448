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

/** Decide the body's encoding (lower-case WHATWG name) without decoding it. */
export function sniffCharset(body: Buffer, contentType: string | null): string {
  const label = charsetFromContentType(contentType);
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    defaultEncoding: 'UTF-8',
    ...(label ? { transportLayerEncodingLabel: label } : {}),
  });
  sniffer.write(body.subarray(0, PRESCAN_BYTES));
  let encoding = sniffer.encoding.toLowerCase();
  if (sniffer.resultType === ResultType.DEFAULT && encoding === 'utf-8' && !isValidUtf8(body)) encoding = 'windows-1252';
  // "replacement" (ISO-2022-KR and friends) would decode to U+FFFD only; UTF-8 loses less.
  if (!iconv.encodingExists(ICONV_NAME[encoding] ?? encoding)) encoding = 'utf-8';
  return encoding;
}

/** Decode a fetched body to text: BOM, Content-Type charset, <meta>, <?xml encoding?>, else UTF-8. */
export function decodeBody(body: Buffer, contentType: string | null): { text: string; charset: string } {
  const charset = sniffCharset(body, contentType);
  // iconv-lite strips a BOM matching the encoding by default.
  const text = iconv.decode(body, ICONV_NAME[charset] ?? charset);
  return { text, charset };
}

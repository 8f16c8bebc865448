import sax from 'sax';
import type { FeedFormat, FeedItem } from '../types';
import { FeedParseError, type FeedParseErrorKind } from './errors';
import { BareAmpersandEscaper } from './bare-ampersands';
import { atomEntry, atomText, rss1Item, rssItem, sitemapLoc, sitemapUrl, textOf } from './feed-items';
import { parseJsonFeed } from './json-feed';
import { NS, plainText, resolveBase, splitName, type XmlElement } from './xml';

/*
 * An incremental feed reader over sax (strict mode). Text goes in chunk by chunk; each
 * <item>, <entry>, <url> or <sitemap> is turned into a FeedItem as it closes and then dropped,
 * so memory holds one item's elements plus the chunk in hand, whatever the feed's length.
 * Hostile XML: sax never reads a DTD, so external entities are never fetched; a DOCTYPE that
 * declares entities is refused outright (their references would otherwise be left as literal
 * text), which also disposes of entity bombs. Bare "&" (AT&T, ?a=1&b=2) is escaped on the way in
 * and unknown entity names (&bogus;) stay literal text, as hand-made feeds need; every other
 * well-formedness error is FeedParseError 'truncated'.
 */

/** Leading characters looked at to tell XML from JSON, HTML or plain text. */
const HEAD_CHARS = 4096;
/** Text handed to sax at once: bounds the items one write can produce. */
const SAX_SLICE = 64 * 1024;

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
/** The sax error for an entity name it does not know (&bogus;): the text is kept as written. */
const UNKNOWN_ENTITY = /^Invalid character entity\b/;

type Role = 'root' | 'channel' | 'item' | 'title' | null;

interface Frame {
  qname: string;
  el: XmlElement;
  scope: Map<string, string>;
  /** Build this element's subtree: inside an item or the feed's own title. */
  keep: boolean;
  role: Role;
}

export interface FeedHeader {
  format: FeedFormat;
  title: string | null;
  /** For sitemap indexes: the child sitemaps to fetch next. */
  sitemaps?: string[];
}

const ROOT_SCOPE = new Map<string, string>([['xml', NS.xml]]);

export class FeedReader {
  private mode: 'head' | 'json' | 'xml' | 'done' = 'head';
  private head = '';
  private headStart = '';
  private readonly json: string[] = [];
  private parser: sax.SAXParser | null = null;
  private readonly escaper = new BareAmpersandEscaper();
  private readonly stack: Frame[] = [];
  private out: FeedItem[] = [];
  private fatal: FeedParseError | null = null;
  private format: FeedFormat | null = null;
  private root: { local: string; ns: string } | null = null;
  /** RSS 1.0: the channel's namespace, which its sibling items share. */
  private channelNs: string | null = null;
  private title: string | null = null;
  private titleSeen = false;
  private news = false;
  private readonly sitemapSet = new Set<string>();
  private readonly type: string;

  constructor(
    private readonly feedUrl: string,
    contentType?: string | null,
  ) {
    this.type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  }

  /** Feed more text; returns the items completed by it, in document order (not de-duplicated). */
  write(text: string): FeedItem[] {
    if (this.mode === 'head') {
      this.head += text;
      this.decide(false);
    } else if (this.mode === 'json') this.json.push(text);
    else if (this.mode === 'xml') this.feedSax(text);
    return this.take();
  }

  /** The body is complete: the last items, or FeedParseError when it was not a whole feed. */
  end(): FeedItem[] {
    if (this.mode === 'head') this.decide(true);
    if (this.mode === 'json') {
      const parsed = parseJsonFeed(this.json.join(''), this.feedUrl);
      this.json.length = 0;
      this.mode = 'done';
      this.format = parsed.format;
      this.title = parsed.title;
      return parsed.items;
    }
    if (this.mode === 'xml' && this.parser) {
      this.feedSax('', true);
      this.mode = 'done';
      if (this.stack.length > 0) throw this.malformed(`the document ends inside ${this.stack.map((f) => `<${f.qname}>`).join('')}`);
      this.parser.close();
      this.throwIfFatal();
      if (!this.root) throw new FeedParseError('unknown-format', this.feedUrl, 'XML without a root element');
      if (this.format === 'rss1' && this.channelNs === null) throw new FeedParseError('unknown-format', this.feedUrl, this.describeRoot());
    }
    return this.take();
  }

  /** Format, title and child sitemaps: complete once end() returned. */
  get result(): FeedHeader {
    const format: FeedFormat = this.format === 'sitemap' && this.news ? 'newssitemap' : (this.format ?? 'rss2');
    if (format === 'sitemapindex') return { format, title: null, sitemaps: [...this.sitemapSet] };
    return { format, title: this.title };
  }

  private take(): FeedItem[] {
    if (this.out.length === 0) return [];
    const items = this.out;
    this.out = [];
    return items;
  }

  /** Tell XML from JSON, HTML and plain text once enough of the body is in. */
  private decide(atEnd: boolean): void {
    const s = this.head.replace(/^\uFEFF/, '').trimStart();
    if (!s) {
      if (atEnd) throw new FeedParseError('empty', this.feedUrl);
      this.head = '';
      return;
    }
    if (s.length < HEAD_CHARS && !atEnd) return;
    this.head = '';
    if (s.startsWith('{') || s.startsWith('[')) {
      this.mode = 'json';
      this.json.push(s);
      return;
    }
    this.mode = 'done';
    const start = s.slice(0, HEAD_CHARS);
    if (HTML_START.test(start)) throw new FeedParseError('html', this.feedUrl);
    if (!s.startsWith('<')) {
      if (this.type.includes('json')) throw new FeedParseError('invalid-json', this.feedUrl, 'the body does not start with { or [');
      if (this.type === 'text/html') throw new FeedParseError('html', this.feedUrl);
      throw new FeedParseError('unknown-format', this.feedUrl, `text that is neither XML nor JSON: ${JSON.stringify(s.trim().slice(0, 40))}`);
    }
    this.mode = 'xml';
    this.headStart = start;
    this.parser = this.createParser();
    this.feedSax(s);
  }

  private feedSax(raw: string, last = false): void {
    const parser = this.parser!;
    const text = last ? this.escaper.end() : this.escaper.push(raw);
    for (let i = 0; i < text.length; i += SAX_SLICE) {
      parser.write(i === 0 && text.length <= SAX_SLICE ? text : text.slice(i, i + SAX_SLICE));
      this.throwIfFatal();
    }
  }

  /** Items read before the error write() or end() threw (they were complete and well-formed). */
  drain(): FeedItem[] {
    return this.take();
  }

  private throwIfFatal(): void {
    if (!this.fatal) return;
    this.mode = 'done';
    throw this.fatal;
  }

  /** Malformed XML; an HTML page that is not well-formed XML is named as HTML. */
  private malformed(detail: string): FeedParseError {
    const kind: FeedParseErrorKind = this.type === 'text/html' || /<html[\s>]/i.test(this.headStart) ? 'html' : 'truncated';
    return new FeedParseError(kind, this.feedUrl, kind === 'html' ? undefined : detail);
  }

  private fail(e: FeedParseError): void {
    this.fatal ??= e;
  }

  private describeRoot(): string {
    const r = this.root!;
    return `XML whose root element is <${r.local}>${r.ns ? ` in namespace ${r.ns}` : ''}`;
  }

  private createParser(): sax.SAXParser {
    // strict: well-formedness is checked; the default entity table adds the HTML names (&nbsp;, &eacute;)
    // that real feeds use without declaring them. No xmlns option: prefixes are resolved here, so an
    // undeclared prefix is kept apart instead of failing the feed.
    const parser = sax.parser(true, { position: true });
    parser.onerror = (e: Error) => {
      const first = e.message.split('\n')[0];
      if (UNKNOWN_ENTITY.test(first)) {
        parser.resume();
        return;
      }
      const line = parser.line + 1;
      if (first === 'Unexpected close tag' && this.stack.length > 0) {
        this.fail(this.malformed(`line ${line}: Expected closing tag </${this.stack[this.stack.length - 1].qname}> but found </${(parser as sax.SAXParser & { tagName?: string }).tagName ?? ''}>`));
      } else this.fail(this.malformed(`line ${line}: ${first}`));
    };
    parser.ondoctype = (doctype: string) => {
      if (/<!ENTITY/i.test(doctype)) {
        this.fail(new FeedParseError('dtd-entities', this.feedUrl));
      }
    };
    parser.onopentag = (tag) => this.open(tag as sax.Tag);
    parser.onclosetag = () => this.close();
    parser.ontext = (t: string) => this.text(t);
    parser.oncdata = (t: string) => this.text(t);
    return parser;
  }

  private text(t: string): void {
    if (this.fatal) return;
    const top = this.stack[this.stack.length - 1];
    if (top?.keep) top.el.text += t;
  }

  private open(tag: sax.Tag): void {
    if (this.fatal) return;
    const attrs = tag.attributes;
    const parent = this.stack[this.stack.length - 1] ?? null;
    let scope = parent?.scope ?? ROOT_SCOPE;
    for (const k in attrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === (parent?.scope ?? ROOT_SCOPE)) scope = new Map(scope);
        scope.set(k === 'xmlns' ? '' : k.slice(6), attrs[k].trim());
      }
    }
    const [prefix, local] = splitName(tag.name);
    const ns = prefix === null ? (scope.get('') ?? '') : (scope.get(prefix) ?? `undeclared:${prefix}`);
    const base = resolveBase(parent?.el.base ?? this.feedUrl, attrs['xml:base']);
    const el: XmlElement = { ns, local, attrs, text: '', base, children: [] };
    let role: Role = null;
    let keep = false;
    if (!parent) {
      role = 'root';
      this.openRoot(local, ns);
    } else if (parent.keep) {
      keep = true;
      // Text on both sides of a child element reads as two words.
      if (parent.el.text) parent.el.text += ' ';
      parent.el.children.push(el);
    } else if (this.isItem(parent, local, ns)) {
      role = 'item';
      keep = true;
    } else if (this.isFeedTitle(parent, local, ns)) {
      role = 'title';
      keep = true;
    } else if (local === 'channel' && parent.role === 'root' && (this.format === 'rss2' ? ns === NS.none : this.format === 'rss1')) {
      role = 'channel';
      if (this.format === 'rss1') this.channelNs ??= ns;
    }
    this.stack.push({ qname: tag.name, el, scope, keep, role });
  }

  private openRoot(local: string, ns: string): void {
    this.root = { local, ns };
    switch (local.toLowerCase()) {
      case 'rss':
        this.format = 'rss2';
        return;
      case 'rdf':
        if (ns === NS.rdf) {
          this.format = 'rss1';
          return;
        }
        break;
      case 'feed':
        if (ns === NS.atom || ns === NS.atom03 || ns === '') {
          this.format = 'atom';
          return;
        }
        break;
      case 'urlset':
        this.format = 'sitemap';
        return;
      case 'sitemapindex':
        this.format = 'sitemapindex';
        return;
      case 'html':
        this.fail(new FeedParseError('html', this.feedUrl));
        return;
      default:
        break;
    }
    this.fail(new FeedParseError('unknown-format', this.feedUrl, this.describeRoot()));
  }

  private isItem(parent: Frame, local: string, ns: string): boolean {
    const rootNs = this.root!.ns;
    switch (this.format) {
      case 'rss2':
        return local === 'item' && ns === NS.none && (parent.role === 'channel' || parent.role === 'root');
      case 'rss1':
        return parent.role === 'root' && local === 'item' && (this.channelNs !== null ? ns === this.channelNs : ns === NS.rss1 || ns === NS.rss090);
      case 'atom':
        return parent.role === 'root' && local === 'entry' && ns === rootNs;
      case 'sitemap':
        return parent.role === 'root' && local === 'url' && ns === rootNs;
      case 'sitemapindex':
        return parent.role === 'root' && local === 'sitemap' && ns === rootNs;
      default:
        return false;
    }
  }

  private isFeedTitle(parent: Frame, local: string, ns: string): boolean {
    if (this.titleSeen || local !== 'title') return false;
    if (this.format === 'rss2') return parent.role === 'channel' && ns === NS.none;
    if (this.format === 'rss1') return parent.role === 'channel' && ns === parent.el.ns;
    if (this.format === 'atom') return parent.role === 'root' && ns === this.root!.ns;
    return false;
  }

  private close(): void {
    const frame = this.stack.pop();
    if (!frame || this.fatal) return;
    if (frame.role === 'item') this.item(frame.el);
    else if (frame.role === 'title') {
      this.titleSeen = true;
      this.title = this.format === 'atom' ? atomText(frame.el) : plainText(textOf(frame.el));
    }
  }

  private item(el: XmlElement): void {
    const rootNs = this.root!.ns;
    let item: FeedItem | null = null;
    switch (this.format) {
      case 'rss2':
        item = rssItem(el);
        break;
      case 'rss1':
        item = rss1Item(el, this.channelNs ?? el.ns);
        break;
      case 'atom':
        item = atomEntry(el, rootNs);
        break;
      case 'sitemap': {
        const u = sitemapUrl(el, rootNs);
        if (u.news) this.news = true;
        item = u.item;
        break;
      }
      case 'sitemapindex': {
        const loc = sitemapLoc(el, rootNs);
        if (loc) this.sitemapSet.add(loc);
        break;
      }
      default:
        break;
    }
    if (item) this.out.push(item);
  }
}

/**
 * Reads a feed from text chunks, handing each item to `onItem` as it is read; the next chunk is
 * not read until onItem's promise resolves (backpressure into a bounded queue). Throws
 * FeedParseError when the body is not a whole feed: items before the fault have been handed on.
 */
export async function readFeed(
  chunks: AsyncIterable<string>,
  feedUrl: string,
  contentType: string | null | undefined,
  onItem: (item: FeedItem) => void | Promise<void>,
): Promise<FeedHeader & { items: number }> {
  const reader = new FeedReader(feedUrl, contentType);
  let n = 0;
  const handOn = async (items: FeedItem[]) => {
    for (const item of items) {
      n++;
      await onItem(item);
    }
  };
  const step = async (read: () => FeedItem[]) => {
    let items: FeedItem[];
    try {
      items = read();
    } catch (e) {
      await handOn(reader.drain());
      throw e;
    }
    await handOn(items);
  };
  for await (const chunk of chunks) await step(() => reader.write(chunk));
  await step(() => reader.end());
  return { ...reader.result, items: n };
}

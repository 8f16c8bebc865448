import type { FeedItem, ParsedFeed } from '../types';
import { canonicalizeUrl } from '../url';
import { parseFeedDate } from './dates';
import { FeedParseError } from './errors';
import { NS, deepText, httpUrl, kid, kids, parseXml, plainText, xmlProblem, type XmlElement } from './xml';

/** Keeps the first item per URL (compared canonically: tracking parameters and fragments ignored). */
function dedupe(items: (FeedItem | null)[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const item of items) {
    if (!item) continue;
    const key = canonicalizeUrl(item.url) ?? item.url;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

function textOf(el: XmlElement | null): string | null {
  if (!el) return null;
  const t = el.text.trim();
  return t || null;
}

// ---------- RSS 2.0 (and 0.9x) ----------

function rssItem(item: XmlElement): FeedItem | null {
  const atomLink = kids(item, 'link', NS.atom).find((l) => !l.attrs.rel || l.attrs.rel === 'alternate');
  const guidEl = kid(item, 'guid', NS.none);
  const guid = textOf(guidEl);
  const permaLink = guidEl?.attrs.isPermaLink?.trim().toLowerCase();
  // A guid is the link only when it is a permalink: explicitly, or by default when it is an absolute URL.
  const guidUrl = guid && permaLink !== 'false' ? (permaLink === 'true' ? httpUrl(guid, item.base) : /^https?:\/\//i.test(guid) ? httpUrl(guid, item.base) : null) : null;
  const url =
    // FeedBurner rewrites <link> to a click tracker and keeps the article in origLink.
    httpUrl(textOf(kid(item, 'origLink', NS.feedburner)), item.base) ??
    httpUrl(textOf(kid(item, 'link', NS.none)), item.base) ??
    httpUrl(atomLink?.attrs.href, atomLink?.base ?? item.base) ??
    guidUrl;
  if (!url) return null;
  const date =
    parseFeedDate(textOf(kid(item, 'pubDate', NS.none))) ??
    parseFeedDate(textOf(kid(item, 'date', NS.dc))) ??
    parseFeedDate(textOf(kid(item, 'published', NS.atom))) ??
    parseFeedDate(textOf(kid(item, 'updated', NS.atom)));
  return { url, title: plainText(textOf(kid(item, 'title', NS.none)) ?? textOf(kid(item, 'title', NS.dc))), publishedAt: date, guid };
}

function parseRss2(root: XmlElement): ParsedFeed {
  const channel = kid(root, 'channel', NS.none);
  const items = [...(channel ? kids(channel, 'item', NS.none) : []), ...kids(root, 'item', NS.none)];
  return {
    format: 'rss2',
    title: plainText(channel ? textOf(kid(channel, 'title', NS.none)) : null),
    items: dedupe(items.map(rssItem)),
  };
}

// ---------- RSS 1.0 / 0.90 (RDF) ----------

function parseRss1(root: XmlElement, ns: string): ParsedFeed {
  const channel = kid(root, 'channel', ns);
  const items = kids(root, 'item', ns).map((item): FeedItem | null => {
    const about = item.attrs['rdf:about']?.trim() || null;
    const url = httpUrl(textOf(kid(item, 'link', ns)), item.base) ?? httpUrl(about, item.base);
    if (!url) return null;
    return {
      url,
      title: plainText(textOf(kid(item, 'title', ns)) ?? textOf(kid(item, 'title', NS.dc))),
      publishedAt: parseFeedDate(textOf(kid(item, 'date', NS.dc))),
      guid: about,
    };
  });
  return { format: 'rss1', title: plainText(channel ? textOf(kid(channel, 'title', ns)) : null), items: dedupe(items) };
}

// ---------- Atom 1.0 (and 0.3) ----------

function atomText(el: XmlElement | null): string | null {
  if (!el) return null;
  return plainText(el.attrs.type === 'xhtml' ? deepText(el) : el.text);
}

function atomLink(entry: XmlElement, ns: string): string | null {
  const links = kids(entry, 'link', ns);
  const alternates = links.filter((l) => !l.attrs.rel || l.attrs.rel.trim() === 'alternate' || l.attrs.rel.trim() === 'http://www.iana.org/assignments/relation/alternate');
  // Several alternates: an HTML one is the story page.
  const preferred = alternates.find((l) => /html/i.test(l.attrs.type ?? '')) ?? alternates[0];
  if (preferred) return httpUrl(preferred.attrs.href, preferred.base);
  return null;
}

function parseAtom(root: XmlElement, ns: string): ParsedFeed {
  const items = kids(root, 'entry', ns).map((entry): FeedItem | null => {
    const id = textOf(kid(entry, 'id', ns));
    // An entry without an alternate link can still be a story when its id is its http(s) URL.
    const url = atomLink(entry, ns) ?? (id && /^https?:\/\//i.test(id) ? httpUrl(id, entry.base) : null);
    if (!url) return null;
    const date =
      parseFeedDate(textOf(kid(entry, 'published', ns))) ??
      parseFeedDate(textOf(kid(entry, 'issued', ns))) ?? // Atom 0.3
      parseFeedDate(textOf(kid(entry, 'updated', ns))) ??
      parseFeedDate(textOf(kid(entry, 'modified', ns))) ?? // Atom 0.3
      parseFeedDate(textOf(kid(entry, 'date', NS.dc)));
    return { url, title: atomText(kid(entry, 'title', ns)), publishedAt: date, guid: id };
  });
  return { format: 'atom', title: atomText(kid(root, 'title', ns)), items: dedupe(items) };
}

// ---------- Sitemaps ----------

function parseUrlset(root: XmlElement, ns: string): ParsedFeed {
  let news = false;
  const items = kids(root, 'url', ns).map((u): FeedItem | null => {
    const url = httpUrl(textOf(kid(u, 'loc', ns)), u.base);
    if (!url) return null;
    const n = kid(u, 'news', NS.news, 'undeclared:news');
    if (n) news = true;
    const nns = n?.ns ?? NS.news;
    return {
      url,
      title: n ? plainText(textOf(kid(n, 'title', nns))) : null,
      publishedAt: (n ? parseFeedDate(textOf(kid(n, 'publication_date', nns))) : null) ?? parseFeedDate(textOf(kid(u, 'lastmod', ns))),
      guid: null,
    };
  });
  return { format: news ? 'newssitemap' : 'sitemap', title: null, items: dedupe(items) };
}

function parseSitemapIndex(root: XmlElement, ns: string): ParsedFeed {
  const seen = new Set<string>();
  const sitemaps: string[] = [];
  for (const s of kids(root, 'sitemap', ns)) {
    const loc = httpUrl(textOf(kid(s, 'loc', ns)), s.base);
    if (loc && !seen.has(loc)) {
      seen.add(loc);
      sitemaps.push(loc);
    }
  }
  return { format: 'sitemapindex', title: null, items: [], sitemaps };
}

// ---------- JSON Feed 1.0 / 1.1 ----------

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v); // 1.0 feeds sometimes use numeric ids
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseJsonFeed(body: string, feedUrl: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    throw new FeedParseError('invalid-json', feedUrl, e instanceof Error ? e.message : String(e));
  }
  const version = isRecord(doc) ? str(doc.version) : null;
  const isJsonFeed = isRecord(doc) && Array.isArray(doc.items) && (version === null ? typeof doc.title === 'string' : /jsonfeed\.org\/version\//i.test(version));
  if (!isRecord(doc) || !isJsonFeed) {
    throw new FeedParseError('unknown-format', feedUrl, 'JSON that is not a JSON Feed (no jsonfeed.org version and items)');
  }
  const base = httpUrl(str(doc.feed_url), feedUrl) ?? feedUrl;
  const items = (doc.items as unknown[]).map((it): FeedItem | null => {
    if (!isRecord(it)) return null;
    const url = httpUrl(str(it.url), base) ?? httpUrl(str(it.external_url), base);
    if (!url) return null;
    return {
      url,
      title: plainText(str(it.title)),
      publishedAt: parseFeedDate(str(it.date_published)) ?? parseFeedDate(str(it.date_modified)),
      guid: str(it.id),
    };
  });
  return { format: 'jsonfeed', title: plainText(str(doc.title)), items: dedupe(items) };
}

// ---------- detection ----------

const HTML_START = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** Escape bare "&" (AT&T, ?a=1&b=2) that many hand-made feeds contain; leaves real references alone. */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

function describeRoot(root: XmlElement): string {
  return `XML whose root element is <${root.local}>${root.ns ? ` in namespace ${root.ns}` : ''}`;
}

/**
 * Parse an RSS 2.0, RSS 1.0, Atom, JSON Feed, sitemap, sitemap index or
 * Google News sitemap body into items with absolute http(s) URLs. Anything
 * that is not a feed throws FeedParseError saying what it was.
 */
export function parseFeed(body: string, feedUrl: string, contentType?: string | null): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw new FeedParseError('empty', feedUrl);
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();

  if (text.startsWith('{') || text.startsWith('[')) return parseJsonFeed(text, feedUrl);
  if (HTML_START.test(text.slice(0, 4096))) throw new FeedParseError('html', feedUrl);
  if (!text.startsWith('<')) {
    if (type.includes('json')) throw new FeedParseError('invalid-json', feedUrl, 'the body does not start with { or [');
    if (type === 'text/html') throw new FeedParseError('html', feedUrl);
    throw new FeedParseError('unknown-format', feedUrl, `text that is neither XML nor JSON: ${JSON.stringify(text.slice(0, 40))}`);
  }

  let xml = text;
  const problem = xmlProblem(xml);
  if (problem) {
    const repaired = escapeBareAmpersands(xml);
    if (repaired === xml || xmlProblem(repaired)) {
      if (type === 'text/html' || /<html[\s>]/i.test(text.slice(0, 4096))) throw new FeedParseError('html', feedUrl);
      throw new FeedParseError('truncated', feedUrl, problem);
    }
    xml = repaired;
  }
  let root: XmlElement | null;
  try {
    root = parseXml(xml, feedUrl);
  } catch (e) {
    throw new FeedParseError('truncated', feedUrl, e instanceof Error ? e.message : String(e));
  }
  if (!root) throw new FeedParseError('unknown-format', feedUrl, 'XML without a root element');

  switch (root.local.toLowerCase()) {
    case 'rss':
      return parseRss2(root);
    case 'rdf': {
      const channel = root.children.find((c) => c.local === 'channel');
      if (root.ns === NS.rdf && channel) return parseRss1(root, channel.ns);
      break;
    }
    case 'feed':
      if (root.ns === NS.atom || root.ns === NS.atom03 || root.ns === '') return parseAtom(root, root.ns);
      break;
    case 'urlset':
      return parseUrlset(root, root.ns);
    case 'sitemapindex':
      return parseSitemapIndex(root, root.ns);
    case 'html':
      throw new FeedParseError('html', feedUrl);
    default:
      break;
  }
  throw new FeedParseError('unknown-format', feedUrl, describeRoot(root));
}

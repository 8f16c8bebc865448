import { decodeHTML } from 'entities';

/*
 * The element model the feed readers work on. `lib/feeds/feed-reader.ts` builds it from sax
 * events one item at a time (never the whole document); prefixes are resolved against the
 * xmlns declarations in scope so that, e.g., an RSS <link> and an <atom:link> never get mixed
 * up, and Atom or news sitemaps written with unusual prefixes still parse. xml:base is tracked
 * the same way.
 */

export const NS = {
  none: '',
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  dc: 'http://purl.org/dc/elements/1.1/',
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

export interface XmlElement {
  /** Namespace URI ('' for none; "undeclared:p" for an undeclared prefix p). */
  ns: string;
  local: string;
  /** Attributes by qualified name. */
  attrs: Record<string, string>;
  /** Direct text (CDATA included, entities decoded). */
  text: string;
  /** Base URL for relative links inside this element (feed URL + xml:base). */
  base: string;
  children: XmlElement[];
}

export function splitName(qname: string): [string | null, string] {
  const i = qname.indexOf(':');
  return i < 0 ? [null, qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

export function resolveBase(base: string, xmlBase: string | undefined): string {
  if (!xmlBase) return base;
  try {
    return new URL(xmlBase.trim(), base).href;
  } catch {
    return base;
  }
}

/** Children with this local name in any of the namespaces. */
export function kids(el: XmlElement, local: string, ...nss: string[]): XmlElement[] {
  return el.children.filter((c) => c.local === local && nss.includes(c.ns));
}

export function kid(el: XmlElement, local: string, ...nss: string[]): XmlElement | null {
  return el.children.find((c) => c.local === local && nss.includes(c.ns)) ?? null;
}

/** All text under an element (for xhtml content), in document order per child group. */
export function deepText(el: XmlElement): string {
  return [el.text, ...el.children.map(deepText)].filter(Boolean).join(' ');
}

const TAG = /<\/?[a-z][^>]*>/gi;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Plain text for titles: publishers put HTML (escaped or in CDATA) and
 * double-escaped entities in them, so strip tags, decode entities once more
 * and collapse whitespace. Null when nothing is left.
 */
export function plainText(s: string | null | undefined): string | null {
  if (!s) return null;
  let t = s.replace(TAG, ' ');
  if (ENTITY.test(t)) t = decodeHTML(t);
  t = t.replace(/\s+/g, ' ').trim();
  return t || null;
}

/** Resolve a link against a base; only absolute http(s) URLs survive. */
export function httpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;
  try {
    const u = new URL(s, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

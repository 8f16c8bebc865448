import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeHTML } from 'entities';

/*
 * A small namespace-aware view over fast-xml-parser's object output. The
 * parser keeps qualified names ("dc:date", "atom:link"); prefixes are
 * resolved against the xmlns declarations in scope so that, e.g., an RSS
 * <link> and an <atom:link> never get mixed up, and Atom or news sitemaps
 * written with unusual prefixes still parse. xml:base is tracked the same way.
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

type RawNode = string | { [key: string]: RawNode[] | string };

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

const ATTR = '@_';
const TEXT = '#text';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: ATTR,
  textNodeName: TEXT,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true, // &nbsp; &eacute; ... appear in real feeds without a DTD
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (_name: string, _jpath: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

/** Validator result: null when well-formed, else a one-line reason. */
export function xmlProblem(xml: string): string | null {
  const r = XMLValidator.validate(xml);
  if (r === true) return null;
  // "Invalid '["rss","channel","item"]' found." means the document ended with those elements open.
  const open = /^Invalid '(\[.*\])' found\.$/s.exec(r.err.msg.replace(/\s+/g, ' '));
  if (open) {
    try {
      const names = JSON.parse(open[1]) as string[];
      return `the document ends inside ${names.map((n) => `<${n}>`).join('')}`;
    } catch {
      // fall through to the raw message
    }
  }
  return `line ${r.err.line}: ${r.err.msg.replace(/\s+/g, ' ')}`;
}

function splitName(qname: string): [string | null, string] {
  const i = qname.indexOf(':');
  return i < 0 ? [null, qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

function resolveBase(base: string, xmlBase: string | undefined): string {
  if (!xmlBase) return base;
  try {
    return new URL(xmlBase.trim(), base).href;
  } catch {
    return base;
  }
}

function build(qname: string, raw: RawNode, scope: Map<string, string>, base: string): XmlElement {
  const attrs: Record<string, string> = {};
  const childEntries: [string, RawNode[]][] = [];
  let text = '';
  if (typeof raw === 'string') text = raw;
  else {
    for (const [k, v] of Object.entries(raw)) {
      if (k.startsWith(ATTR)) attrs[k.slice(ATTR.length)] = String(v);
      else if (k === TEXT) text = Array.isArray(v) ? v.join(' ') : String(v);
      else childEntries.push([k, Array.isArray(v) ? v : [v]]);
    }
  }
  let inScope = scope;
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) {
      if (inScope === scope) inScope = new Map(scope);
      inScope.set(k === 'xmlns' ? '' : k.slice(6), v.trim());
    }
  }
  const [prefix, local] = splitName(qname);
  const ns = prefix === null ? (inScope.get('') ?? '') : (inScope.get(prefix) ?? `undeclared:${prefix}`);
  const ownBase = resolveBase(base, attrs['xml:base']);
  const children: XmlElement[] = [];
  for (const [k, list] of childEntries) for (const item of list) children.push(build(k, item, inScope, ownBase));
  return { ns, local, attrs, text, base: ownBase, children };
}

/** Parse well-formed XML (check with xmlProblem first) into its root element, or null when there is none. */
export function parseXml(xml: string, baseUrl: string): XmlElement | null {
  const doc = parser.parse(xml) as Record<string, RawNode[]>;
  for (const [k, v] of Object.entries(doc)) {
    if (k.startsWith('?') || k.startsWith('!') || k === TEXT || k.startsWith(ATTR)) continue;
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) return build(k, first, new Map([['xml', NS.xml]]), baseUrl);
  }
  return null;
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

import type { FeedItem } from '../types';
import { parseFeedDate } from './dates';
import { NS, deepText, httpUrl, kid, kids, plainText, type XmlElement } from './xml';

/*
 * One feed item from its element. The reader calls these as each <item>, <entry>, <url> or
 * <sitemap> closes, so only one item's elements are ever held.
 */

export function textOf(el: XmlElement | null): string | null {
  if (!el) return null;
  const t = el.text.trim();
  return t || null;
}

/** RSS 2.0 (and 0.9x) <item>. */
export function rssItem(item: XmlElement): FeedItem | null {
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

/** RSS 1.0 / 0.90 (RDF) <item>, in the channel's namespace. */
export function rss1Item(item: XmlElement, ns: string): FeedItem | null {
  const about = item.attrs['rdf:about']?.trim() || null;
  const url = httpUrl(textOf(kid(item, 'link', ns)), item.base) ?? httpUrl(about, item.base);
  if (!url) return null;
  return {
    url,
    title: plainText(textOf(kid(item, 'title', ns)) ?? textOf(kid(item, 'title', NS.dc))),
    publishedAt: parseFeedDate(textOf(kid(item, 'date', NS.dc))),
    guid: about,
  };
}

export function atomText(el: XmlElement | null): string | null {
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

/** Atom 1.0 (and 0.3) <entry>. */
export function atomEntry(entry: XmlElement, ns: string): FeedItem | null {
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
}

/** Sitemap <url>; `news` says whether it carried a Google News block. */
export function sitemapUrl(u: XmlElement, ns: string): { item: FeedItem | null; news: boolean } {
  const url = httpUrl(textOf(kid(u, 'loc', ns)), u.base);
  if (!url) return { item: null, news: false };
  const n = kid(u, 'news', NS.news, 'undeclared:news');
  const nns = n?.ns ?? NS.news;
  return {
    item: {
      url,
      title: n ? plainText(textOf(kid(n, 'title', nns))) : null,
      publishedAt: (n ? parseFeedDate(textOf(kid(n, 'publication_date', nns))) : null) ?? parseFeedDate(textOf(kid(u, 'lastmod', ns))),
      guid: null,
    },
    news: n !== null,
  };
}

/** Sitemap index <sitemap>: the child sitemap's URL. */
export function sitemapLoc(s: XmlElement, ns: string): string | null {
  return httpUrl(textOf(kid(s, 'loc', ns)), s.base);
}

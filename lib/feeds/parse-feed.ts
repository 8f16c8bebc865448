import type { FeedItem, ParsedFeed } from '../types';
import { canonicalizeUrl } from '../url';
import { FeedReader } from './feed-reader';

/** Keeps the first item per URL (compared canonically: tracking parameters and fragments ignored). */
export function dedupeItems(items: readonly FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  const out: FeedItem[] = [];
  for (const item of items) {
    const key = canonicalizeUrl(item.url) ?? item.url;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/**
 * Parse a whole RSS 2.0, RSS 1.0, Atom, JSON Feed, sitemap, sitemap index or Google News
 * sitemap body into items with absolute http(s) URLs. Anything that is not a feed throws
 * FeedParseError saying what it was. The pipeline streams instead (`readFeed`); this is the
 * same reader fed one string.
 */
export function parseFeed(body: string, feedUrl: string, contentType?: string | null): ParsedFeed {
  const reader = new FeedReader(feedUrl, contentType);
  const items = reader.write(body);
  items.push(...reader.end());
  return { ...reader.result, items: dedupeItems(items) };
}

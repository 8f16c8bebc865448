import type { FeedItem, ParsedFeed } from '../types';
import { parseFeedDate } from './dates';
import { FeedParseError } from './errors';
import { httpUrl, plainText } from './xml';

// JSON Feed 1.0 / 1.1. JSON.parse needs the whole text, so a JSON feed is read whole (under the
// fetch's size cap); only XML feeds stream item by item.

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v); // 1.0 feeds sometimes use numeric ids
  return null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Items not yet de-duplicated (in feed order). */
export function parseJsonFeed(body: string, feedUrl: string): ParsedFeed {
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
  const items: FeedItem[] = [];
  for (const it of doc.items as unknown[]) {
    if (!isRecord(it)) continue;
    const url = httpUrl(str(it.url), base) ?? httpUrl(str(it.external_url), base);
    if (!url) continue;
    items.push({
      url,
      title: plainText(str(it.title)),
      publishedAt: parseFeedDate(str(it.date_published)) ?? parseFeedDate(str(it.date_modified)),
      guid: str(it.id),
    });
  }
  return { format: 'jsonfeed', title: plainText(str(doc.title)), items };
}

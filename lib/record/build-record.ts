import type { CleanedPage, Extraction, PublishedAtSource, StoryRecord } from '../types';
import { canonicalizeUrl, registrableDomain, sha256Hex, storyId } from '../url';
import { emptyStoryError } from './errors';
import { leadSummary, leadText, splitSentences, truncate } from './sentences';
import pkg from '../../package.json';

/**
 * Bumped by hand whenever cleaning or extraction changes what a record holds, so
 * records of an older extractor can be found and rebuilt from the raw archive.
 * (A hash of the source files would break once the code is bundled for Lambda.)
 */
export const EXTRACTOR_REVISION = 2;
export const EXTRACTOR_VERSION = `${pkg.version}+x${EXTRACTOR_REVISION}`;

/** How far a publishedAt may run ahead of fetchedAt (time-zone slips) before it is judged wrong. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export interface BuildRecordInput {
  /** Where the page was fetched from (after redirects), or a file: URL for local files. */
  url: string;
  feedUrl: string | null;
  fetchedAt: string;
  cleaned: CleanedPage;
  extraction: Extraction;
  extractorVersion?: string;
  /** Title the feed gave the item: the headline fallback. */
  feedTitle?: string | null;
  /** Date the feed gave the item: the publishedAt fallback. */
  feedPublishedAt?: string | null;
  /** Publisher named in the feeds file; wins over the page's own claim. */
  publisher?: string | null;
}

/** rel=canonical when it is a usable http(s) URL, else the fetched URL; tracking parameters removed. */
export function resolveCanonicalUrl(url: string, pageCanonical: string | null): string {
  if (pageCanonical) {
    const c = canonicalizeUrl(pageCanonical, /^https?:/i.test(url) ? url : undefined);
    if (c) return c;
  }
  const c = canonicalizeUrl(url);
  if (c) return c;
  // Local files keep their file: URL (minus fragment) so the id is still stable.
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

/** Registrable domain of an http(s) URL; 'local' for file: and other non-web URLs. */
export function domainOf(canonicalUrl: string): string {
  return /^https?:/i.test(canonicalUrl) ? registrableDomain(canonicalUrl) : 'local';
}

/**
 * The first usable date among the page's and the feed's, as UTC ISO 8601, with the publisher's own
 * day (the candidate's `day`, else the UTC day). A date up to a day past fetchedAt is clamped to
 * fetchedAt (time-zone slips); further in the future it is wrong and skipped. A story is never
 * published after we fetched it.
 */
export function resolvePublishedAt(
  candidates: Array<{ value: string | null | undefined; day?: string | null; source: PublishedAtSource }>,
  fetchedAt: string,
): { publishedAt: string | null; publishedDate: string | null; source: PublishedAtSource } {
  const fetched = Date.parse(fetchedAt);
  for (const c of candidates) {
    if (!c.value) continue;
    const t = Date.parse(c.value);
    if (Number.isNaN(t)) continue;
    if (t > fetched + FUTURE_SLACK_MS) continue;
    const publishedAt = new Date(Math.min(t, fetched)).toISOString();
    const day = c.day && /^\d{4}-\d{2}-\d{2}$/.test(c.day) ? c.day : new Date(t).toISOString().slice(0, 10);
    return { publishedAt, publishedDate: day, source: c.source };
  }
  return { publishedAt: null, publishedDate: null, source: null };
}

function firstLine(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** Assembles a story record from a cleaned page and what was extracted from it. Pure. */
export function buildRecord(input: BuildRecordInput): StoryRecord {
  const { cleaned, extraction } = input;
  const text = cleaned.text.trim();
  if (!text) throw emptyStoryError(cleaned.noStory, input.url);
  const canonicalUrl = resolveCanonicalUrl(input.url, cleaned.canonicalUrl);
  const fetchedAt = new Date(input.fetchedAt).toISOString();
  const { publishedAt, publishedDate, source: publishedAtSource } = resolvePublishedAt(
    [
      { value: cleaned.publishedAt, day: cleaned.publishedDate, source: cleaned.publishedAtSource ?? 'meta' },
      { value: input.feedPublishedAt, source: 'feed' },
    ],
    fetchedAt,
  );
  const headline =
    firstLine(cleaned.headline) ?? firstLine(input.feedTitle) ?? truncate(splitSentences(leadText(text, 200))[0] ?? text, 200);

  const record: StoryRecord = {
    schemaVersion: 1,
    id: storyId(canonicalUrl),
    url: input.url,
    canonicalUrl,
    source: {
      publisher: firstLine(input.publisher) ?? firstLine(cleaned.publisher),
      domain: domainOf(canonicalUrl),
      wire: cleaned.wire,
      feedUrl: input.feedUrl,
    },
    headline,
    byline: cleaned.byline,
    dateline: cleaned.dateline,
    publishedAt,
    publishedDate,
    publishedAtSource,
    fetchedAt,
    language: cleaned.language,
    text,
    summary: leadSummary(text),
    countries: extraction.countries,
    agencies: extraction.agencies,
    organizations: extraction.organizations,
    actors: extraction.actors,
    systems: extraction.systems,
    incident: extraction.incident,
    extractor: { version: input.extractorVersion ?? EXTRACTOR_VERSION },
    contentHash: sha256Hex(text),
  };
  return record;
}

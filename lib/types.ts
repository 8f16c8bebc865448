// Shared contracts between lib/ modules. The story record mirrors
// schema/story-record.schema.json (schemaVersion 1); keep the two in step.

export type Wire =
  | 'AP' | 'Reuters' | 'AFP' | 'ANSA' | 'dpa' | 'EFE' | 'PA' | 'Xinhua' | 'Kyodo' | 'UPI' | 'Bloomberg';

export type IncidentType =
  | 'cyberattack' | 'ransomware' | 'ddos' | 'wiper' | 'data-breach' | 'espionage' | 'defacement' | 'phishing' | 'supply-chain';

export type ResponseType =
  | 'sanctions' | 'diplomatic' | 'indictment' | 'arrest' | 'takedown' | 'ransom-paid' | 'systems-shutdown' | 'investigation';

/** One entry of a feed, sitemap or JSON Feed. */
export interface FeedItem {
  url: string;
  title: string | null;
  publishedAt: string | null; // ISO 8601
  guid: string | null;
}

export type FeedFormat = 'rss2' | 'rss1' | 'atom' | 'jsonfeed' | 'sitemap' | 'sitemapindex' | 'newssitemap';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  items: FeedItem[];
  /** For sitemap indexes: the child sitemaps to fetch next. */
  sitemaps?: string[];
}

export interface FeedConfig {
  id: string;
  url: string;
  publisher?: string;
}

export interface FeedState {
  feedId: string;
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastStatus: number | null;
  /** Most recent item ids seen (bounded), newest first. */
  recentIds: string[];
}

export type PublishedAtSource = 'json-ld' | 'meta' | 'time' | 'dateline' | 'visible' | 'url' | 'feed' | null;

export interface Dateline {
  place: string;
  country: string | null;
}

/** What lib/clean reads from a page or a copied text. */
export interface CleanedPage {
  headline: string | null;
  byline: string[];
  /** UTC instant, ISO 8601. */
  publishedAt: string | null;
  /** The publication day in the publisher's own time zone (YYYY-MM-DD), as the page states it; null with publishedAt. */
  publishedDate?: string | null;
  publishedAtSource: PublishedAtSource;
  canonicalUrl: string | null;
  publisher: string | null;
  wire: Wire | null;
  dateline: Dateline | null;
  language: string | null;
  /** Body paragraphs, boilerplate removed, in order. */
  paragraphs: string[];
  /** paragraphs joined by a blank line. */
  text: string;
  /** Set only when no story text was found: why (lib/clean/no-story.ts). */
  noStory?: NoStory;
}

/** Why a page holds no story text: its text is rendered by scripts, a wall hides it, or there is none. */
export type NoStoryKind = 'javascript-shell' | 'consent-wall' | 'login-wall' | 'empty-page' | 'no-prose';

export interface NoStory {
  kind: NoStoryKind;
  /** One line for the failure record: what the page shows instead. */
  detail: string;
}

export interface CountryMention {
  code: string;
  name: string;
  mentions: number;
  surfaceForms?: string[];
}

export interface NamedEntity {
  name: string;
  acronym?: string | null;
  aliases?: string[];
  country?: string | null;
  kind?: string | null;
  mentions: number;
}

export interface Incident {
  isCyber: boolean;
  confidence?: number;
  types: IncidentType[];
  victims: string[];
  attributedTo: string[];
  /** organizations and agencies hit in the story's own incident, named as in organizations/agencies */
  victimOrganizations?: string[];
  eventDates?: string[];
  responses?: ResponseType[];
}

/** What lib/extract finds in a cleaned story. */
export interface Extraction {
  countries: CountryMention[];
  agencies: NamedEntity[];
  organizations: NamedEntity[];
  actors: NamedEntity[];
  systems: NamedEntity[];
  incident: Incident;
}

export interface ExtractInput {
  headline: string | null;
  text: string;
  publishedAt: string | null;
  dateline?: Dateline | null;
}

export interface StoryRecord extends Extraction {
  schemaVersion: 1;
  id: string;
  url: string;
  canonicalUrl: string;
  source: { publisher: string | null; domain: string; wire: Wire | null; feedUrl: string | null };
  headline: string;
  byline: string[];
  dateline: Dateline | null;
  publishedAt: string | null;
  /** The publisher's own day of publishedAt (YYYY-MM-DD); null when publishedAt is null. */
  publishedDate?: string | null;
  publishedAtSource?: PublishedAtSource;
  fetchedAt: string;
  language: string | null;
  text: string;
  summary: string;
  extractor: { version: string };
  contentHash: string;
  duplicateOf?: string | null;
  /**
   * Every story URL that led to this record (feed links and fetched URLs, canonicalized), sorted:
   * partner copies whose canonical is this page are merged here instead of becoming records.
   * Optional: the schema allows additional properties; records written before it lack it.
   */
  sourceUrls?: string[];
}

/** Why an item that entered the queue produced no record. */
export type FailureReason =
  | 'http-status'
  | 'timeout'
  | 'not-html'
  | 'too-large'
  | 'robots'
  | 'ssrf-blocked'
  | 'bad-url'
  | 'too-many-redirects'
  | 'network'
  | 'charset'
  | 'not-a-feed'
  | 'extraction'
  | 'invalid-record'
  | 'store';

export interface FailureRecord {
  id: string;
  url: string;
  feedUrl: string | null;
  reason: FailureReason;
  status: number | null;
  message: string;
  at: string;
  attempts: number;
}

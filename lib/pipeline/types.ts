import type { FailureReason, FeedState } from '../types';
import type { Store } from '../store';
import type { GuardedFetchOptions, HostPacer, RobotsChecker } from '../fetch';

/** One queue message: a story URL discovered in a feed (or given directly). */
export interface StoryMessage {
  url: string;
  feedUrl: string | null;
  feedId: string | null;
  title: string | null;
  publishedAt: string | null;
  /** Publisher named in the feeds file, if any. */
  publisher?: string | null;
}

export interface PipelineDeps {
  store: Store;
  /** Base options for every fetch (allow list, caps); `expect` and validators are set per call. */
  fetch: GuardedFetchOptions;
  robots?: RobotsChecker;
  pacer?: HostPacer;
  now?: () => Date;
  log?: (event: Record<string, unknown>) => void;
}

export interface PollFeedResult {
  feedId: string;
  outcome: 'polled' | 'not-modified' | 'failed';
  /** Items the feed (and its child sitemaps) listed, after URL de-duplication. */
  found: number;
  newItems: StoryMessage[];
  error?: { reason: FailureReason; message: string };
  /** The feed state after this poll (already saved unless saveState was false). */
  state?: FeedState;
}

export interface PollFeedOptions {
  /**
   * false: do not write the feed state; the caller saves result.state after the new
   * items are queued/processed, so a crash in between re-finds them (default true).
   */
  saveState?: boolean;
}

export interface ProcessOutcome {
  /** Story id of the message URL (the record's id when it was recorded under its canonical URL). */
  id: string;
  url: string;
  outcome: 'recorded' | 'failed' | 'skipped';
  reason?: FailureReason;
  /** Set when a record was written or already there. */
  recordId?: string;
  isCyber?: boolean;
  /** For a record written now: the id of the original it republishes, or null. */
  duplicateOf?: string | null;
  /** Where the story's time went, measured around each step (0 for a step not reached). */
  timings?: StoryTimings;
}

/** Milliseconds per step of processStory. */
export interface StoryTimings {
  /** robots.txt check + page fetch (a pacer's wait for the host's turn is not counted). */
  fetchMs: number;
  /** cleanHtml: boilerplate removal and page metadata. */
  cleanMs: number;
  /** recordFromPage: entity/incident extraction, record building, schema validation. */
  extractMs: number;
  /** Store reads and writes: raw archive, record pointer, near-duplicate index, record or failure record. */
  storeMs: number;
}

export interface RunSummary {
  feeds: { total: number; polled: number; notModified: number; failed: number; failedByReason: Record<string, number> };
  stories: {
    found: number;
    new: number;
    /** Ended in a story record (written now, or already in the store with the same text). */
    recorded: number;
    failed: number;
    failedByReason: Record<string, number>;
  };
  /** Recorded stories classified as cyber incidents. */
  incidents: number;
  /** Records written in this run that are republished copies of an earlier record (duplicateOf set). */
  duplicates: number;
  durationMs: number;
}

import type { FailureReason, FeedState } from '../types';
import type { Store } from '../store';
import type { GuardedFetchOptions, HostPacer, RetryPolicy, RobotsChecker } from '../fetch';

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
  /** 429/503 handling for page and feed fetches (Retry-After up to a cap, then jittered backoff). */
  retry?: RetryPolicy;
  now?: () => Date;
  log?: (event: Record<string, unknown>) => void;
  /** The story's near-duplicate decision is waiting out its settle time (DecideOptions.onSettle). */
  onSettle?: () => void;
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
  /**
   * Streaming: each listed item not among the feed's recent ids is handed to onItem as it is
   * read (awaited, so a full queue holds the poll back) instead of being collected in newItems;
   * the caller checks the store for an existing record. newItems is then empty.
   */
  onItem?: (msg: StoryMessage) => Promise<void>;
}

export interface ProcessOutcome {
  /** Story id of the message URL (the record's id when it was recorded under its canonical URL). */
  id: string;
  url: string;
  /**
   * recorded: a record was written; merged: the page's canonical URL already had a record
   * (another URL's), which now lists this URL too (mergedInto); skipped: already done.
   */
  outcome: 'recorded' | 'merged' | 'failed' | 'skipped';
  reason?: FailureReason;
  /** Set when a record was written or already there. */
  recordId?: string;
  isCyber?: boolean;
  /** For 'merged': the id of the record this story joined. */
  mergedInto?: string;
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
    /** Joined a record already stored under the page's canonical URL (no new record object). */
    merged: number;
    failed: number;
    failedByReason: Record<string, number>;
    /** Not processed because the store was out: left for the next run, never recorded as failed. */
    deferred: number;
    /** Story id of each merged story → the id of the record it joined. */
    mergedInto: Record<string, string>;
  };
  /** Recorded stories classified as cyber incidents. */
  incidents: number;
  /** Records written in this run that are republished copies of an earlier record (duplicateOf set). */
  duplicates: number;
  durationMs: number;
  /** With `timing`: per-story wall time (processStory, queue wait excluded) and the sum by step. */
  timing?: RunTiming;
}

export interface RunTiming {
  stories: number;
  p50Ms: number;
  p95Ms: number;
  /** Most stories queued or running at once: the work queue's bound, whatever the feeds' size. */
  peakQueued: number;
  /** Summed over stories (they overlap in time: concurrency). */
  stepMs: StoryTimings;
  /** Filled by the runner: S3 requests by command, and the process's peak RSS. */
  storeRequests?: Record<string, number>;
  peakRssMb?: number;
  /** CPU time of the whole process (user + system), start-up included. */
  cpuMs?: number;
}

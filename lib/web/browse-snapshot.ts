// The browse API's in-memory view of the browse index (lib/store/browse-index.ts): the
// current entry of every story, newest first, plus a MiniSearch full-text index over
// headline, lead summary and entity names. Loaded from the index's shards and pending
// entries (never from records/), refreshed by GETting only objects it has not seen.
import pLimit from 'p-limit';
import type MiniSearchType from 'minisearch';
import type { SearchResult } from 'minisearch';
import { BROWSE_SHARDS_PREFIX, isNewerEntry, type BrowseEntry, type BrowseIndexStore } from '../store';

/**
 * One story in the view. Filters compare lower-cased copies made per request: keeping
 * lower-cased copies of every name of 50,000 entries would cost more memory (about 35 MB)
 * than lower-casing the few names a filter reaches costs time.
 */
export interface IndexedEntry {
  entry: BrowseEntry;
}

interface SearchDoc {
  id: string;
  headline: string;
  summary: string;
  names: string;
}

// minisearch ships ESM and CommonJS builds; this project is CommonJS.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MiniSearch = require('minisearch') as typeof MiniSearchType;

const SEARCH_FIELDS = ['headline', 'summary', 'names'];
/** Entries added to the search index per event-loop turn while it is built in the background. */
const SEARCH_CHUNK = 2000;
/** Above this many changed entries a refresh re-sorts instead of inserting one by one. */
const RESORT_OVER = 256;
/** Listings repeated when an object vanished between listing and GET (compacted meanwhile). */
const LOAD_TRIES = 4;

const NONE: string[] = [];

// Words too common to narrow a search: left out of the full-text index (smaller, faster).
const STOP_WORDS = new Set(
  'a an and are as at be been but by for from had has have he her his in into is it its of on or said says she that the their they this to was were which who will with'.split(' '),
);

function searchTerm(term: string): string | null {
  const t = term.toLowerCase();
  return t.length < 2 || STOP_WORDS.has(t) ? null : t;
}

export function indexEntry(e: BrowseEntry): IndexedEntry {
  return { entry: e };
}

function searchDoc(x: IndexedEntry): SearchDoc {
  const e = x.entry;
  const aka = [...(e.aka?.agencies ?? NONE), ...(e.aka?.organizations ?? NONE), ...(e.aka?.actors ?? NONE), ...(e.aka?.systems ?? NONE)];
  return {
    id: e.id,
    headline: e.headline,
    summary: e.summary,
    names: [...e.agencies, ...e.organizations, ...e.actors, ...e.systems, ...e.incident.victimOrganizations, ...aka].join(' \n '),
  };
}

/** Newest first; id breaks ties so the order (and cursors) are stable. */
export function compareNewestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const byEntry = (a: IndexedEntry, b: IndexedEntry) => compareNewestFirst(a.entry, b.entry);

/** First position in `sorted` whose entry sorts after `key` (newest-first order). */
export function positionAfter(sorted: IndexedEntry[], key: { at: string; id: string }): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareNewestFirst(sorted[mid].entry, key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SnapshotOptions {
  /** How long a loaded view is used before the index is listed again (default 3000 ms). */
  ttlMs?: number;
  /**
   * true (the local server): an old view is refreshed, and answered as it is if the refresh
   * takes longer than refreshWaitMs (it then goes on behind the answer).
   * false (a Lambda, frozen between requests): the request waits for the refresh.
   */
  refreshInBackground?: boolean;
  /** In background mode, how long a request waits for the refresh it started (default 250 ms). */
  refreshWaitMs?: number;
  /** Build the full-text index in the background right after the first load (default true). */
  eagerSearch?: boolean;
}

export interface SnapshotStats {
  entries: number;
  objectsSeen: number;
  loadedAt: number | null;
}

export class BrowseSnapshot {
  private readonly byId = new Map<string, IndexedEntry>();
  private sorted: IndexedEntry[] = [];
  private seen = new Set<string>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;
  private search: MiniSearchType<SearchDoc> | null = null;
  private building: Promise<void> | null = null;
  /** Entries changed while the search index was being built: applied when it is done. */
  private searchBacklog = new Map<string, IndexedEntry>();
  private readonly ttlMs: number;
  private readonly background: boolean;
  private readonly eagerSearch: boolean;
  private readonly refreshWaitMs: number;

  constructor(
    private readonly source: BrowseIndexStore,
    opts: SnapshotOptions = {},
  ) {
    this.ttlMs = opts.ttlMs ?? 3000;
    this.background = opts.refreshInBackground ?? true;
    this.eagerSearch = opts.eagerSearch ?? true;
    this.refreshWaitMs = opts.refreshWaitMs ?? 250;
  }

  /** Every current entry, newest first. The array is replaced, never changed, on refresh. */
  async entries(): Promise<IndexedEntry[]> {
    const stale = Date.now() - this.loadedAt >= this.ttlMs;
    if (stale) {
      const refresh = this.refresh();
      // The first load is always awaited; later ones only when asked to.
      if (this.loadedAt === -Infinity || !this.background) await refresh;
      else {
        refresh.catch(() => undefined); // a failed background refresh keeps the old view; the next one retries
        // A refresh is usually two listings: wait that long, never longer, for a fresh view.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([refresh.catch(() => undefined), new Promise((r) => (timer = setTimeout(r, this.refreshWaitMs)))]);
        clearTimeout(timer);
      }
    }
    return this.sorted;
  }

  /**
   * Ids whose headline, summary or entity names hold every word of `text` (the last one as a
   * prefix); null when `text` has no word the index keeps (only stop words): no text filter.
   */
  async searchIds(text: string): Promise<Set<string> | null> {
    if (!text.split(/[\s\p{P}]+/u).some((w) => searchTerm(w) !== null)) return null;
    await this.entries();
    await this.buildSearch();
    const results: SearchResult[] = this.search!.search(text, {
      combineWith: 'AND',
      prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1,
    });
    return new Set(results.map((r) => r.id as string));
  }

  get(id: string): IndexedEntry | undefined {
    return this.byId.get(id);
  }

  stats(): SnapshotStats {
    return { entries: this.sorted.length, objectsSeen: this.seen.size, loadedAt: Number.isFinite(this.loadedAt) ? this.loadedAt : null };
  }

  /** Lists the index again now (tests, and after a known write). */
  refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const first = this.loadedAt === -Infinity;
    const changed: IndexedEntry[] = [];
    for (let attempt = 1; ; attempt++) {
      const listing = await this.source.list();
      // Newest month first (shards hold their entries newest first): the merged list comes out
      // nearly sorted, which the sort below then finishes in about one pass.
      const keys = [...listing.shards, ...listing.pending].sort((a, b) => (a.month === b.month ? 0 : a.month < b.month ? 1 : -1)).map((o) => o.key);
      const fresh = keys.filter((k) => !this.seen.has(k));
      let vanished = false;
      // Shards are few and large, pending entries many and tiny: separate limits keep both moving.
      const shardLimit = pLimit(4);
      const pendingLimit = pLimit(16);
      const bodies = await Promise.all(
        fresh.map((k) => (k.startsWith(BROWSE_SHARDS_PREFIX) ? shardLimit : pendingLimit)(() => this.source.read(k))),
      );
      bodies.forEach((entries, i) => {
        if (entries === null) {
          vanished = true;
          return;
        }
        this.seen.add(fresh[i]);
        for (const e of entries) {
          const prev = this.byId.get(e.id);
          if (prev && !isNewerEntry(e, prev.entry)) continue;
          const x = indexEntry(e);
          this.byId.set(e.id, x);
          changed.push(x);
        }
      });
      // Keys compacted away since: forget them (what they held is in the shard that replaced them).
      const live = new Set(keys);
      for (const k of this.seen) if (!live.has(k)) this.seen.delete(k);
      if (!vanished || attempt >= LOAD_TRIES) break;
    }
    if (changed.length) this.applyChanges(changed, first);
    this.loadedAt = started;
    if (this.eagerSearch && first) setImmediate(() => void this.buildSearch().catch(() => undefined));
  }

  private applyChanges(changed: IndexedEntry[], first: boolean): void {
    if (first || changed.length > RESORT_OVER) {
      this.sorted = [...this.byId.values()].sort(byEntry);
    } else {
      const ids = new Set(changed.map((x) => x.entry.id));
      const next = this.sorted.filter((x) => !ids.has(x.entry.id));
      for (const x of changed) {
        if (this.byId.get(x.entry.id) !== x) continue; // superseded within this same refresh
        next.splice(positionAfter(next, x.entry), 0, x);
      }
      this.sorted = next;
    }
    for (const x of changed) {
      if (this.search && !this.building) upsertDoc(this.search, x);
      else this.searchBacklog.set(x.entry.id, x);
    }
  }

  private buildSearch(): Promise<void> {
    if (this.search && !this.building) return Promise.resolve();
    this.building ??= (async () => {
      const ms = new MiniSearch<SearchDoc>({ fields: SEARCH_FIELDS, idField: 'id', processTerm: searchTerm });
      this.search = ms;
      const all = this.sorted;
      this.searchBacklog.clear();
      for (let i = 0; i < all.length; i += SEARCH_CHUNK) {
        ms.addAll(all.slice(i, i + SEARCH_CHUNK).map(searchDoc));
        // Let requests that need no full text through while this builds.
        await new Promise((r) => setImmediate(r));
      }
      for (const x of this.searchBacklog.values()) upsertDoc(ms, x);
      this.searchBacklog.clear();
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }
}

function upsertDoc(ms: MiniSearchType<SearchDoc>, x: IndexedEntry): void {
  const doc = searchDoc(x);
  if (ms.has(doc.id)) ms.replace(doc);
  else ms.add(doc);
}

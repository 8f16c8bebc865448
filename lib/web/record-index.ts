import pLimit from 'p-limit';
import type { StoryRecord } from '../types';
import type { Store } from '../store';

/** What the browse API keeps in memory per record: enough to filter, sort and list. */
export interface IndexedRecord {
  id: string;
  key: string;
  etag: string;
  /** publishedAt, else fetchedAt: the sort and date-filter key. */
  at: string;
  summary: RecordSummary;
  /** Lower-cased headline + text, for q=. */
  haystack: string;
  countryCodes: string[];
  agencies: string[];
  organizations: string[];
  actors: string[];
  systems: string[];
}

/** A list item of GET /api/records (the full record is GET /api/records/{id}). */
export interface RecordSummary {
  id: string;
  url: string;
  headline: string;
  summary: string;
  publishedAt: string | null;
  /** The publisher's own day (YYYY-MM-DD): what the list shows as the story's date. */
  publishedDate: string | null;
  fetchedAt: string;
  source: { publisher: string | null; domain: string; wire: string | null };
  countries: string[];
  agencies: string[];
  actors: string[];
  systems: string[];
  incident: { isCyber: boolean; types: string[]; victims: string[]; attributedTo: string[]; confidence?: number };
  /** Id of the original record when this one is another outlet's republished copy, else null. */
  duplicateOf: string | null;
}

function names(list: Array<{ name: string; acronym?: string | null; aliases?: string[] }>): string[] {
  const out: string[] = [];
  for (const e of list ?? []) {
    out.push(e.name);
    if (e.acronym) out.push(e.acronym);
    for (const a of e.aliases ?? []) out.push(a);
  }
  return out.map((s) => s.toLowerCase());
}

export function indexRecord(r: StoryRecord, key: string, etag: string): IndexedRecord {
  return {
    id: r.id,
    key,
    etag,
    at: r.publishedAt ?? r.fetchedAt,
    haystack: `${r.headline}\n${r.text}`.toLowerCase(),
    countryCodes: (r.countries ?? []).map((c) => c.code),
    agencies: names(r.agencies),
    organizations: names(r.organizations),
    actors: names(r.actors),
    systems: names(r.systems),
    summary: {
      id: r.id,
      url: r.url,
      headline: r.headline,
      summary: r.summary ?? '',
      publishedAt: r.publishedAt,
      publishedDate: r.publishedDate ?? null,
      fetchedAt: r.fetchedAt,
      source: { publisher: r.source.publisher, domain: r.source.domain, wire: r.source.wire },
      countries: (r.countries ?? []).map((c) => c.code),
      agencies: (r.agencies ?? []).map((a) => a.name),
      actors: (r.actors ?? []).map((a) => a.name),
      systems: (r.systems ?? []).map((a) => a.name),
      incident: {
        isCyber: r.incident.isCyber,
        types: r.incident.types,
        victims: r.incident.victims,
        attributedTo: r.incident.attributedTo,
        ...(r.incident.confidence !== undefined ? { confidence: r.incident.confidence } : {}),
      },
      duplicateOf: r.duplicateOf ?? null,
    },
  };
}

/** Newest first; id breaks ties so the order (and cursors) are stable. */
export function compareNewestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * An in-memory index of every record in the store, refreshed when older than
 * ttlMs: one listing of records/ plus a GET only for objects whose ETag changed.
 * Fine for a laptop or a warm Lambda with tens of thousands of records; beyond
 * that, query with Athena over the same objects.
 */
export class RecordIndex {
  private entries = new Map<string, IndexedRecord>(); // by key
  private sorted: IndexedRecord[] = [];
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly store: Store,
    private readonly ttlMs = 2000,
  ) {}

  invalidate(): void {
    this.loadedAt = -Infinity;
  }

  async all(): Promise<IndexedRecord[]> {
    if (Date.now() - this.loadedAt >= this.ttlMs) {
      this.loading ??= this.refresh().finally(() => {
        this.loading = null;
      });
      await this.loading;
    }
    return this.sorted;
  }

  private async refresh(): Promise<void> {
    const started = Date.now();
    const objects = await this.store.listRecordObjects();
    const next = new Map<string, IndexedRecord>();
    const limit = pLimit(16);
    await Promise.all(
      objects.map((o) =>
        limit(async () => {
          const known = this.entries.get(o.key);
          if (known && known.etag === o.etag) {
            next.set(o.key, known);
            return;
          }
          const r = await this.store.getRecordByKey(o.key);
          if (r) next.set(o.key, indexRecord(r, o.key, o.etag));
        }),
      ),
    );
    // Two keys for one id can only be a move caught half-way: keep the newer.
    const byId = new Map<string, IndexedRecord>();
    for (const e of next.values()) {
      const prev = byId.get(e.id);
      if (!prev || prev.summary.fetchedAt < e.summary.fetchedAt) byId.set(e.id, e);
    }
    this.entries = next;
    this.sorted = [...byId.values()].sort(compareNewestFirst);
    this.loadedAt = started;
  }
}

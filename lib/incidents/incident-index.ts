// The incidents of the browse API's current view, kept up to date as the view changes.
//
// Built from the browse snapshot's entries (lib/web/browse-snapshot.ts), the same summaries
// the record lists use, so incidents cost no store reads and no second copy of any story:
// an incident holds references to the entries it groups. When the view gains only stories newer
// than every story grouped so far, they are added to the grouping as it stands. Any other change
// (a story dated before the newest one, as feeds often deliver them; a story rewritten by
// reprocessing) regroups from scratch, which gives the same incidents an uninterrupted series
// of additions would (see grouper.ts), so ids do not depend on the order stories arrived in.
//
// Regrouping 50,000 stories takes most of a second. In the local server (background mode) it
// runs in chunks between requests, at most once per rebuildGapMs, while requests are answered
// from the grouping before it; a Lambda, frozen between requests, regroups before answering.
import type { IndexedEntry } from '../web/browse-snapshot';
import { compareNewestFirst } from '../web/browse-snapshot';
import { decodeRecordCursor, encodeRecordCursor, matches, type RecordQuery } from '../web/query';
import { detailOf, summaryOf, type IncidentDetail, type IncidentSummary } from './describe';
import { IncidentGrouper, type Incident } from './grouper';

export interface IncidentIndexOptions {
  /** Regroup behind the answers (the local server) instead of before them (default false). */
  background?: boolean;
  /** In background mode, the least time between the end of one regrouping behind the answers and the start of the next (default 15 s). */
  rebuildGapMs?: number;
}

export interface IncidentIndexStats {
  incidents: number;
  rebuilds: number;
  /** Stories added to an existing grouping without regrouping. */
  appended: number;
}

export interface IncidentPage {
  items: IncidentSummary[];
  nextCursor: string | null;
  total: number;
}

/** A cursor of the incident list is not one of the record list: the two orders differ. */
const CURSOR_SALT = ':incidents';
/** Stories grouped per event-loop turn while regrouping in the background. */
const CHUNK = 4000;

function lastAt(inc: Incident): string {
  return inc.members[inc.members.length - 1].entry.at;
}
const key = (inc: Incident) => ({ at: lastAt(inc), id: inc.id });

interface Grouping {
  grouper: IncidentGrouper;
  /** The snapshot array it was built from. */
  basis: IndexedEntry[];
  /** Shown incidents by their newest story, newest first. */
  newestFirst: Incident[];
}

function finish(grouper: IncidentGrouper, basis: IndexedEntry[]): Grouping {
  return { grouper, basis, newestFirst: grouper.incidents.filter((inc) => inc.cyber > 0).sort((a, b) => compareNewestFirst(key(a), key(b))) };
}

export class IncidentIndex {
  private current: Grouping | null = null;
  private rebuilding: Promise<void> | null = null;
  private lastRebuildEnd = -Infinity;
  private rebuilds = 0;
  private appended = 0;
  private readonly background: boolean;
  private readonly rebuildGapMs: number;

  constructor(opts: IncidentIndexOptions = {}) {
    this.background = opts.background ?? false;
    this.rebuildGapMs = opts.rebuildGapMs ?? 15_000;
  }

  /** Brings the incidents up to `sorted` (the snapshot's entries, newest first), or starts to. */
  async update(sorted: IndexedEntry[]): Promise<void> {
    const cur = this.current;
    if (cur?.basis === sorted) return;
    if (cur && this.tryAppend(cur, sorted)) return;
    if (!cur || !this.background) {
      await (this.rebuilding ?? this.rebuild(sorted, false));
      // The grouping just built may be of an older view than `sorted`: bring it up to date.
      if (this.current && this.current.basis !== sorted && !this.tryAppend(this.current, sorted)) this.current = this.groupNow(sorted);
      return;
    }
    // Background: answer from the grouping there is; regroup behind it, not too often.
    if (!this.rebuilding && Date.now() - this.lastRebuildEnd >= this.rebuildGapMs) void this.rebuild(sorted, true).catch(() => undefined);
  }

  /** Resolves when no regrouping is running (tests). */
  async settled(): Promise<void> {
    while (this.rebuilding) await this.rebuilding;
  }

  stats(): IncidentIndexStats {
    return { incidents: this.current?.newestFirst.length ?? 0, rebuilds: this.rebuilds, appended: this.appended };
  }

  /**
   * The incidents with at least one story that passes every filter (`ids`: the stories the free
   * text selects, null for no text filter), newest first, one page.
   */
  page(q: RecordQuery, ids: Set<string> | null, cursorRaw: string | null): IncidentPage {
    const hash = q.filterHash + CURSOR_SALT;
    const cursor = cursorRaw ? decodeRecordCursor(cursorRaw, hash) : null;
    const matching: Incident[] = [];
    for (const inc of this.current?.newestFirst ?? []) {
      if (inc.members.some((x) => (!ids || ids.has(x.entry.id)) && matches(x, q))) matching.push(inc);
    }
    let start = 0;
    if (cursor) while (start < matching.length && compareNewestFirst(key(matching[start]), cursor) <= 0) start++;
    const page = matching.slice(start, start + q.limit);
    const more = start + q.limit < matching.length;
    const last = page[page.length - 1];
    return { items: page.map(summaryOf), nextCursor: more && last ? encodeRecordCursor(key(last), hash) : null, total: matching.length };
  }

  detail(id: string): IncidentDetail | null {
    const inc = this.current?.grouper.find(id);
    return inc && inc.cyber > 0 ? detailOf(inc) : null;
  }

  /** Adds the stories newer than all grouped ones when that is the only change; false otherwise. */
  private tryAppend(cur: Grouping, sorted: IndexedEntry[]): boolean {
    let head = 0;
    while (head < sorted.length && cur.grouper.canAppend(sorted[head].entry)) head++;
    if (sorted.length - head !== cur.basis.length || !sameTail(sorted, head, cur.basis)) return false;
    for (let i = head - 1; i >= 0; i--) cur.grouper.add(sorted[i]);
    this.appended += head;
    this.current = finish(cur.grouper, sorted);
    return true;
  }

  private groupNow(sorted: IndexedEntry[]): Grouping {
    const g = new IncidentGrouper();
    for (let i = sorted.length - 1; i >= 0; i--) g.add(sorted[i]);
    this.rebuilds++;
    return finish(g, sorted);
  }

  private rebuild(sorted: IndexedEntry[], chunked: boolean): Promise<void> {
    this.rebuilding = (async () => {
      if (!chunked) {
        this.current = this.groupNow(sorted);
        return;
      }
      // Behind the answer that found the change: it goes out with the grouping there is.
      await new Promise((r) => setImmediate(r));
      const g = new IncidentGrouper();
      for (let i = sorted.length - 1; i >= 0; i--) {
        g.add(sorted[i]);
        if ((sorted.length - i) % CHUNK === 0) await new Promise((r) => setImmediate(r));
      }
      this.rebuilds++;
      this.current = finish(g, sorted);
    })().finally(() => {
      this.rebuilding = null;
      if (chunked) this.lastRebuildEnd = Date.now();
    });
    return this.rebuilding;
  }
}

/** True when sorted[from..] holds exactly the entries of prev, in order (the same objects). */
function sameTail(sorted: IndexedEntry[], from: number, prev: IndexedEntry[]): boolean {
  for (let i = 0; i < prev.length; i++) if (sorted[from + i] !== prev[i]) return false;
  return true;
}

// The incidents of the browse API's current view, kept up to date as the view changes.
//
// Built from the browse snapshot's entries (lib/web/browse-snapshot.ts), the same summaries
// the record lists use, so incidents cost no store reads and no second copy of any story:
// an incident holds references to the entries it groups. When the view gains only stories newer
// than every story grouped so far (the usual case: new stories arrive), they are added to the
// grouping as it stands; any other change (a story rewritten by reprocessing, one dated in the
// past, a deletion) regroups from scratch, which gives the same incidents an uninterrupted
// series of additions would (see grouper.ts).
import type { IndexedEntry } from '../web/browse-snapshot';
import { compareNewestFirst } from '../web/browse-snapshot';
import { decodeRecordCursor, encodeRecordCursor, matches, type RecordQuery } from '../web/query';
import { detailOf, summaryOf, type IncidentDetail, type IncidentSummary } from './describe';
import { IncidentGrouper, type Incident } from './grouper';

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

function lastAt(inc: Incident): string {
  return inc.members[inc.members.length - 1].entry.at;
}
const key = (inc: Incident) => ({ at: lastAt(inc), id: inc.id });

export class IncidentIndex {
  private grouper = new IncidentGrouper();
  private basis: IndexedEntry[] | null = null;
  /** Incidents by their newest story, newest first. */
  private newestFirst: Incident[] = [];
  private rebuilds = 0;
  private appended = 0;

  /** Brings the incidents up to `sorted` (the snapshot's entries, newest first). */
  update(sorted: IndexedEntry[]): void {
    if (sorted === this.basis) return;
    const prev = this.basis;
    let head = 0;
    while (head < sorted.length && this.grouper.canAppend(sorted[head].entry)) head++;
    if (prev && sorted.length - head === prev.length && sameTail(sorted, head, prev)) {
      for (let i = head - 1; i >= 0; i--) this.grouper.add(sorted[i]);
      this.appended += head;
    } else {
      this.grouper = new IncidentGrouper();
      for (let i = sorted.length - 1; i >= 0; i--) this.grouper.add(sorted[i]);
      this.rebuilds++;
    }
    this.basis = sorted;
    this.newestFirst = this.grouper.incidents.filter((inc) => inc.cyber > 0).sort((a, b) => compareNewestFirst(key(a), key(b)));
  }

  stats(): IncidentIndexStats {
    return { incidents: this.newestFirst.length, rebuilds: this.rebuilds, appended: this.appended };
  }

  /**
   * The incidents with at least one story that passes every filter (`ids`: the stories the free
   * text selects, null for no text filter), newest first, one page.
   */
  page(q: RecordQuery, ids: Set<string> | null, cursorRaw: string | null): IncidentPage {
    const hash = q.filterHash + CURSOR_SALT;
    const cursor = cursorRaw ? decodeRecordCursor(cursorRaw, hash) : null;
    const matching: Incident[] = [];
    for (const inc of this.newestFirst) {
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
    const inc = this.grouper.find(id);
    return inc && inc.cyber > 0 ? detailOf(inc) : null;
  }
}

/** True when sorted[from..] holds exactly the entries of prev, in order (the same objects). */
function sameTail(sorted: IndexedEntry[], from: number, prev: IndexedEntry[]): boolean {
  for (let i = 0; i < prev.length; i++) if (sorted[from + i] !== prev[i]) return false;
  return true;
}

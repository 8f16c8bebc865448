// One-time build of the browse index from records/ for a store written before the index
// existed. It reads every record once, so it runs at start-up of a store that has records
// but no index (or by hand), never for a request.
import pLimit from 'p-limit';
import { toBrowseEntry, monthOf, type BrowseEntry } from './browse-entry';
import { mergeEntries } from './browse-index';
import type { Store } from './s3-store';

export interface BackfillReport {
  records: number;
  months: number;
}

/** True when the store has records but its browse index is empty. */
export async function needsBrowseBackfill(store: Store): Promise<boolean> {
  const listing = await store.browseIndex.list();
  if (listing.shards.length || listing.pending.length) return false;
  return (await store.listRecords({ limit: 1 })).items.length > 0;
}

/** Writes one shard per month holding an entry for every record under records/. */
export async function backfillBrowseIndex(store: Store): Promise<BackfillReport> {
  const objects = await store.listRecordObjects();
  const limit = pLimit(16);
  const byMonth = new Map<string, Map<string, BrowseEntry>>();
  const writtenAt = new Date().toISOString();
  await Promise.all(
    objects.map((o) =>
      limit(async () => {
        const r = await store.getRecordByKey(o.key);
        if (!r) return;
        const e = toBrowseEntry(r, writtenAt);
        const m = monthOf(e.at);
        mergeEntries(byMonth.get(m) ?? byMonth.set(m, new Map()).get(m)!, [e]);
      }),
    ),
  );
  for (const [month, entries] of byMonth) await store.browseIndex.putShard(month, [...entries.values()]);
  return { records: [...byMonth.values()].reduce((n, m) => n + m.size, 0), months: byMonth.size };
}

// What GET /api/records lists and the JSONL export writes for one story: the index entry
// without its bookkeeping (writtenAt, aliases). The full record is GET /api/records/{id}.
import type { BrowseEntry } from '../store';

/** The entry's own fields, minus the index bookkeeping; publishedDate always present (null when unknown). */
export type RecordSummary = Omit<BrowseEntry, 'at' | 'writtenAt' | 'aka' | 'publishedDate'> & {
  /** The publisher's own day (YYYY-MM-DD): what the page shows as the story's date. */
  publishedDate: string | null;
};

export function listItem(e: BrowseEntry): RecordSummary {
  return {
    id: e.id,
    url: e.url,
    headline: e.headline,
    summary: e.summary,
    publishedAt: e.publishedAt,
    publishedDate: e.publishedDate ?? null,
    fetchedAt: e.fetchedAt,
    source: e.source,
    countries: e.countries,
    agencies: e.agencies,
    organizations: e.organizations,
    actors: e.actors,
    systems: e.systems,
    incident: e.incident,
    duplicateOf: e.duplicateOf,
  };
}

// What GET /api/records lists and the JSONL export writes for one story: the index entry
// without its bookkeeping (writtenAt, aliases). The full record is GET /api/records/{id}.
import type { BrowseEntry } from '../store';

export interface RecordSummary {
  id: string;
  url: string;
  headline: string;
  summary: string;
  publishedAt: string | null;
  /** The publisher's own day (YYYY-MM-DD): what the page shows as the story's date. */
  publishedDate: string | null;
  fetchedAt: string;
  source: { publisher: string | null; domain: string; wire: string | null };
  countries: string[];
  agencies: string[];
  organizations: string[];
  actors: string[];
  systems: string[];
  incident: BrowseEntry['incident'];
  /** Id of the original record when this one is another outlet's republished copy, else null. */
  duplicateOf: string | null;
}

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

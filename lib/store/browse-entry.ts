// The browse index's unit: a compact summary of one story record, enough to filter, count,
// list and export without reading the record itself. Pure: no I/O.
import type { NamedEntity, StoryRecord } from '../types';

/** Bump when the entry's shape changes: readers skip objects of another version. */
export const BROWSE_ENTRY_VERSION = 1;

/** Longest lead summary kept in the index (the record keeps the whole one). */
export const ENTRY_SUMMARY_MAX = 320;

export type EntityKind = 'agencies' | 'organizations' | 'actors' | 'systems';

export interface BrowseEntry {
  id: string;
  /** publishedAt, else fetchedAt: the sort and date-filter key. */
  at: string;
  /** When this entry was written; with fetchedAt it decides which of two entries for one id is current. */
  writtenAt: string;
  url: string;
  headline: string;
  summary: string;
  publishedAt: string | null;
  /** The publisher's own day (YYYY-MM-DD); absent in entries written before the field existed. */
  publishedDate?: string | null;
  fetchedAt: string;
  source: { publisher: string | null; domain: string; wire: string | null };
  countries: string[];
  agencies: string[];
  organizations: string[];
  actors: string[];
  systems: string[];
  /** Acronyms and aliases of the named entities, per kind (only kinds that have some): filters match them, lists do not show them. */
  aka: Partial<Record<EntityKind, string[]>>;
  incident: {
    isCyber: boolean;
    types: string[];
    victims: string[];
    attributedTo: string[];
    victimOrganizations: string[];
    confidence?: number;
  };
  duplicateOf: string | null;
}

function names(list: NamedEntity[] | undefined): string[] {
  return (list ?? []).map((e) => e.name);
}

function akas(r: StoryRecord): Partial<Record<EntityKind, string[]>> {
  const out: Partial<Record<EntityKind, string[]>> = {};
  for (const kind of ['agencies', 'organizations', 'actors', 'systems'] as const) {
    const set = new Set<string>();
    for (const e of r[kind] ?? []) {
      if (e.acronym) set.add(e.acronym);
      for (const a of e.aliases ?? []) set.add(a);
    }
    if (set.size) out[kind] = [...set];
  }
  return out;
}

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

/** The entry for a record, as written when the record is written. */
export function toBrowseEntry(r: StoryRecord, writtenAt = new Date().toISOString()): BrowseEntry {
  // Added to records by the incident work; optional until every record has it.
  const victimOrganizations = (r.incident as { victimOrganizations?: unknown }).victimOrganizations;
  return {
    id: r.id,
    at: r.publishedAt ?? r.fetchedAt,
    writtenAt,
    url: r.url,
    headline: r.headline,
    summary: clip(r.summary ?? '', ENTRY_SUMMARY_MAX),
    publishedAt: r.publishedAt,
    publishedDate: r.publishedDate ?? null,
    fetchedAt: r.fetchedAt,
    source: { publisher: r.source.publisher, domain: r.source.domain, wire: r.source.wire },
    countries: (r.countries ?? []).map((c) => c.code),
    agencies: names(r.agencies),
    organizations: names(r.organizations),
    actors: names(r.actors),
    systems: names(r.systems),
    aka: akas(r),
    incident: {
      isCyber: r.incident.isCyber,
      types: [...r.incident.types],
      victims: [...r.incident.victims],
      attributedTo: [...r.incident.attributedTo],
      victimOrganizations: Array.isArray(victimOrganizations) ? victimOrganizations.filter((v): v is string => typeof v === 'string') : [],
      ...(r.incident.confidence !== undefined ? { confidence: r.incident.confidence } : {}),
    },
    duplicateOf: r.duplicateOf ?? null,
  };
}

/** True when a is a later version of the same story than b (refetched, then rewritten). */
export function isNewerEntry(a: BrowseEntry, b: BrowseEntry): boolean {
  if (a.fetchedAt !== b.fetchedAt) return a.fetchedAt > b.fetchedAt;
  return a.writtenAt > b.writtenAt;
}

/** yyyy-mm of the entry's date: the shard it belongs to. */
export function monthOf(at: string): string {
  const t = Date.parse(at);
  if (Number.isNaN(t)) throw new RangeError(`not a date: ${at}`);
  return new Date(t).toISOString().slice(0, 7);
}

/** Shallow shape check of an entry read back from the store. */
export function isBrowseEntry(v: unknown): v is BrowseEntry {
  const e = v as Partial<BrowseEntry> | null;
  return (
    !!e &&
    typeof e.id === 'string' &&
    typeof e.at === 'string' &&
    typeof e.writtenAt === 'string' &&
    typeof e.headline === 'string' &&
    typeof e.fetchedAt === 'string' &&
    !!e.source &&
    Array.isArray(e.countries) &&
    !!e.incident &&
    Array.isArray(e.incident.types)
  );
}

// Parsing and applying GET /api/records filters. Pure: no store, no I/O.
import { BadRequestError } from '../errors';
import type { IndexedRecord } from './record-index';

/** A query parameter the API cannot use: answered with 400. */
export class BadQueryError extends BadRequestError {
  readonly param: string;
  constructor(param: string, message: string) {
    super(`${param}: ${message}`);
    this.param = param;
  }
}

export interface RecordQuery {
  /** Every term must occur in the headline or text (case-insensitive). */
  terms: string[];
  countries: string[];
  agency: string | null;
  organization: string | null;
  actor: string | null;
  system: string | null;
  type: string | null;
  isCyber: boolean | null;
  /** Inclusive bounds on publishedAt (fetchedAt when unknown), ISO strings. */
  from: string | null;
  to: string | null;
  wire: string | null;
  publisher: string | null;
  domain: string | null;
  /** false: leave out records that are republished copies (duplicateOf set). */
  duplicates: boolean;
  limit: number;
  cursor: { at: string; id: string } | null;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

type Query = Record<string, string | undefined>;

function str(q: Query, name: string): string | null {
  const v = q[name]?.trim();
  return v ? v : null;
}

/** yyyy-mm-dd or a full ISO date-time; a bare date `to` means the end of that day. */
function dateParam(q: Query, name: 'from' | 'to'): string | null {
  const v = str(q, name);
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const t = Date.parse(`${v}T00:00:00Z`);
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) throw new BadQueryError(name, `not a date: ${v}`);
    return name === 'from' ? `${v}T00:00:00.000Z` : `${v}T23:59:59.999Z`;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(Date.parse(v))) throw new BadQueryError(name, `expected yyyy-mm-dd or an ISO date-time, got ${v}`);
  return new Date(Date.parse(v)).toISOString();
}

export function encodeRecordCursor(c: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

function decodeRecordCursor(s: string): { at: string; id: string } {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[0-9a-f]{16}$/.test(v[1])) {
      return { at: v[0], id: v[1] };
    }
  } catch {
    // fall through
  }
  throw new BadQueryError('cursor', 'not a cursor this API issued');
}

export function parseLimit(q: Query): number {
  const raw = str(q, 'limit');
  if (raw === null) return DEFAULT_LIMIT;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT) throw new BadQueryError('limit', `must be an integer 1..${MAX_LIMIT}, got ${raw}`);
  return Number(raw);
}

export function parseRecordQuery(q: Query): RecordQuery {
  const isCyberRaw = str(q, 'isCyber');
  if (isCyberRaw !== null && isCyberRaw !== 'true' && isCyberRaw !== 'false') throw new BadQueryError('isCyber', `must be true or false, got ${isCyberRaw}`);
  const from = dateParam(q, 'from');
  const to = dateParam(q, 'to');
  if (from && to && from > to) throw new BadQueryError('from', 'is after to');
  const duplicatesRaw = str(q, 'duplicates');
  if (duplicatesRaw !== null && duplicatesRaw !== 'include' && duplicatesRaw !== 'exclude') {
    throw new BadQueryError('duplicates', `must be include or exclude, got ${duplicatesRaw}`);
  }
  const cursorRaw = str(q, 'cursor');
  const lower = (name: string) => str(q, name)?.toLowerCase() ?? null;
  return {
    terms: (str(q, 'q') ?? '').toLowerCase().split(/\s+/).filter(Boolean),
    countries: (str(q, 'country') ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean),
    agency: lower('agency'),
    organization: lower('organization'),
    actor: lower('actor'),
    system: lower('system'),
    type: lower('type'),
    isCyber: isCyberRaw === null ? null : isCyberRaw === 'true',
    from,
    to,
    wire: lower('wire'),
    publisher: lower('publisher'),
    domain: lower('domain'),
    duplicates: duplicatesRaw !== 'exclude',
    limit: parseLimit(q),
    cursor: cursorRaw ? decodeRecordCursor(cursorRaw) : null,
  };
}

/** An entity filter matches a name containing it, or an acronym/alias equal to it. */
function entityMatch(names: string[], wanted: string): boolean {
  return names.some((n) => n === wanted || n.includes(wanted));
}

export function matches(e: IndexedRecord, q: RecordQuery): boolean {
  const s = e.summary;
  if (q.from && e.at < q.from) return false;
  if (q.to && e.at > q.to) return false;
  if (q.isCyber !== null && s.incident.isCyber !== q.isCyber) return false;
  if (!q.duplicates && s.duplicateOf) return false;
  if (q.type && !s.incident.types.includes(q.type)) return false;
  if (q.countries.length && !q.countries.some((c) => e.countryCodes.includes(c))) return false;
  if (q.wire && (s.source.wire ?? '').toLowerCase() !== q.wire) return false;
  if (q.publisher && (s.source.publisher ?? '').toLowerCase() !== q.publisher) return false;
  if (q.domain && s.source.domain.toLowerCase() !== q.domain) return false;
  if (q.agency && !entityMatch(e.agencies, q.agency)) return false;
  if (q.organization && !entityMatch(e.organizations, q.organization)) return false;
  if (q.actor && !entityMatch(e.actors, q.actor)) return false;
  if (q.system && !entityMatch(e.systems, q.system)) return false;
  for (const t of q.terms) if (!e.haystack.includes(t)) return false;
  return true;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Facets {
  countries: FacetCount[];
  types: FacetCount[];
  actors: FacetCount[];
  agencies: FacetCount[];
  systems: FacetCount[];
  wires: FacetCount[];
  publishers: FacetCount[];
}

const FACET_TOP = 25;

function top(counts: Map<string, number>): FacetCount[] {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, FACET_TOP);
}

/** Counts over the whole matching set (not just the page), plus stories per day. */
export function facetsOf(list: IndexedRecord[]): { facets: Facets; timeline: FacetCount[] } {
  const maps = {
    countries: new Map<string, number>(),
    types: new Map<string, number>(),
    actors: new Map<string, number>(),
    agencies: new Map<string, number>(),
    systems: new Map<string, number>(),
    wires: new Map<string, number>(),
    publishers: new Map<string, number>(),
  };
  const days = new Map<string, number>();
  const add = (m: Map<string, number>, v: string | null | undefined) => {
    if (v) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (const e of list) {
    const s = e.summary;
    for (const c of new Set(s.countries)) add(maps.countries, c);
    for (const t of new Set(s.incident.types)) add(maps.types, t);
    for (const a of new Set(s.actors)) add(maps.actors, a);
    for (const a of new Set(s.agencies)) add(maps.agencies, a);
    for (const a of new Set(s.systems)) add(maps.systems, a);
    add(maps.wires, s.source.wire);
    add(maps.publishers, s.source.publisher);
    add(days, e.at.slice(0, 10));
  }
  return {
    facets: {
      countries: top(maps.countries),
      types: top(maps.types),
      actors: top(maps.actors),
      agencies: top(maps.agencies),
      systems: top(maps.systems),
      wires: top(maps.wires),
      publishers: top(maps.publishers),
    },
    timeline: [...days.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)),
  };
}

// Parsing and applying the browse API's filters. Pure: no store, no I/O.
import { createHash } from 'node:crypto';
import { BadRequestError } from '../errors';
import type { IndexedEntry } from './browse-snapshot';

/** A query parameter the API cannot use: answered with 400. */
export class BadQueryError extends BadRequestError {
  readonly param: string;
  constructor(param: string, message: string) {
    super(`${param}: ${message}`);
    this.param = param;
  }
}

export interface RecordQuery {
  /** Free text: every word must occur in the headline, summary or entity names (MiniSearch). */
  text: string | null;
  /** Country codes mentioned (any of). */
  countries: string[];
  /** incident.victims country codes (any of). */
  victims: string[];
  /** incident.attributedTo country codes (any of). */
  attributedTo: string[];
  agency: string | null;
  organization: string | null;
  victimOrganization: string | null;
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
  /** Short hash of the filters (not limit or cursor): a cursor is only good for the query that issued it. */
  filterHash: string;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

type Query = Record<string, string | undefined>;

/** Every parameter the record filters read; anything else is ignored. */
export const FILTER_PARAMS = [
  'q', 'country', 'victim', 'attributedTo', 'agency', 'organization', 'victimOrganization', 'actor', 'system',
  'type', 'isCyber', 'from', 'to', 'wire', 'publisher', 'domain', 'duplicates',
] as const;

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

function codes(q: Query, name: string): string[] {
  const list = (str(q, name) ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
  for (const c of list) if (!/^[A-Z]{2}$/.test(c)) throw new BadQueryError(name, `expected two-letter country codes, got ${c}`);
  return list;
}

export function encodeRecordCursor(c: { at: string; id: string }, filterHash: string): string {
  return Buffer.from(JSON.stringify([c.at, c.id, filterHash])).toString('base64url');
}

export function decodeRecordCursor(s: string, filterHash: string): { at: string; id: string } {
  let v: unknown = null;
  try {
    v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
  } catch {
    v = null;
  }
  if (!Array.isArray(v) || v.length !== 3 || typeof v[0] !== 'string' || typeof v[1] !== 'string' || typeof v[2] !== 'string' || !/^[0-9a-f]{16}$/.test(v[1])) {
    throw new BadQueryError('cursor', 'not a cursor this API issued');
  }
  if (v[2] !== filterHash) throw new BadQueryError('cursor', 'was issued for other filters; start again without a cursor');
  return { at: v[0], id: v[1] };
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
  if (from && to && from > to) throw new BadQueryError('from', `is after to (${from.slice(0, 10)} > ${to.slice(0, 10)})`);
  const duplicatesRaw = str(q, 'duplicates');
  if (duplicatesRaw !== null && duplicatesRaw !== 'include' && duplicatesRaw !== 'exclude') {
    throw new BadQueryError('duplicates', `must be include or exclude, got ${duplicatesRaw}`);
  }
  const lower = (name: string) => str(q, name)?.toLowerCase() ?? null;
  const parsed = {
    text: str(q, 'q'),
    countries: codes(q, 'country'),
    victims: codes(q, 'victim'),
    attributedTo: codes(q, 'attributedTo'),
    agency: lower('agency'),
    organization: lower('organization'),
    victimOrganization: lower('victimOrganization'),
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
  };
  const filterHash = createHash('sha256').update(JSON.stringify(parsed)).digest('hex').slice(0, 12);
  const cursorRaw = str(q, 'cursor');
  return {
    ...parsed,
    limit: parseLimit(q),
    cursor: cursorRaw ? decodeRecordCursor(cursorRaw, filterHash) : null,
    filterHash,
  };
}

/** An entity filter matches a name containing it, or an acronym/alias equal to it (case-insensitive). */
function entityMatch(names: string[], aka: string[] | undefined, wanted: string): boolean {
  for (const n of names) if (n.toLowerCase().includes(wanted)) return true;
  if (aka) for (const a of aka) if (a.toLowerCase() === wanted) return true;
  return false;
}

function anyOf(have: string[], wanted: string[]): boolean {
  for (const w of wanted) if (have.includes(w)) return true;
  return false;
}

const lowerEq = (v: string | null, wanted: string) => (v ?? '').toLowerCase() === wanted;

/** Every filter but the free text (which the snapshot's MiniSearch answers). Cheap checks first. */
export function matches(x: IndexedEntry, q: RecordQuery): boolean {
  const e = x.entry;
  if (q.from && e.at < q.from) return false;
  if (q.to && e.at > q.to) return false;
  if (q.isCyber !== null && e.incident.isCyber !== q.isCyber) return false;
  if (!q.duplicates && e.duplicateOf) return false;
  if (q.type && !e.incident.types.includes(q.type)) return false;
  if (q.countries.length && !anyOf(e.countries, q.countries)) return false;
  if (q.victims.length && !anyOf(e.incident.victims, q.victims)) return false;
  if (q.attributedTo.length && !anyOf(e.incident.attributedTo, q.attributedTo)) return false;
  if (q.wire && !lowerEq(e.source.wire, q.wire)) return false;
  if (q.publisher && !lowerEq(e.source.publisher, q.publisher)) return false;
  if (q.domain && !lowerEq(e.source.domain, q.domain)) return false;
  if (q.agency && !entityMatch(e.agencies, e.aka?.agencies, q.agency)) return false;
  if (q.organization && !entityMatch(e.organizations, e.aka?.organizations, q.organization)) return false;
  if (q.victimOrganization && !entityMatch(e.incident.victimOrganizations, undefined, q.victimOrganization)) return false;
  if (q.actor && !entityMatch(e.actors, e.aka?.actors, q.actor)) return false;
  if (q.system && !entityMatch(e.systems, e.aka?.systems, q.system)) return false;
  return true;
}

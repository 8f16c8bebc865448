// The browse API's logic, shared by the local HTTP server and the browse Lambda.
//
//   GET /api/records        → {items: RecordSummary[], nextCursor, total}, newest first
//       (publishedAt, else fetchedAt). Filters, all optional and combined with AND:
//       q (every word in headline, lead summary or entity names; the last word may be a prefix),
//       country, victim, attributedTo (ISO alpha-2, comma = any of; country = mentioned anywhere,
//       victim / attributedTo = incident.victims / incident.attributedTo), agency, organization,
//       victimOrganization, actor, system (name contains, or acronym/alias equals; case-insensitive),
//       type (incident type), isCyber (true|false), from / to (yyyy-mm-dd or ISO date-time,
//       inclusive), wire, publisher, domain (equal, case-insensitive), duplicates (include, the
//       default, or exclude: leave out republished copies), limit (1..100, default 20),
//       cursor (opaque, from nextCursor; only valid with the filters that issued it).
//   GET /api/facets         → {total, facets, timeline, matrix} over the same filters: top counts per
//       country, victim, attributedTo, agency, organization, victimOrganization, actor, system, type,
//       wire, publisher; stories per week by type; attributed country × victim country.
//   GET /api/export?format=csv|jsonl&… → the filtered set, streamed (CSV: one row per story,
//       lists joined by ';', formula-safe).
//   GET /api/records/{id}   → the full story record with its story cluster (lib/clusters), or 404
//   GET /api/failures       → {items: [{id, url, reason, status, at, message}], nextCursor}
//   GET /api/incidents      → {items: IncidentSummary[], nextCursor, total}: incidents (stories about
//       one attack, lib/incidents) with at least one story passing the record filters, newest first
//   GET /api/incidents/{id} → the incident: its stories in time order, entities, attribution claims
// Lists, facets and exports are answered from the browse index (lib/store/browse-index.ts) held
// in memory by browse-snapshot.ts; no request lists or reads records/.
// Errors: JSON {error, message}: 400 bad parameter or id, 404 unknown id or route,
// 405 anything but GET, 503 when the store cannot be reached.
import { BadRequestError, WirewatchError, describeError } from '../errors';
import { BadCursorError, StoreError, isStoryId, type Store } from '../store';
import { BrowseSnapshot, positionAfter, type IndexedEntry, type SnapshotOptions } from './browse-snapshot';
import { exportContentType, exportLines, type ExportFormat } from './export';
import { facetsOf } from './facets';
import { listItem } from './list-item';
import { BadQueryError, encodeRecordCursor, matches, parseLimit, parseRecordQuery, type RecordQuery } from './query';
import { storyClusterOf } from '../clusters';
import { IncidentIndex } from '../incidents';

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Set instead of body for a streamed answer (exports): the chunks in order. */
  stream?: AsyncIterable<string>;
}

export type ApiOptions = SnapshotOptions;

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function json(status: number, value: unknown, extra: Record<string, string> = {}): ApiResponse {
  return { status, headers: { ...JSON_HEADERS, ...extra }, body: JSON.stringify(value) };
}

function error(status: number, code: string, message: string, extra: Record<string, string> = {}): ApiResponse {
  return json(status, { error: code, message }, extra);
}

export type ApiHandler = ((req: ApiRequest) => Promise<ApiResponse>) & { snapshot: BrowseSnapshot; incidents: IncidentIndex };

const ROUTES = new Set(['/api/records', '/api/facets', '/api/export', '/api/failures', '/api/incidents']);
const INCIDENT_ID = /^[0-9a-f]{16}$/;

/** A handler bound to one store with its own view of the browse index. */
export function createApiHandler(store: Store, opts: ApiOptions = {}): ApiHandler {
  const snapshot = new BrowseSnapshot(store.browseIndex, opts);
  const incidents = new IncidentIndex({ background: opts.refreshInBackground ?? true });

  /** Every entry the filters select, newest first. */
  async function select(q: RecordQuery): Promise<IndexedEntry[]> {
    const all = await snapshot.entries();
    const ids = q.text ? await snapshot.searchIds(q.text) : null;
    if (ids && ids.size === 0) return [];
    const out: IndexedEntry[] = [];
    for (const x of all) if ((!ids || ids.has(x.entry.id)) && matches(x, q)) out.push(x);
    return out;
  }

  async function listRecords(query: ApiRequest['query']): Promise<ApiResponse> {
    const q = parseRecordQuery(query);
    const matching = await select(q);
    const start = q.cursor ? positionAfter(matching, q.cursor) : 0;
    const page = matching.slice(start, start + q.limit);
    const last = page[page.length - 1];
    const more = start + q.limit < matching.length;
    return json(200, {
      items: page.map((x) => listItem(x.entry)),
      nextCursor: more && last ? encodeRecordCursor(last.entry, q.filterHash) : null,
      total: matching.length,
    });
  }

  async function facets(query: ApiRequest['query']): Promise<ApiResponse> {
    const q = parseRecordQuery({ ...query, limit: undefined, cursor: undefined });
    return json(200, facetsOf(await select(q)));
  }

  async function exportSet(query: ApiRequest['query']): Promise<ApiResponse> {
    const format = (query.format ?? 'csv').trim().toLowerCase();
    if (format !== 'csv' && format !== 'jsonl') throw new BadQueryError('format', `must be csv or jsonl, got ${query.format}`);
    const q = parseRecordQuery({ ...query, limit: undefined, cursor: undefined });
    const matching = await select(q);
    const day = new Date().toISOString().slice(0, 10);
    return {
      status: 200,
      headers: {
        'content-type': exportContentType(format as ExportFormat),
        'content-disposition': `attachment; filename="wirewatch-${day}.${format}"`,
        'cache-control': 'no-store',
        'x-wirewatch-rows': String(matching.length),
      },
      body: '',
      stream: exportLines(matching, format as ExportFormat),
    };
  }

  async function getRecord(id: string): Promise<ApiResponse> {
    if (!isStoryId(id)) return error(400, 'bad-request', `not a story id (16 lower-case hex digits): ${id}`);
    const record = await store.getRecord(id);
    return record ? json(200, { ...record, cluster: await storyClusterOf(store, record) }) : error(404, 'not-found', `no record with id ${id}`);
  }

  async function listIncidents(query: ApiRequest['query']): Promise<ApiResponse> {
    const q = parseRecordQuery({ ...query, cursor: undefined });
    await incidents.update(await snapshot.entries());
    const ids = q.text ? await snapshot.searchIds(q.text) : null;
    return json(200, incidents.page(q, ids, query.cursor?.trim() || null));
  }

  async function getIncident(id: string): Promise<ApiResponse> {
    if (!INCIDENT_ID.test(id)) return error(400, 'bad-request', `not an incident id (16 lower-case hex digits): ${id}`);
    await incidents.update(await snapshot.entries());
    const inc = incidents.detail(id);
    return inc ? json(200, inc) : error(404, 'not-found', `no incident with id ${id}`);
  }

  async function listFailures(query: ApiRequest['query']): Promise<ApiResponse> {
    const limit = parseLimit(query);
    const page = await store.listFailures({ limit, cursor: query.cursor || null });
    return json(200, {
      items: page.items.map((f) => ({ id: f.id, url: f.url, reason: f.reason, status: f.status, at: f.at, message: f.message, attempts: f.attempts })),
      nextCursor: page.nextCursor,
    });
  }

  const handle = async function handle(req: ApiRequest): Promise<ApiResponse> {
    const path = req.path.replace(/\/+$/, '') || '/';
    const known = ROUTES.has(path) || /^\/api\/(records|incidents)\/[^/]+$/.test(path);
    if (!known) return error(404, 'not-found', `no such route: ${req.path}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') return error(405, 'method-not-allowed', `${req.method} is not allowed; use GET`, { allow: 'GET' });
    try {
      if (path === '/api/records') return await listRecords(req.query);
      if (path === '/api/facets') return await facets(req.query);
      if (path === '/api/export') return await exportSet(req.query);
      if (path === '/api/failures') return await listFailures(req.query);
      if (path === '/api/incidents') return await listIncidents(req.query);
      const incident = path.startsWith('/api/incidents/');
      let id: string;
      try {
        id = decodeURIComponent(path.slice((incident ? '/api/incidents/' : '/api/records/').length));
      } catch {
        return error(400, 'bad-request', 'id is not valid percent-encoding');
      }
      return await (incident ? getIncident(id) : getRecord(id));
    } catch (e) {
      if (e instanceof BadQueryError) return error(400, 'bad-request', e.message);
      if (e instanceof BadCursorError) return error(400, 'bad-request', `cursor: ${e.message}`);
      if (e instanceof BadRequestError) return error(400, 'bad-request', e.message);
      if (e instanceof StoreError) return error(503, 'store-unavailable', e.message);
      if (e instanceof WirewatchError) return error(400, 'bad-request', e.message);
      return error(500, 'internal', describeError(e));
    }
  };
  return Object.assign(handle, { snapshot, incidents });
}

const handlers = new WeakMap<Store, ApiHandler>();

/** Browse API entry point: one cached handler (and index view) per store. */
export function handleApiRequest(req: ApiRequest, store: Store, opts: ApiOptions = {}): Promise<ApiResponse> {
  let handler = handlers.get(store);
  if (!handler) {
    handler = createApiHandler(store, opts);
    handlers.set(store, handler);
  }
  return handler(req);
}

/** Collects a streamed answer into its body (the Lambda, whose proxy integration cannot stream). */
export async function bufferResponse(res: ApiResponse, maxBytes: number): Promise<ApiResponse | null> {
  if (!res.stream) return res;
  const parts: string[] = [];
  let size = 0;
  for await (const chunk of res.stream) {
    size += Buffer.byteLength(chunk);
    if (size > maxBytes) return null;
    parts.push(chunk);
  }
  return { status: res.status, headers: res.headers, body: parts.join('') };
}

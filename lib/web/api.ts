// The browse API's logic, shared by the local HTTP server and the browse Lambda.
//
//   GET /api/records        → {items: RecordSummary[], nextCursor, total, facets, timeline}
//       newest first (publishedAt, else fetchedAt). Filters, all optional and combined with AND:
//       q (every word in headline or text), country (ISO alpha-2, comma = any of), agency,
//       organization, actor, system (name contains, or acronym/alias equals; case-insensitive),
//       type (incident type), isCyber (true|false), from / to (yyyy-mm-dd or ISO date-time,
//       inclusive), wire, publisher, domain (equal, case-insensitive), duplicates (include, the
//       default, or exclude: leave out republished copies, i.e. records with duplicateOf set), limit (1..100, default 20),
//       cursor (opaque, from nextCursor). Items are summaries (with duplicateOf); facets/timeline count the whole
//       matching set. Served from an in-memory index of every record (record-index.ts).
//   GET /api/records/{id}   → the full story record with its story cluster (lib/clusters), or 404
//   GET /api/failures       → {items: [{id, url, reason, status, at, message}], nextCursor}
//       newest day first; limit 1..100, cursor
// Errors: JSON {error, message}: 400 bad parameter or id, 404 unknown id or route,
// 405 anything but GET, 503 when the store cannot be reached.
import { BadRequestError, WirewatchError, describeError } from '../errors';
import { BadCursorError, StoreError, isStoryId, type Store } from '../store';
import { storyClusterOf } from '../clusters';
import { RecordIndex, compareNewestFirst } from './record-index';
import { BadQueryError, encodeRecordCursor, facetsOf, matches, parseLimit, parseRecordQuery } from './query';

export interface ApiRequest {
  method: string;
  path: string;
  query: Record<string, string | undefined>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApiOptions {
  /** How long the record index may be reused before re-listing the store, default 2000 ms. */
  indexTtlMs?: number;
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

function json(status: number, value: unknown, extra: Record<string, string> = {}): ApiResponse {
  return { status, headers: { ...JSON_HEADERS, ...extra }, body: JSON.stringify(value) };
}

function error(status: number, code: string, message: string, extra: Record<string, string> = {}): ApiResponse {
  return json(status, { error: code, message }, extra);
}

export type ApiHandler = (req: ApiRequest) => Promise<ApiResponse>;

/** A handler bound to one store with its own record index. */
export function createApiHandler(store: Store, opts: ApiOptions = {}): ApiHandler {
  const index = new RecordIndex(store, opts.indexTtlMs ?? 2000);

  async function listRecords(query: ApiRequest['query']): Promise<ApiResponse> {
    const q = parseRecordQuery(query);
    const matching = (await index.all()).filter((e) => matches(e, q));
    const start = q.cursor ? matching.findIndex((e) => compareNewestFirst(e, q.cursor!) > 0) : 0;
    const page = start < 0 ? [] : matching.slice(start, start + q.limit);
    const last = page[page.length - 1];
    const more = start >= 0 && start + q.limit < matching.length;
    const { facets, timeline } = facetsOf(matching);
    return json(200, {
      items: page.map((e) => e.summary),
      nextCursor: more && last ? encodeRecordCursor(last) : null,
      total: matching.length,
      facets,
      timeline,
    });
  }

  async function getRecord(id: string): Promise<ApiResponse> {
    if (!isStoryId(id)) return error(400, 'bad-request', `not a story id (16 lower-case hex digits): ${id}`);
    const record = await store.getRecord(id);
    return record ? json(200, { ...record, cluster: await storyClusterOf(store, record) }) : error(404, 'not-found', `no record with id ${id}`);
  }

  async function listFailures(query: ApiRequest['query']): Promise<ApiResponse> {
    const limit = parseLimit(query);
    const page = await store.listFailures({ limit, cursor: query.cursor || null });
    return json(200, {
      items: page.items.map((f) => ({ id: f.id, url: f.url, reason: f.reason, status: f.status, at: f.at, message: f.message, attempts: f.attempts })),
      nextCursor: page.nextCursor,
    });
  }

  return async function handle(req: ApiRequest): Promise<ApiResponse> {
    const path = req.path.replace(/\/+$/, '') || '/';
    const known = path === '/api/records' || path === '/api/failures' || /^\/api\/records\/[^/]+$/.test(path);
    if (!known) return error(404, 'not-found', `no such route: ${req.path}`);
    if (req.method !== 'GET') return error(405, 'method-not-allowed', `${req.method} is not allowed; use GET`, { allow: 'GET' });
    try {
      if (path === '/api/records') return await listRecords(req.query);
      if (path === '/api/failures') return await listFailures(req.query);
      let id: string;
      try {
        id = decodeURIComponent(path.slice('/api/records/'.length));
      } catch {
        return error(400, 'bad-request', 'id is not valid percent-encoding');
      }
      return await getRecord(id);
    } catch (e) {
      if (e instanceof BadQueryError) return error(400, 'bad-request', e.message);
      if (e instanceof BadCursorError) return error(400, 'bad-request', `cursor: ${e.message}`);
      if (e instanceof BadRequestError) return error(400, 'bad-request', e.message);
      if (e instanceof StoreError) return error(503, 'store-unavailable', e.message);
      if (e instanceof WirewatchError) return error(400, 'bad-request', e.message);
      return error(500, 'internal', describeError(e));
    }
  };
}

const handlers = new WeakMap<Store, ApiHandler>();

/** Browse API entry point: one cached handler (and record index) per store. */
export function handleApiRequest(req: ApiRequest, store: Store): Promise<ApiResponse> {
  let handler = handlers.get(store);
  if (!handler) {
    handler = createApiHandler(store);
    handlers.set(store, handler);
  }
  return handler(req);
}

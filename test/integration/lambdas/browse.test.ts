// The browse Lambda with API Gateway v2 (HTTP API) events over the real embedded S3 server.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';
import { useTestS3Env } from './env';
import { httpEvent } from './events';

type BrowseModule = typeof import('../../../lambdas/browse');

let s3: TestS3;
let restore: () => void;
let browse: BrowseModule;
const record = storyRecord('https://news.example/world/2024/03/hospital-ransomware.html', {
  cleaned: { headline: 'Ransomware attack disrupts hospital network', publishedAt: '2024-03-05T10:00:00Z' },
  extraction: { incident: { isCyber: true, types: ['ransomware'], victims: [], attributedTo: [] } },
});

beforeAll(async () => {
  s3 = await startTestS3();
  await s3.store.putRecord(record);
  restore = useTestS3Env(s3);
  jest.isolateModules(() => {
    browse = require('../../../lambdas/browse') as BrowseModule;
  });
});

afterAll(async () => {
  restore();
  await s3?.stop();
});

const body = (res: APIGatewayProxyStructuredResultV2) => JSON.parse(String(res.body)) as Record<string, unknown>;

describe('browse handler', () => {
  it('lists records for a signed-in analyst', async () => {
    const res = await browse.handler(httpEvent('GET', '/api/records', { isCyber: 'true' }));
    expect(res.statusCode).toBe(200);
    expect(res.headers?.['content-type']).toMatch(/application\/json/);
    expect((body(res).items as { id: string }[]).map((i) => i.id)).toEqual([record.id]);
  });

  it('returns one record by id', async () => {
    const res = await browse.handler(httpEvent('GET', `/api/records/${record.id}`));
    expect(res.statusCode).toBe(200);
    expect(body(res)).toMatchObject({ id: record.id, headline: 'Ransomware attack disrupts hospital network' });
  });

  it('answers 404 for an unknown id or route', async () => {
    const unknown = await browse.handler(httpEvent('GET', '/api/records/0123456789abcdef'));
    expect(unknown.statusCode).toBe(404);
    expect(body(unknown)).toMatchObject({ error: 'not-found' });
    expect((await browse.handler(httpEvent('GET', '/api/nothing-here'))).statusCode).toBe(404);
  });

  it('lists incidents and returns one by id, with the same errors as the local server', async () => {
    const list = await browse.handler(httpEvent('GET', '/api/incidents', { isCyber: 'true' }));
    expect(list.statusCode).toBe(200);
    const items = body(list).items as Array<{ id: string; stories: number }>;
    expect(items).toEqual([expect.objectContaining({ id: record.id, stories: 1 })]);
    const one = await browse.handler(httpEvent('GET', `/api/incidents/${record.id}`));
    expect(one.statusCode).toBe(200);
    expect((body(one).stories as Array<{ id: string }>).map((s) => s.id)).toEqual([record.id]);
    expect((await browse.handler(httpEvent('GET', '/api/incidents/0123456789abcdef'))).statusCode).toBe(404);
    expect((await browse.handler(httpEvent('GET', '/api/incidents/NOT-AN-ID'))).statusCode).toBe(400);
    expect((await browse.handler(httpEvent('GET', '/api/incidents', { to: 'yesterday' }))).statusCode).toBe(400);
  });

  it('answers 400 for a bad id or a bad filter', async () => {
    const badId = await browse.handler(httpEvent('GET', '/api/records/not-a-story-id'));
    expect(badId.statusCode).toBe(400);
    expect(body(badId)).toMatchObject({ error: 'bad-request', message: expect.stringContaining('story id') });
    const badLimit = await browse.handler(httpEvent('GET', '/api/records', { limit: 'lots' }));
    expect(badLimit.statusCode).toBe(400);
  });

  it('refuses a request that carries no authorizer result with 401, even if a route were left open', async () => {
    const res = await browse.handler(httpEvent('GET', '/api/records', {}, { authorized: false }));
    expect(res.statusCode).toBe(401);
    expect(body(res)).toMatchObject({ error: 'unauthorized' });
    expect(String(res.body)).not.toContain(record.id);
  });

  it('answers facets and a CSV export in one buffered response (HTTP API cannot stream)', async () => {
    const facets = await browse.handler(httpEvent('GET', '/api/facets', { type: 'ransomware' }));
    expect(facets.statusCode).toBe(200);
    expect(body(facets)).toMatchObject({ total: 1, facets: { types: [{ value: 'ransomware', count: 1 }] } });
    const csv = await browse.handler(httpEvent('GET', '/api/export', { format: 'csv' }));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers?.['content-type']).toMatch(/^text\/csv/);
    const lines = String(csv.body).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(record.id);
    const bad = await browse.handler(httpEvent('GET', '/api/export', { format: 'pdf' }));
    expect(bad.statusCode).toBe(400);
    expect(body(bad)).toMatchObject({ error: 'bad-request', message: expect.stringContaining('format') });
  });

  it('lists failures', async () => {
    await s3.store.putFailure({ id: 'aaaaaaaaaaaaaaaa', url: 'https://news.example/gone', feedUrl: null, reason: 'http-status', status: 410, message: 'HTTP 410', at: '2024-03-06T00:00:00Z' });
    const res = await browse.handler(httpEvent('GET', '/api/failures'));
    expect(res.statusCode).toBe(200);
    expect(body(res).items).toEqual([expect.objectContaining({ url: 'https://news.example/gone', reason: 'http-status', status: 410 })]);
  });
});

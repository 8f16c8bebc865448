import { request } from 'node:http';
import { startHttpServer, type RunningHttpServer } from '../../../lib/local/http-server';
import { checkRequestTarget } from '../../../lib/local/request-guard';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { storyRecord } from '../../helpers/records';

let t: TestS3;
let http: RunningHttpServer;
const record = storyRecord('https://guard.example.com/one');

beforeAll(async () => {
  t = await startTestS3();
  await t.store.putRecord(record);
  http = await startHttpServer({ store: t.store, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await http?.close();
  await t?.stop();
});

/** GET with the target sent exactly as given (fetch() would normalize dot segments first). */
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: http.port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('request targets that try to leave the store or the static root', () => {
  const hostile = [
    '/api/records/../../package.json',
    '/api/records/%2e%2e%2f%2e%2e%2fpackage.json',
    '/api/records/%2E%2E',
    '/api/records/..%5c..%5cpackage.json',
    '/api/records/%252e%252e%252fpackage.json',
    `/api/records/${'a'.repeat(5000)}`,
    `/api/records/${'0'.repeat(300)}`,
    '/api/records/0123456789ABCDEF',
    '/api/records/0123456789abcdef/../../x',
    '/%2e%2e/%2e%2e/package.json',
    '/../../../../etc/passwd',
    '/js/%00.js',
    '/api/records/%zz',
  ];

  it.each(hostile)('%s → 400 with a JSON error, and nothing from outside is read', async (target) => {
    const res = await rawGet(target);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'bad-request' });
    expect(res.body).not.toContain('"name": "wirewatch"');
    expect(res.body).not.toContain('root:');
  });

  it('ordinary targets still work: a record, an unknown id, the page', async () => {
    expect((await rawGet(`/api/records/${record.id}`)).status).toBe(200);
    expect((await rawGet('/api/records/ffffffffffffffff')).status).toBe(404);
    expect((await rawGet('/api/records?limit=5&q=..')).status).toBe(200);
    expect((await rawGet('/')).status).toBe(200);
  });

  it('checkRequestTarget names the reason', () => {
    expect(checkRequestTarget('/a/%2e%2e/b')).toMatch(/\.\./);
    expect(checkRequestTarget('/api/records/xyz')).toMatch(/story id/);
    expect(checkRequestTarget(`/${'x'.repeat(3000)}`)).toMatch(/longer/);
    expect(checkRequestTarget('/api/records/0123456789abcdef')).toBeNull();
  });
});

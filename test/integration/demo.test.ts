import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../bin/wirewatch.cjs');

// What `npm start` runs: demo site on loopback, one pass into the embedded store, then the page.
describe('wirewatch demo', () => {
  const home = mkdtempSync(join(tmpdir(), 'wirewatch-demo-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('ingests the sample feeds, prints the summary and serves the page until SIGINT', async () => {
    const { WIREWATCH_BUCKET: _b, ...rest } = process.env;
    const child = spawn(process.execPath, [CLI, 'demo', '--port', '0'], { env: { ...rest, WIREWATCH_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`demo did not come up: ${out} ${err}`)), 45_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /analyst page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
      child.on('exit', () => fail(new Error(`demo exited early: ${out} ${err}`)));
    });
    const m = /stories: (\d+) found, (\d+) new, (\d+) recorded, (\d+) failed/.exec(out);
    expect(m).not.toBeNull();
    const [found, fresh, recorded, failed] = m!.slice(1).map(Number);
    expect(fresh).toBe(recorded + failed);
    expect(found).toBeGreaterThanOrEqual(fresh);
    expect(recorded).toBeGreaterThan(0);
    expect(out).toMatch(/feeds: +\d+ total, \d+ polled/);
    expect(out).toMatch(/incidents: \d+/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const api = (await (await fetch(`${url}api/records?limit=100`)).json()) as { items: unknown[]; total: number };
    // Two sample pages sharing a canonical URL would count twice in "recorded" but be one record.
    expect(api.total).toBeGreaterThan(0);
    expect(api.total).toBeLessThanOrEqual(recorded);

    // The Standalone and The Millbrook Courier both carry the AP Albania story: one record is the
    // original, the other a republished copy pointing at it; nothing else in the samples is a copy.
    type Item = { id: string; headline: string; duplicateOf: string | null; source: { publisher: string | null } };
    const items = api.items as Item[];
    const copies = items.filter((i) => i.duplicateOf);
    expect(copies).toHaveLength(1);
    const pair = [copies[0], items.find((i) => i.id === copies[0].duplicateOf)];
    expect(pair.map((i) => i?.source.publisher).sort()).toEqual(['The Millbrook Courier', 'The Standalone']);
    expect(pair.every((i) => /Albania/.test(i?.headline ?? ''))).toBe(true);
    expect(pair[1]?.duplicateOf).toBeNull();
    expect(out).toMatch(/1 record is a republished copy/);
    const distinct = (await (await fetch(`${url}api/records?limit=100&duplicates=exclude`)).json()) as { total: number };
    expect(distinct.total).toBe(api.total - 1);

    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(err).toBe('');
  });
});

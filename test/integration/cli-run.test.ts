import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunSummary } from '../../lib/pipeline';
import { startNewsSite, type NewsSite } from '../helpers/news-site';

const CLI = resolve(__dirname, '../../bin/wirewatch.cjs');
let site: NewsSite;
let home: string;
let env: NodeJS.ProcessEnv;
let feedsFile: string;

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  site = await startNewsSite();
  home = mkdtempSync(join(tmpdir(), 'wirewatch-cli-'));
  feedsFile = join(home, 'feeds.json');
  writeFileSync(feedsFile, JSON.stringify({ feeds: [{ id: 'gazette', url: `${site.origin}/rss.xml`, publisher: 'Test Harbour Gazette' }] }));
  const { WIREWATCH_BUCKET: _b, WIREWATCH_S3_ENDPOINT: _e, ...rest } = process.env;
  env = { ...rest, WIREWATCH_HOME: home, WIREWATCH_FETCH_ALLOW: site.hostPort, WIREWATCH_PACE_MS: '0' };
});
afterAll(async () => {
  await site?.close();
  rmSync(home, { recursive: true, force: true });
});

describe('wirewatch run / serve on the embedded store', () => {
  it('run --once --json prints one summary object; a second run finds the feed not modified', async () => {
    const first = await run(['run', '--once', '--json', '--feeds', feedsFile]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const s = JSON.parse(first.stdout) as RunSummary;
    expect(s.stories).toMatchObject({ found: 7, new: 7, recorded: 3, failed: 4 });
    expect(s.stories.recorded + s.stories.failed).toBe(s.stories.new);

    const second = await run(['run', '--once', '--feeds', feedsFile]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/1 not modified/);
    expect(second.stdout).toMatch(/0 new, 0 recorded, 0 failed/);
  });

  it('serve prints its URL, answers the API over the same store, and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`no URL printed: ${out}`)), 20_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)\n/.exec(out);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
    });
    const res = await fetch(`${url}api/records`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(3);
    const failures = (await (await fetch(`${url}api/failures`)).json()) as { items: Array<{ reason: string }> };
    expect(failures.items.map((f) => f.reason).sort()).toEqual(['http-status', 'not-html', 'robots', 'ssrf-blocked']);
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

// `wirewatch serve` listens on 127.0.0.1 unless told otherwise, and then warns that the API
// has no authentication.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, until } from '../helpers/run-cli';

jest.setTimeout(30_000);
let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'wirewatch-serve-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

async function serve(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const run = runCli(['serve', '--port', '0', ...args], { WIREWATCH_HOME: home });
  let out = '';
  let err = '';
  run.child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  run.child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  try {
    await until(() => /http:\/\/\S+:\d+\//.test(out) || run.child.exitCode !== null, 20_000, 'the server address');
    const url = /(http:\/\/\S+:\d+\/)/.exec(out)?.[1];
    expect(url).toBeDefined();
    const res = await fetch(url!.replace('0.0.0.0', '127.0.0.1'));
    expect(res.status).toBe(200);
  } finally {
    run.child.kill('SIGTERM');
    await run.done;
  }
  return { stdout: out, stderr: err };
}

describe('wirewatch serve', () => {
  it('binds 127.0.0.1 by default, without a warning', async () => {
    const { stdout, stderr } = await serve([]);
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/m);
    expect(stderr).not.toMatch(/warning/);
  });

  it('told to bind another address, it does and warns that the API has no authentication', async () => {
    const { stdout, stderr } = await serve(['--host', '0.0.0.0']);
    expect(stdout).toMatch(/^http:\/\/0\.0\.0\.0:\d+\/$/m);
    expect(stderr).toMatch(/warning: serving on 0\.0\.0\.0.*no authentication/);
  });
});

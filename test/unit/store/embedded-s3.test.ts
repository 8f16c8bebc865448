import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

async function reachable(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

describe('embedded s3rver child process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-orphan-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['SIGKILL', 'exit'] as const)('goes away when its parent does (%s)', async (how) => {
    const script = `require('./lib/local/embedded-s3').startEmbeddedS3({ directory: ${JSON.stringify(join(dir, how))} }).then((s) => {
      console.log(s.endpoint);
      ${how === 'exit' ? 'setTimeout(() => process.exit(0), 200);' : 'setInterval(() => {}, 1000);'}
    });`;
    const parent = spawn(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const endpoint = await new Promise<string>((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error('no endpoint')), 20_000);
      parent.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) {
          clearTimeout(timer);
          ok(out.trim());
        }
      });
    });
    expect(await reachable(endpoint)).toBe(true);
    if (how === 'SIGKILL') parent.kill('SIGKILL');
    await new Promise((r) => parent.on('exit', r));
    let up = true;
    for (let i = 0; i < 50 && up; i++) {
      await new Promise((r) => setTimeout(r, 100));
      up = await reachable(endpoint);
    }
    expect(up).toBe(false);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { RunSummary } from '../../lib/pipeline';

const ROOT = join(__dirname, '..', '..');

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process exits. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; summary: RunSummary | null }>;
}

/** `wirewatch ARGS` as a real child process with `env` added to this one's. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): CliRun {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'wirewatch.cjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Awaited<CliRun['done']>>((resolve) => {
    child.on('exit', (code, signal) => {
      let summary: RunSummary | null = null;
      try {
        summary = JSON.parse(stdout.trim().split('\n').pop() ?? '') as RunSummary;
      } catch {
        summary = null;
      }
      resolve({ code, signal, stdout, stderr, summary });
    });
  });
  return { child, done };
}

/** Resolves once `check` is true (polled every 20 ms), or rejects after `ms`. */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

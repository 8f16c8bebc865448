import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { WirewatchError } from '../errors';

/** The embedded S3-compatible server could not start. */
export class EmbeddedS3Error extends WirewatchError {
  constructor(message: string) {
    super('store', message);
  }
}

export interface EmbeddedS3 {
  endpoint: string;
  bucket: string;
  /** s3rver accepts any well-formed signature from these credentials. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** The server's process id (fault tests kill it). */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedS3Options {
  /** Where objects live on disk; created if missing. */
  directory: string;
  bucket?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  startTimeoutMs?: number;
}

const CHILD_SCRIPT = join(__dirname, 's3rver-child.js');
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Belt and braces: the child also exits when its stdin (our pipe) closes.
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/**
 * Starts s3rver 3.7.1 as a child process on 127.0.0.1 with the bucket created.
 * Note: s3rver does not honour PutObject's IfNoneMatch: '*', so the store's
 * written-once guarantee rests on its HeadObject check when running locally.
 */
export function startEmbeddedS3(opts: EmbeddedS3Options): Promise<EmbeddedS3> {
  const bucket = opts.bucket ?? 'wirewatch';
  mkdirSync(opts.directory, { recursive: true });
  installExitHook();
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', CHILD_SCRIPT, JSON.stringify({ directory: opts.directory, bucket, port: opts.port ?? 0 })],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  live.add(child);
  child.on('exit', () => live.delete(child));

  return new Promise<EmbeddedS3>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedS3Error(`embedded S3 server did not start within ${opts.startTimeoutMs ?? 15000} ms`));
    }, opts.startTimeoutMs ?? 15000);
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new EmbeddedS3Error(`embedded S3 server exited (code ${code}): ${err.trim() || 'no message'}`));
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      let port: number;
      try {
        port = (JSON.parse(out.slice(0, nl)) as { port: number }).port;
      } catch {
        child.kill('SIGKILL');
        reject(new EmbeddedS3Error(`embedded S3 server printed an unexpected line: ${out.slice(0, nl)}`));
        return;
      }
      child.stdout?.removeAllListeners('data');
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({
        endpoint: `http://127.0.0.1:${port}`,
        bucket,
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
        pid: child.pid ?? -1,
        stop: () => stopChild(child),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.stdin?.end();
    child.kill('SIGTERM');
  });
}

// `wirewatch reprocess` as a user runs it: a child process against the embedded S3 server.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { EMPTY_PAGE, PAGES, archive, idOf } from './archive';

const CLI = resolve(__dirname, '../../../bin/wirewatch.cjs');
let t: TestS3;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    WIREWATCH_BUCKET: t.s3.bucket,
    WIREWATCH_S3_ENDPOINT: t.s3.endpoint,
    AWS_ACCESS_KEY_ID: t.s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: t.s3.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
  };
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  t = await startTestS3();
  await archive(t.store);
});
afterAll(async () => {
  await t?.stop();
});

describe('wirewatch reprocess', () => {
  it('prints rebuilt / unchanged / failed; no progress line when stderr is not a terminal; exit 1 for a failed page', async () => {
    const res = await cli(['reprocess']);
    expect(res.stdout).toMatch(/^rebuilt 3, unchanged 0, failed 1 \(extraction 1\)$/m);
    expect(res.stdout).toMatch(/^skipped 0 /m);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(1);
    expect(await t.store.hasRecord(idOf(PAGES[0].url))).toBe(true);
    expect((await t.store.getFailure(idOf(EMPTY_PAGE.url)))?.attempts).toBe(1);
  });

  it('--json, --since/--until and --all', async () => {
    const res = await cli(['reprocess', '--json', '--all', '--since', '2024-04-02', '--until', '2024-04-03']);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ seen: 2, rebuilt: 0, unchanged: 2, failed: 0, skipped: 0 });
  });

  it('refuses a bad date with usage and exit 2', async () => {
    const res = await cli(['reprocess', '--since', '2024-13-01']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('--since must be a date yyyy-mm-dd');
  });
});

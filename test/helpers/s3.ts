import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { startEmbeddedS3, type EmbeddedS3 } from '../../lib/local/embedded-s3';
import { createS3Client, createS3Store, type Store } from '../../lib/store';

// Node 20 is what this machine runs; the SDK's "Node 22 soon" warning is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface TestS3 {
  s3: EmbeddedS3;
  client: S3Client;
  store: Store;
  dir: string;
  stop(): Promise<void>;
}

/** The same embedded s3rver the runner uses, on a free port with a temp data dir. */
export async function startTestS3(): Promise<TestS3> {
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-s3-'));
  const s3 = await startEmbeddedS3({ directory: dir });
  const client = createS3Client({ endpoint: s3.endpoint, region: 'us-east-1', credentials: s3.credentials });
  return {
    s3,
    client,
    // WIREWATCH_TEST_SOLE_WRITER=1 runs a suite against the sole-writer store (index/ cache).
    store: createS3Store(client, s3.bucket, { soleWriter: process.env.WIREWATCH_TEST_SOLE_WRITER === '1' }),
    dir,
    async stop() {
      client.destroy();
      await s3.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every key in the test bucket with its ETag and last-modified time, so a test can tell what a run wrote. */
export async function bucketObjects(t: TestS3): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let token: string | undefined;
  do {
    const res = await t.client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, ContinuationToken: token }));
    for (const o of res.Contents ?? []) out.set(o.Key ?? '', `${o.ETag}|${o.LastModified?.toISOString()}`);
    token = res.IsTruncated ? res.NextContinuationToken : undefined;
  } while (token);
  return out;
}

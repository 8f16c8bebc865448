import type { TestS3 } from '../../helpers/s3';

/** The environment the stack gives a function, pointed at the embedded S3 server. */
export function useTestS3Env(s3: TestS3, extra: Record<string, string> = {}): () => void {
  const vars: Record<string, string> = {
    WIREWATCH_BUCKET: s3.s3.bucket,
    WIREWATCH_S3_ENDPOINT: s3.s3.endpoint,
    AWS_ACCESS_KEY_ID: s3.s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.s3.credentials.secretAccessKey,
    AWS_REGION: 'us-east-1',
    POWERTOOLS_LOG_LEVEL: 'SILENT',
    POWERTOOLS_METRICS_NAMESPACE: 'Wirewatch',
    ...extra,
  };
  const before: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    before[k] = process.env[k];
    process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

// Lists a bucket and checks the ingestion invariant: every story URL served ended as exactly
// one record (its own, or merged into one: sourceUrls) or exactly one failure record; every
// record object parses and validates; one raw archive per record.
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { validateRecord } from '../../lib/record';
import type { FailureRecord, StoryRecord } from '../../lib/types';

export interface Listed {
  records: StoryRecord[];
  failures: FailureRecord[];
  /** raw/ key → ETag|LastModified */
  raw: Map<string, string>;
  /** URL → how many records and failures name it */
  urls: Map<string, number>;
}

export async function listKeys(client: S3Client, bucket: string, prefix: string): Promise<Array<{ key: string; stamp: string }>> {
  const out: Array<{ key: string; stamp: string }> = [];
  let token: string | undefined;
  do {
    const res = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of res.Contents ?? []) if (o.Key) out.push({ key: o.Key, stamp: `${o.ETag}|${o.LastModified?.toISOString()}` });
    token = res.IsTruncated ? res.NextContinuationToken : undefined;
  } while (token);
  return out;
}

async function getJson<T>(client: S3Client, bucket: string, key: string): Promise<T> {
  const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const text = await res.Body!.transformToString();
  return JSON.parse(text) as T; // a half-written object fails here
}

export async function listStore(client: S3Client, bucket: string): Promise<Listed> {
  const records: StoryRecord[] = [];
  for (const { key } of await listKeys(client, bucket, 'records/')) {
    const r = await getJson<StoryRecord>(client, bucket, key);
    validateRecord(r);
    records.push(r);
  }
  const failures: FailureRecord[] = [];
  for (const { key } of await listKeys(client, bucket, 'failures/')) failures.push(await getJson<FailureRecord>(client, bucket, key));
  const raw = new Map((await listKeys(client, bucket, 'raw/')).map((o) => [o.key, o.stamp]));
  const urls = new Map<string, number>();
  const add = (u: string) => urls.set(u, (urls.get(u) ?? 0) + 1);
  for (const r of records) for (const u of new Set(r.sourceUrls ?? [r.url])) add(u);
  for (const f of failures) add(f.url);
  return { records, failures, raw, urls };
}

/** URLs (of those expected) that are in no record and no failure, and those in more than one. */
export function invariantBreaks(listed: Listed, expected: string[]): { lost: string[]; duplicated: string[] } {
  return {
    lost: expected.filter((u) => !listed.urls.has(u)),
    duplicated: expected.filter((u) => (listed.urls.get(u) ?? 0) > 1),
  };
}

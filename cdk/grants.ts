import { Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/** What a handler may do with which key prefixes of the data bucket (DESIGN.md layout + index/). */
export interface PrefixAccess {
  read?: string[];
  write?: string[];
  delete?: string[];
}

/**
 * Least-privilege S3 access by prefix. s3:ListBucket on the bucket is granted
 * too: without it S3 answers 403 instead of 404 for a missing key, and the store
 * tells "absent" from "outage" by that status.
 */
export function grantPrefixes(bucket: s3.IBucket, grantee: iam.IGrantable, access: PrefixAccess): void {
  const add = (actions: string[], prefixes: string[] | undefined) => {
    if (!prefixes?.length) return;
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions, resources: prefixes.map((p) => bucket.arnForObjects(`${p}*`)) }),
    );
  };
  add(['s3:GetObject'], access.read);
  add(['s3:PutObject'], access.write);
  add(['s3:DeleteObject'], access.delete);
  grantee.grantPrincipal.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
  acknowledgePrefixWildcards(bucket, grantee, [...new Set([...(access.read ?? []), ...(access.write ?? []), ...(access.delete ?? [])])]);
}

/**
 * cdk-nag reports each `bucket/prefix/*` resource as an IAM5 finding; each is
 * acknowledged on the grantee's role by its exact finding id, so any other
 * wildcard that creeps into the role still fails the checks.
 */
export function acknowledgePrefixWildcards(bucket: s3.IBucket, grantee: iam.IGrantable, prefixes: string[]): void {
  const role = grantee.grantPrincipal as unknown as IConstruct;
  const cfn = bucket.node.defaultChild as s3.CfnBucket | undefined;
  if (!cfn) return;
  const logicalId = Stack.of(bucket).getLogicalId(cfn);
  for (const p of prefixes) {
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${p}*]`,
      reason: `Objects under ${p} only: the handler reads or writes story objects whose keys (ids, dates) are not known at deploy time.`,
    });
  }
}

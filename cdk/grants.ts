import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';

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
}

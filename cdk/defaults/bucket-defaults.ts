// Secure S3 defaults as data, in the manner of aws-solutions-constructs' DefaultS3Props:
// a construct merges these under the caller's props, and the caller cannot weaken the
// guarded keys (see SecureBucket).
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';

/** Every bucket of the stack: private, TLS only, encrypted, versioned, kept when the stack goes. */
export function defaultBucketProps(): s3.BucketProps {
  return {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    encryption: s3.BucketEncryption.S3_MANAGED,
    versioned: true,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: RemovalPolicy.RETAIN,
    autoDeleteObjects: false,
  };
}

/** Keys a caller may not override: turning any of them off is what a review would send back. */
export const GUARDED_BUCKET_KEYS = ['blockPublicAccess', 'enforceSSL', 'encryption'] as const;

/** The access-log target: S3 log delivery needs SSE-S3 and, for CloudFront standard logs, ACLs. */
export function defaultLogBucketProps(): s3.BucketProps {
  return {
    ...defaultBucketProps(),
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [
      { id: 'expire-access-logs', expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30) },
      { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
    ],
  };
}

/** Lifecycle of the data bucket (DESIGN.md key layout). */
export const DATA_LIFECYCLE = {
  /** raw/ page archives move to Standard-IA after this many days. */
  rawToInfrequentAccessDays: 30,
  /** failures/ are retried and overwritten; old ones go. */
  failuresExpireDays: 90,
  /** Overwritten or deleted versions of any key. */
  noncurrentExpireDays: 30,
} as const;

export function dataLifecycleRules(): s3.LifecycleRule[] {
  return [
    {
      id: 'raw-to-infrequent-access',
      prefix: 'raw/',
      transitions: [{ storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(DATA_LIFECYCLE.rawToInfrequentAccessDays) }],
    },
    { id: 'expire-failures', prefix: 'failures/', expiration: Duration.days(DATA_LIFECYCLE.failuresExpireDays) },
    { id: 'expire-noncurrent-versions', noncurrentVersionExpiration: Duration.days(DATA_LIFECYCLE.noncurrentExpireDays) },
    { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
  ];
}

/** Athena results: query output is disposable. */
export function athenaResultsLifecycleRules(): s3.LifecycleRule[] {
  return [
    { id: 'expire-query-results', expiration: Duration.days(30), noncurrentVersionExpiration: Duration.days(1) },
    { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
  ];
}

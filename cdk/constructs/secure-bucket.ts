import { Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { GUARDED_BUCKET_KEYS, defaultBucketProps, defaultLogBucketProps } from '../defaults/bucket-defaults';
import { StackSettingsError } from '../settings';

export interface SecureBucketProps {
  /** Merged over the secure defaults; the guarded keys cannot be changed. */
  bucketProps?: s3.BucketProps;
  /** Where server access logs go; required unless this is the log bucket itself. */
  accessLogs?: { bucket: s3.IBucket; prefix: string } | 'is-log-target';
}

/** An S3 bucket with the stack's secure defaults and server access logging. */
export class SecureBucket extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id);
    const isLogTarget = props.accessLogs === 'is-log-target';
    const defaults = isLogTarget ? defaultLogBucketProps() : defaultBucketProps();
    const user = props.bucketProps ?? {};
    for (const key of GUARDED_BUCKET_KEYS) {
      if (user[key] !== undefined && user[key] !== defaults[key]) {
        throw new StackSettingsError(`SecureBucket ${id}: ${key} is fixed by the secure defaults`);
      }
    }
    const logs = props.accessLogs && props.accessLogs !== 'is-log-target' ? props.accessLogs : null;
    if (!logs && !isLogTarget) throw new StackSettingsError(`SecureBucket ${id}: server access logs need a target bucket`);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...defaults,
      ...user,
      lifecycleRules: [...(defaults.lifecycleRules ?? []), ...(user.lifecycleRules ?? [])],
      ...(logs ? { serverAccessLogsBucket: logs.bucket, serverAccessLogsPrefix: logs.prefix } : {}),
    });
    if (isLogTarget) {
      Validations.of(this.bucket).acknowledge({
        id: 'AwsSolutions-S1',
        reason: 'This bucket is the server access log target; logging it into itself would loop.',
      });
    }
  }
}

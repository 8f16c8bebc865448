// SQS defaults as data (cf. aws-solutions-constructs' DefaultQueueProps).
import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';

/** Visibility timeout = this × the consumer's timeout (AWS guidance for Lambda event sources). */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

export function defaultFifoQueueProps(): sqs.QueueProps {
  return {
    fifo: true,
    // Dedup by the MessageDeduplicationId the poller sets (story id of the canonical URL), queue-wide.
    contentBasedDeduplication: false,
    deduplicationScope: sqs.DeduplicationScope.QUEUE,
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(4),
  };
}

export function defaultDeadLetterQueueProps(): sqs.QueueProps {
  return {
    fifo: true,
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    // Longest SQS allows: operators need time to look at poison messages.
    retentionPeriod: Duration.days(14),
  };
}

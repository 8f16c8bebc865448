import { Duration } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { VISIBILITY_TIMEOUT_FACTOR, defaultDeadLetterQueueProps, defaultFifoQueueProps } from '../defaults/queue-defaults';

export interface StoryQueueProps {
  /** Timeout of the consuming Lambda; the visibility timeout is 6× this. */
  consumerTimeout: Duration;
  maxReceiveCount: number;
}

/**
 * The story queue: FIFO so that MessageGroupId = host paces each publisher (one
 * in-flight story per host) and MessageDeduplicationId = story id drops repeats;
 * a FIFO dead-letter queue keeps what failed maxReceiveCount times.
 */
export class StoryQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: StoryQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetters', defaultDeadLetterQueueProps());
    this.queue = new sqs.Queue(this, 'Stories', {
      ...defaultFifoQueueProps(),
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
  }
}

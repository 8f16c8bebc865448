import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface PipelineAlarmsProps {
  deadLetterQueue: sqs.IQueue;
  storyQueue: sqs.IQueue;
  processor: lambda.IFunction;
  poller: lambda.IFunction;
  /** Optional SNS topic notified on alarm and on recovery. */
  alarmTopicArn: string | null;
}

/** Alarms an operator acts on: anything in the DLQ, handler errors, a stuck queue. */
export class PipelineAlarms extends Construct {
  readonly deadLetters: cloudwatch.Alarm;
  readonly processorErrors: cloudwatch.Alarm;
  readonly pollerErrors: cloudwatch.Alarm;
  readonly queueAge: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: PipelineAlarmsProps) {
    super(scope, id);
    const period = Duration.minutes(5);
    this.deadLetters = new cloudwatch.Alarm(this, 'DeadLetters', {
      alarmDescription: 'Story messages reached the dead-letter queue (poison message or repeated store outage).',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.processorErrors = new cloudwatch.Alarm(this, 'ProcessorErrors', {
      alarmDescription: 'The processor Lambda failed whole invocations (not story failures, which are records).',
      metric: props.processor.metricErrors({ period, statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.pollerErrors = new cloudwatch.Alarm(this, 'PollerErrors', {
      alarmDescription: 'The poller Lambda failed (store or queue unreachable).',
      metric: props.poller.metricErrors({ period: Duration.hours(1), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.queueAge = new cloudwatch.Alarm(this, 'QueueAge', {
      alarmDescription: 'The oldest story has waited over an hour: the processor is not keeping up or is throttled.',
      metric: props.storyQueue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      threshold: 3600,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    if (props.alarmTopicArn) {
      const topic = sns.Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn);
      for (const alarm of [this.deadLetters, this.processorErrors, this.pollerErrors, this.queueAge]) {
        alarm.addAlarmAction(new actions.SnsAction(topic));
        alarm.addOkAction(new actions.SnsAction(topic));
      }
    }
  }
}

import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import { grantPrefixes } from '../grants';
import { HANDLERS } from '../paths';
import { WirewatchFunction } from './wirewatch-function';

export interface ReprocessJobProps {
  dataBucket: s3.IBucket;
  logRetentionDays: number;
  /** Lambda timeout; each chunk stops starting rebuilds 15 s before it. */
  timeout?: Duration;
  memorySize?: number;
}

/**
 * On-demand reprocessing: a Lambda that rebuilds one chunk of a date range, and a state
 * machine that invokes it again with its own output until the range is done. Start an
 * execution with {"since": "2024-05-01", "until": "2024-05-31", "all": false}.
 */
export class ReprocessJob extends Construct {
  readonly fn: WirewatchFunction;
  readonly stateMachine: sfn.StateMachine;

  constructor(scope: Construct, id: string, props: ReprocessJobProps) {
    super(scope, id);
    this.fn = new WirewatchFunction(this, 'Function', {
      entry: HANDLERS.reprocess,
      description: 'wirewatch: rebuilds records from the raw archive with the current extractor, one chunk per call',
      logRetentionDays: props.logRetentionDays,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.minutes(15),
      // One chunk at a time per execution; two executions may overlap (a rebuild is idempotent).
      reservedConcurrentExecutions: 2,
      environment: { WIREWATCH_BUCKET: props.dataBucket.bucketName, POWERTOOLS_SERVICE_NAME: 'wirewatch-reprocess' },
    });
    grantPrefixes(props.dataBucket, this.fn, {
      read: ['raw/', 'records/', 'failures/', 'index/'],
      write: ['records/', 'failures/', 'index/'],
      delete: ['records/', 'failures/', 'index/'],
    });

    const chunk = new tasks.LambdaInvoke(this, 'RebuildChunk', {
      lambdaFunction: this.fn,
      payloadResponseOnly: true,
      retryOnServiceExceptions: true,
    });
    chunk.addRetry({ errors: ['StoreError'], interval: Duration.seconds(30), maxAttempts: 3, backoffRate: 2 });
    const definition = chunk.next(
      new sfn.Choice(this, 'RangeDone')
        .when(sfn.Condition.booleanEquals('$.done', true), new sfn.Succeed(this, 'Rebuilt'))
        .otherwise(chunk),
    );
    const logGroup = new logs.LogGroup(this, 'StateMachineLogs', { retention: props.logRetentionDays as logs.RetentionDays });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(definition),
      comment: 'wirewatch: reprocess a date range of the raw archive, chunk after chunk',
      timeout: Duration.days(2),
      tracingEnabled: true,
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: false },
    });
    const fnLogicalId = Stack.of(this).getLogicalId(this.fn.node.defaultChild as lambda.CfnFunction);
    Validations.of(this.stateMachine.role).acknowledge(
      {
        id: `AwsSolutions-IAM5[Resource::<${fnLogicalId}.Arn>:*]`,
        reason: "CDK's LambdaInvoke grant: the reprocess function and its versions, nothing else.",
      },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray tracing and CloudWatch Logs delivery actions of the state machine do not support resource-level permissions.',
      },
    );
  }
}

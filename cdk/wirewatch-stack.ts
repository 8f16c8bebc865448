import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { athenaResultsLifecycleRules, dataLifecycleRules } from './defaults/bucket-defaults';
import { AnalystSite } from './constructs/analyst-site';
import { BrowseApi } from './constructs/browse-api';
import { PipelineAlarms } from './constructs/pipeline-alarms';
import { ReprocessJob } from './constructs/reprocess-job';
import { RecordsCatalog } from './constructs/records-catalog';
import { SecureBucket } from './constructs/secure-bucket';
import { StoryQueue } from './constructs/story-queue';
import { WirewatchFunction } from './constructs/wirewatch-function';
import { grantPrefixes } from './grants';
import { HANDLERS } from './paths';
import type { WirewatchSettings } from './settings';

export interface WirewatchStackProps extends StackProps {
  settings: WirewatchSettings;
}

/** Messages per processor invocation: bounded so a batch of slow pages fits the timeout. */
export const PROCESSOR_BATCH_SIZE = 5;
/** How often the browse index is compacted: bounds what a cold browse Lambda reads one by one. */
export const COMPACT_MINUTES = 5;
/** File name the feeds file gets next to the poller's bundle. */
export const BUNDLED_FEEDS_FILE = 'feeds.json';

/** The whole pipeline. Wiring only: the secure defaults live in the constructs. */
export class WirewatchStack extends Stack {
  constructor(scope: Construct, id: string, props: WirewatchStackProps) {
    super(scope, id, props);
    const s = props.settings;

    const accessLogs = new SecureBucket(this, 'AccessLogs', { accessLogs: 'is-log-target' }).bucket;
    const data = new SecureBucket(this, 'Data', {
      bucketProps: { lifecycleRules: dataLifecycleRules() },
      accessLogs: { bucket: accessLogs, prefix: 's3/data/' },
    }).bucket;
    const results = new SecureBucket(this, 'AthenaResults', {
      bucketProps: { lifecycleRules: athenaResultsLifecycleRules() },
      accessLogs: { bucket: accessLogs, prefix: 's3/athena-results/' },
    }).bucket;

    const processorTimeout = Duration.seconds(s.processorTimeoutSeconds);
    const queues = new StoryQueue(this, 'Queue', { consumerTimeout: processorTimeout, maxReceiveCount: s.maxReceiveCount });

    const poller = new WirewatchFunction(this, 'Poller', {
      entry: HANDLERS.poller,
      description: 'wirewatch: polls the bundled feeds and queues new story URLs',
      logRetentionDays: s.logRetentionDays,
      timeout: Duration.minutes(5),
      // One poll at a time: two would race on the feeds' conditional-GET state.
      reservedConcurrentExecutions: 1,
      environment: {
        WIREWATCH_BUCKET: data.bucketName,
        WIREWATCH_QUEUE_URL: queues.queue.queueUrl,
        WIREWATCH_FEEDS_FILE: BUNDLED_FEEDS_FILE,
        POWERTOOLS_SERVICE_NAME: 'wirewatch-poller',
      },
      afterBundling: (_in, out) => [`cp "${s.feedsFile}" "${out}/${BUNDLED_FEEDS_FILE}"`],
    });
    grantPrefixes(data, poller, { read: ['state/', 'index/records/'], write: ['state/'] });
    queues.queue.grantSendMessages(poller);
    new events.Rule(this, 'PollSchedule', {
      description: `wirewatch: poll feeds every ${s.pollMinutes} minutes`,
      schedule: events.Schedule.rate(Duration.minutes(s.pollMinutes)),
      targets: [new targets.LambdaFunction(poller, { retryAttempts: 0, maxEventAge: Duration.minutes(s.pollMinutes) })],
    });

    const processor = new WirewatchFunction(this, 'Processor', {
      entry: HANDLERS.processor,
      description: 'wirewatch: fetches, cleans and extracts one story per queue message',
      logRetentionDays: s.logRetentionDays,
      memorySize: s.processorMemoryMb,
      timeout: processorTimeout,
      reservedConcurrentExecutions: s.processorConcurrency,
      environment: { WIREWATCH_BUCKET: data.bucketName, POWERTOOLS_SERVICE_NAME: 'wirewatch-processor' },
    });
    grantPrefixes(data, processor, {
      read: ['raw/', 'records/', 'failures/', 'index/'],
      write: ['raw/', 'records/', 'failures/', 'index/'],
      delete: ['records/', 'failures/', 'index/'],
    });
    processor.addEventSource(
      new SqsEventSource(queues.queue, {
        batchSize: PROCESSOR_BATCH_SIZE,
        reportBatchItemFailures: true,
        // Equal to the reserved concurrency, so the poller never gets throttled deliveries.
        maxConcurrency: s.processorConcurrency,
      }),
    );

    const reprocess = new ReprocessJob(this, 'Reprocess', { dataBucket: data, logRetentionDays: s.logRetentionDays });

    const site = new AnalystSite(this, 'Site', { bucket: data, logBucket: accessLogs, logRetentionDays: s.logRetentionDays });

    const browse = new WirewatchFunction(this, 'Browse', {
      entry: HANDLERS.browse,
      description: 'wirewatch: browse API over the story records (lists from the browse index)',
      logRetentionDays: s.logRetentionDays,
      memorySize: 1024,
      timeout: Duration.seconds(29),
      reservedConcurrentExecutions: 10,
      environment: {
        WIREWATCH_BUCKET: data.bucketName,
        WIREWATCH_ALLOWED_ORIGIN: site.origin,
        POWERTOOLS_SERVICE_NAME: 'wirewatch-browse',
      },
    });
    grantPrefixes(data, browse, { read: ['records/', 'failures/', 'index/'] });
    const api = new BrowseApi(this, 'BrowseApi', {
      handler: browse,
      allowedOrigins: [site.origin, ...s.extraAllowedOrigins],
      callbackUrls: [`${site.origin}/`, ...s.extraAllowedOrigins.map((o) => `${o}/`)],
      authDomainPrefix: s.authDomainPrefix,
      logRetentionDays: s.logRetentionDays,
    });
    site.deployPage(s.webAssetsDir, {
      apiBaseUrl: api.url,
      auth: {
        region: this.region,
        userPoolId: api.userPool.userPoolId,
        clientId: api.client.userPoolClientId,
        domain: api.domain.baseUrl(),
        redirectUri: `${site.origin}/`,
      },
    });

    // The browse index: processors add one entry per record; this folds them into month shards.
    const compactor = new WirewatchFunction(this, 'CompactIndex', {
      entry: HANDLERS.compactIndex,
      description: 'wirewatch: compacts the list index of the analyst page (pending entries into month shards)',
      logRetentionDays: s.logRetentionDays,
      memorySize: 1024,
      timeout: Duration.minutes(5),
      // Two at once would be safe (see lib/store/browse-index.ts) but only do the same work twice.
      reservedConcurrentExecutions: 1,
      environment: { WIREWATCH_BUCKET: data.bucketName, POWERTOOLS_SERVICE_NAME: 'wirewatch-compact-index' },
    });
    grantPrefixes(data, compactor, { read: ['index/browse/'], write: ['index/browse/'], delete: ['index/browse/'] });
    new events.Rule(this, 'CompactIndexSchedule', {
      description: `wirewatch: compact the browse index every ${COMPACT_MINUTES} minutes`,
      schedule: events.Schedule.rate(Duration.minutes(COMPACT_MINUTES)),
      targets: [new targets.LambdaFunction(compactor, { retryAttempts: 0, maxEventAge: Duration.minutes(COMPACT_MINUTES) })],
    });

    const catalog = new RecordsCatalog(this, 'Catalog', { dataBucket: data, resultsBucket: results, databaseName: s.glueDatabaseName });
    const alarms = new PipelineAlarms(this, 'Alarms', {
      deadLetterQueue: queues.deadLetterQueue,
      storyQueue: queues.queue,
      processor,
      poller,
      alarmTopicArn: s.alarmTopicArn,
    });

    new CfnOutput(this, 'BucketName', { value: data.bucketName });
    new CfnOutput(this, 'QueueUrl', { value: queues.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: queues.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'PageUrl', { value: `${site.origin}/` });
    new CfnOutput(this, 'ApiUrl', { value: api.url });
    new CfnOutput(this, 'UserPoolId', { value: api.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: api.client.userPoolClientId });
    new CfnOutput(this, 'AthenaWorkgroup', { value: catalog.workgroup.name });
    new CfnOutput(this, 'GlueDatabase', { value: s.glueDatabaseName });
    new CfnOutput(this, 'ReprocessStateMachineArn', { value: reprocess.stateMachine.stateMachineArn });
    new CfnOutput(this, 'DeadLetterAlarm', { value: alarms.deadLetters.alarmName });
  }
}

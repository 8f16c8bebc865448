// Operator-settable parameters of the stack, read from CDK context (`-c key=value`
// or cdk.json). Everything has a production default; bad values fail synth early.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Node } from 'constructs';
import type { FeedConfig } from '../lib/types';
import { ConfigurationError } from '../lib/errors';
import { parseFeedsConfig } from '../lib/local/config';

/** A context value an operator set is not usable. */
export class StackSettingsError extends ConfigurationError {
  constructor(message: string) {
    super(message);
  }
}

export interface WirewatchSettings {
  /** Minutes between poller runs (EventBridge schedule). */
  pollMinutes: number;
  /** Absolute path of the feeds file bundled with the poller. */
  feedsFile: string;
  /** The feeds in it, validated at synth time. */
  feeds: FeedConfig[];
  /** Reserved concurrency of the processor (and the SQS event source's maxConcurrency). */
  processorConcurrency: number;
  processorTimeoutSeconds: number;
  processorMemoryMb: number;
  /** Receives before a message moves to the dead-letter queue. */
  maxReceiveCount: number;
  logRetentionDays: number;
  /** Directory of the analyst page's static files, deployed to the bucket's web/ prefix. */
  webAssetsDir: string;
  /** Optional SNS topic the alarms notify. */
  alarmTopicArn: string | null;
  /** Cognito hosted-UI domain prefix; must be unique in the region. */
  authDomainPrefix: string | null;
  glueDatabaseName: string;
  /** Extra origins the browse API accepts (e.g. a custom domain), besides the CloudFront one. */
  extraAllowedOrigins: string[];
}

/** The fixed set of retention periods CloudWatch Logs accepts. */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

export const SETTING_DEFAULTS = {
  pollMinutes: 15,
  feedsFile: 'config/feeds.json',
  processorConcurrency: 5,
  processorTimeoutSeconds: 60,
  processorMemoryMb: 1024,
  maxReceiveCount: 5,
  logRetentionDays: 90,
  webAssetsDir: 'lib/web/static',
  glueDatabaseName: 'wirewatch',
} as const;

function intSetting(node: Node, key: string, dflt: number, min: number, max: number): number {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return dflt;
  const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new StackSettingsError(`context ${key} must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})`);
  }
  return n;
}

function stringSetting(node: Node, key: string): string | null {
  const raw: unknown = node.tryGetContext(key);
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw !== 'string') throw new StackSettingsError(`context ${key} must be a string (got ${JSON.stringify(raw)})`);
  return raw.trim();
}

function readFeeds(file: string): FeedConfig[] {
  if (!existsSync(file)) throw new StackSettingsError(`feeds file not found: ${file}`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StackSettingsError(`feeds file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  const feeds = parseFeedsConfig(value, file);
  if (feeds.length === 0) throw new StackSettingsError(`feeds file ${file} lists no feeds`);
  return feeds;
}

/** Reads and checks every setting; `root` resolves relative paths (the project directory). */
export function readSettings(node: Node, root: string): WirewatchSettings {
  const at = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  const feedsFile = at(stringSetting(node, 'feedsFile') ?? SETTING_DEFAULTS.feedsFile);
  const processorTimeoutSeconds = intSetting(node, 'processorTimeoutSeconds', SETTING_DEFAULTS.processorTimeoutSeconds, 10, 900);
  if (processorTimeoutSeconds * 6 > 43_200) {
    throw new StackSettingsError('context processorTimeoutSeconds: 6 × timeout must fit the SQS visibility limit of 12 hours');
  }
  const logRetentionDays = intSetting(node, 'logRetentionDays', SETTING_DEFAULTS.logRetentionDays, 1, 3653);
  if (!LOG_RETENTION_DAYS.includes(logRetentionDays)) {
    throw new StackSettingsError(`context logRetentionDays must be one of ${LOG_RETENTION_DAYS.join(', ')} (got ${logRetentionDays})`);
  }
  const alarmTopicArn = stringSetting(node, 'alarmTopicArn');
  if (alarmTopicArn && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]+$/.test(alarmTopicArn)) {
    throw new StackSettingsError(`context alarmTopicArn is not an SNS topic ARN: ${alarmTopicArn}`);
  }
  const authDomainPrefix = stringSetting(node, 'authDomainPrefix');
  if (authDomainPrefix && (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(authDomainPrefix) || /aws|amazon|cognito/.test(authDomainPrefix))) {
    throw new StackSettingsError(
      `context authDomainPrefix must be lower-case letters, digits and '-', without aws/amazon/cognito (got ${authDomainPrefix})`,
    );
  }
  const glueDatabaseName = stringSetting(node, 'glueDatabaseName') ?? SETTING_DEFAULTS.glueDatabaseName;
  if (!/^[a-z_][a-z0-9_]{0,254}$/.test(glueDatabaseName)) {
    throw new StackSettingsError(`context glueDatabaseName must be lower-case letters, digits and '_' (got ${glueDatabaseName})`);
  }
  const origins = (stringSetting(node, 'allowedOrigins') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const o of origins) {
    if (!/^https:\/\/[a-z0-9.-]+(?::\d+)?$/.test(o)) throw new StackSettingsError(`context allowedOrigins: not an https origin: ${o}`);
  }
  return {
    pollMinutes: intSetting(node, 'pollMinutes', SETTING_DEFAULTS.pollMinutes, 1, 1440),
    feedsFile,
    feeds: readFeeds(feedsFile),
    processorConcurrency: intSetting(node, 'processorConcurrency', SETTING_DEFAULTS.processorConcurrency, 2, 1000),
    processorTimeoutSeconds,
    processorMemoryMb: intSetting(node, 'processorMemoryMb', SETTING_DEFAULTS.processorMemoryMb, 256, 10240),
    maxReceiveCount: intSetting(node, 'maxReceiveCount', SETTING_DEFAULTS.maxReceiveCount, 1, 1000),
    logRetentionDays,
    webAssetsDir: at(stringSetting(node, 'webAssetsDir') ?? SETTING_DEFAULTS.webAssetsDir),
    alarmTopicArn,
    authDomainPrefix,
    glueDatabaseName,
    extraAllowedOrigins: origins,
  };
}

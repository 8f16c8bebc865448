import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { redactingReplacer } from '../../lib/redact';

/** Namespace of every wirewatch metric (POWERTOOLS_METRICS_NAMESPACE overrides). */
export const METRICS_NAMESPACE = 'Wirewatch';

export function observability(serviceName: string): { logger: Logger; metrics: Metrics } {
  const service = process.env.POWERTOOLS_SERVICE_NAME || serviceName;
  return {
    // Every string in every log line passes the redactor: no signed URL or credential is logged.
    logger: new Logger({ serviceName: service, jsonReplacerFn: redactingReplacer }),
    metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || METRICS_NAMESPACE, serviceName: service }),
  };
}

import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

/** Namespace of every wirewatch metric (POWERTOOLS_METRICS_NAMESPACE overrides). */
export const METRICS_NAMESPACE = 'Wirewatch';

export function observability(serviceName: string): { logger: Logger; metrics: Metrics } {
  const service = process.env.POWERTOOLS_SERVICE_NAME || serviceName;
  return {
    logger: new Logger({ serviceName: service }),
    metrics: new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE || METRICS_NAMESPACE, serviceName: service }),
  };
}

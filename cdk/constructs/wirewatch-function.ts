import type { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { defaultBundling, defaultFunctionProps } from '../defaults/function-defaults';
import { LOCK_FILE, PROJECT_ROOT } from '../paths';

export interface WirewatchFunctionProps {
  /** Handler file, e.g. lambdas/processor.ts. */
  entry: string;
  description: string;
  logRetentionDays: number;
  memorySize?: number;
  timeout?: Duration;
  reservedConcurrentExecutions?: number;
  environment?: Record<string, string>;
  /** Extra shell commands run after esbuild, with {input}/{output} dirs (e.g. to ship config files). */
  afterBundling?: (inputDir: string, outputDir: string) => string[];
}

/**
 * The one place Lambda defaults live: Node.js 24 on arm64, minified bundles with
 * source maps, its own log group with retention, and a role that may only write
 * to that log group (no AWS managed policy).
 */
export class WirewatchFunction extends NodejsFunction {
  readonly logGroupResource: logs.LogGroup;

  constructor(scope: Construct, id: string, props: WirewatchFunctionProps) {
    const d = defaultFunctionProps();
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, { retention: props.logRetentionDays as logs.RetentionDays });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `wirewatch ${id}: its own log group plus the grants the stack adds`,
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [logGroup.logGroupArn],
      }),
    );
    const bundling: BundlingOptions = {
      ...defaultBundling(),
      ...(props.afterBundling
        ? {
            commandHooks: {
              beforeBundling: () => [],
              beforeInstall: () => [],
              afterBundling: props.afterBundling,
            },
          }
        : {}),
    };
    super(scope, id, {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: d.runtime,
      architecture: d.architecture,
      memorySize: props.memorySize ?? d.memorySize,
      timeout: props.timeout ?? d.timeout,
      tracing: d.tracing,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: { ...d.environment, ...props.environment },
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      role,
      bundling,
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: LOCK_FILE,
    });
    this.logGroupResource = logGroup;
  }
}

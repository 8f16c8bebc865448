// Lambda defaults as data: runtime, architecture, bundling. The bench bundles with
// the same options, so the sizes it prints are what `cdk deploy` uploads.
import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** Node.js 24 on Lambda (20 is deprecated there); esbuild targets the same. */
export const FUNCTION_RUNTIME = lambda.Runtime.NODEJS_24_X;
export const ESBUILD_TARGET = 'node24';

/** Options shared by `cdk synth` bundling and bench/lambda (plain esbuild). */
export const BUNDLE_OPTIONS = {
  minify: true,
  sourceMap: true,
  /** Keep the map small: names and positions, not the sources themselves. */
  sourcesContent: false,
  target: ESBUILD_TARGET,
  format: OutputFormat.CJS,
  /** Bundle the AWS SDK we test against instead of the runtime's copy. */
  externalModules: [] as string[],
  /** s3rver is a dev/local-only dependency that lib/local can reach; never on Lambda. */
  excludeModules: ['s3rver'],
} as const;

export function defaultBundling(): BundlingOptions {
  return {
    minify: BUNDLE_OPTIONS.minify,
    sourceMap: BUNDLE_OPTIONS.sourceMap,
    sourcesContent: BUNDLE_OPTIONS.sourcesContent,
    target: BUNDLE_OPTIONS.target,
    format: BUNDLE_OPTIONS.format,
    externalModules: [...BUNDLE_OPTIONS.externalModules, ...BUNDLE_OPTIONS.excludeModules],
    // Never Docker: synth must work offline on a fresh clone with the local esbuild.
    forceDockerBundling: false,
  };
}

export interface FunctionDefaults {
  runtime: lambda.Runtime;
  architecture: lambda.Architecture;
  memorySize: number;
  timeout: Duration;
  tracing: lambda.Tracing;
  environment: Record<string, string>;
}

export function defaultFunctionProps(): FunctionDefaults {
  return {
    runtime: FUNCTION_RUNTIME,
    architecture: lambda.Architecture.ARM_64,
    memorySize: 512,
    timeout: Duration.seconds(30),
    tracing: lambda.Tracing.DISABLED,
    environment: {
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_SERVICE_NAME: 'wirewatch',
      POWERTOOLS_METRICS_NAMESPACE: 'Wirewatch',
      POWERTOOLS_LOG_LEVEL: 'INFO',
    },
  };
}

// Builds the stack the way cdk/app.ts does, with cdk-nag's AWS Solutions pack
// attached. Bundling is skipped unless asked (esbuild per function is slow).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from '../../cdk/paths';
import { readSettings } from '../../cdk/settings';
import { WirewatchStack } from '../../cdk/wirewatch-stack';

// CDK's built-in CloudFormation schema validation adds ~7 s per synth; cdk-nag still runs.
process.env.CDK_VALIDATION = 'false';

export interface Synth {
  app: App;
  stack: WirewatchStack;
  template: Template;
  outdir: string;
}

export function buildApp(context: Record<string, unknown> = {}, opts: { bundle?: boolean; tweak?: (s: WirewatchStack) => void } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'wirewatch-cdk-'));
  const app = new App({
    outdir,
    context: { ...(opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }), ...context },
  });
  const stack = new WirewatchStack(app, 'Wirewatch', { settings: readSettings(app.node, PROJECT_ROOT) });
  opts.tweak?.(stack);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack, outdir };
}

/** Synthesizes (running cdk-nag: an unacknowledged error throws) and returns the template. */
export function synth(context: Record<string, unknown> = {}, opts: { bundle?: boolean; tweak?: (s: WirewatchStack) => void } = {}): Synth {
  const { app, stack, outdir } = buildApp(context, opts);
  const template = Template.fromStack(stack);
  return { app, stack, template, outdir };
}

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown>; DeletionPolicy?: string; Metadata?: unknown }>;

export function resourcesOf(t: Template, type: string): Resources {
  return t.findResources(type) as Resources;
}

export function onlyResource(t: Template, type: string, match: (props: Record<string, unknown>) => boolean) {
  const found = Object.entries(resourcesOf(t, type)).filter(([, r]) => match(r.Properties ?? {}));
  if (found.length !== 1) throw new Error(`expected one ${type} matching, found ${found.length}`);
  return { logicalId: found[0][0], ...found[0][1] };
}

#!/usr/bin/env node
// `cdk deploy` entry (cdk.json: "app"). Settings come from context; see docs/deploy.md.
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PROJECT_ROOT } from './paths';
import { readSettings } from './settings';
import { WirewatchStack } from './wirewatch-stack';

const app = new App();
const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'Wirewatch';
new WirewatchStack(app, stackName, {
  settings: readSettings(app.node, PROJECT_ROOT),
  description: 'wirewatch: news-wire feeds to cyber-incident story records',
  // No lookups: account and region come from the CLI environment at deploy time.
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});
// Same checks as the tests, so `cdk synth` fails on an unacknowledged finding.
if (app.node.tryGetContext('nag') !== false && app.node.tryGetContext('nag') !== 'false') {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
app.synth();

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';
import { VISIBILITY_TIMEOUT_FACTOR } from '../../cdk/defaults/queue-defaults';
import { PROCESSOR_BATCH_SIZE } from '../../cdk/wirewatch-stack';
import { StackSettingsError } from '../../cdk/settings';
import { SecureBucket } from '../../cdk/constructs/secure-bucket';
import { buildApp, onlyResource, resourcesOf, synth, type Synth } from './synth';

const escapeRe = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let s: Synth;
beforeAll(() => {
  s = synth();
});

const fnByEntry = (name: string) =>
  onlyResource(s.template, 'AWS::Lambda::Function', (p) => String(p.Description ?? '').startsWith('wirewatch') && String(p.Description).includes(name));

describe('data bucket', () => {
  const data = () => onlyResource(s.template, 'AWS::S3::Bucket', (p) => JSON.stringify(p.LifecycleConfiguration ?? '').includes('raw/'));

  it('blocks public access, encrypts, versions and is retained on stack deletion', () => {
    const b = data();
    expect(b.Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    expect(b.DeletionPolicy).toBe('Retain');
  });

  it('has the lifecycle rules: raw/ to IA after 30 days, failures/ expire at 90, noncurrent versions expire', () => {
    const rules = (data().Properties as { LifecycleConfiguration: { Rules: Record<string, unknown>[] } }).LifecycleConfiguration.Rules;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Prefix: 'raw/', Status: 'Enabled', Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 30 }] }),
        expect.objectContaining({ Prefix: 'failures/', ExpirationInDays: 90 }),
        expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
      ]),
    );
  });

  it('writes server access logs to the log bucket', () => {
    const logs = onlyResource(s.template, 'AWS::S3::Bucket', (p) => JSON.stringify(p.LifecycleConfiguration ?? '').includes('expire-access-logs'));
    expect(data().Properties).toMatchObject({ LoggingConfiguration: { DestinationBucketName: { Ref: logs.logicalId }, LogFilePrefix: 's3/data/' } });
    expect(logs.DeletionPolicy).toBe('Retain');
  });

  it('refuses requests without TLS, and CloudFront may read web/* only', () => {
    const b = data();
    const policy = onlyResource(s.template, 'AWS::S3::BucketPolicy', (p) => JSON.stringify(p.Bucket) === JSON.stringify({ Ref: b.logicalId }));
    const statements = (policy.Properties as { PolicyDocument: { Statement: Record<string, unknown>[] } }).PolicyDocument.Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Principal: { AWS: '*' } }),
    );
    const cf = statements.filter((st) => JSON.stringify(st.Principal).includes('cloudfront.amazonaws.com'));
    expect(cf).toHaveLength(1);
    expect(cf[0]).toMatchObject({ Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [b.logicalId, 'Arn'] }, '/web/*']] } });
  });

  it('every bucket of the stack is private, encrypted, TLS-only and logged or the log target', () => {
    const buckets = resourcesOf(s.template, 'AWS::S3::Bucket');
    expect(Object.keys(buckets)).toHaveLength(3);
    for (const b of Object.values(buckets)) {
      expect(b.Properties).toMatchObject({ PublicAccessBlockConfiguration: { RestrictPublicBuckets: true }, BucketEncryption: expect.anything() });
    }
  });
});

describe('poller', () => {
  it('runs on an EventBridge schedule, every 15 minutes by default', () => {
    const poller = fnByEntry('polls');
    s.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [poller.logicalId, 'Arn'] } })],
    });
  });

  it('is told the queue, the bucket and the bundled feeds file, and runs one at a time', () => {
    const poller = fnByEntry('polls');
    expect(poller.Properties).toMatchObject({
      ReservedConcurrentExecutions: 1,
      Environment: { Variables: { WIREWATCH_FEEDS_FILE: 'feeds.json', WIREWATCH_QUEUE_URL: expect.anything(), WIREWATCH_BUCKET: expect.anything() } },
    });
  });

  it('takes its interval from context', () => {
    const other = synth({ pollMinutes: 5 });
    other.template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' });
  });
});

describe('story queue and processor', () => {
  const queues = () => resourcesOf(s.template, 'AWS::SQS::Queue');
  const main = () => onlyResource(s.template, 'AWS::SQS::Queue', (p) => p.RedrivePolicy !== undefined);

  it('is FIFO, deduplicates by the id the poller sends, encrypted, with a FIFO dead-letter queue', () => {
    expect(Object.keys(queues())).toHaveLength(2);
    const q = main();
    expect(q.Properties).toMatchObject({ FifoQueue: true, ContentBasedDeduplication: false, DeduplicationScope: 'queue', SqsManagedSseEnabled: true });
    const dlqId = (q.Properties as { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': string[] } } }).RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0];
    expect(q.Properties).toMatchObject({ RedrivePolicy: { maxReceiveCount: 5 } });
    expect(queues()[dlqId].Properties).toMatchObject({ FifoQueue: true, MessageRetentionPeriod: 14 * 24 * 3600 });
  });

  it('has a visibility timeout of at least 6 × the processor timeout', () => {
    const timeout = (fnByEntry('fetches').Properties as { Timeout: number }).Timeout;
    const visibility = (main().Properties as { VisibilityTimeout: number }).VisibilityTimeout;
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
    expect(visibility).toBe(VISIBILITY_TIMEOUT_FACTOR * timeout);
  });

  it('feeds the processor with partial batch failures, and the processor has reserved concurrency', () => {
    const proc = fnByEntry('fetches');
    expect(proc.Properties).toMatchObject({ ReservedConcurrentExecutions: 5, MemorySize: 1024 });
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: proc.logicalId },
      EventSourceArn: { 'Fn::GetAtt': [main().logicalId, 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: PROCESSOR_BATCH_SIZE,
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  it('denies non-TLS access to both queues', () => {
    const policies = resourcesOf(s.template, 'AWS::SQS::QueuePolicy');
    const denied = Object.values(policies).flatMap((p) =>
      ((p.Properties as { PolicyDocument: { Statement: Record<string, unknown>[] } }).PolicyDocument.Statement)
        .filter((st) => st.Effect === 'Deny' && JSON.stringify(st.Condition).includes('aws:SecureTransport'))
        .map(() => (p.Properties as { Queues: unknown[] }).Queues),
    );
    expect(denied.flat()).toHaveLength(2);
  });
});

describe('functions', () => {
  it('run Node.js 24 on arm64, with JSON logs to a log group with retention and Powertools settings', () => {
    for (const name of ['polls', 'fetches', 'browse']) {
      const f = fnByEntry(name);
      expect(f.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
        Environment: { Variables: expect.objectContaining({ POWERTOOLS_METRICS_NAMESPACE: 'Wirewatch', NODE_OPTIONS: '--enable-source-maps' }) },
      });
      const lg = (f.Properties as { LoggingConfig: { LogGroup: { Ref: string } } }).LoggingConfig.LogGroup.Ref;
      expect(s.template.toJSON().Resources[lg].Properties.RetentionInDays).toBe(90);
    }
  });

  it('use no AWS managed policies, and their S3 access is by key prefix', () => {
    for (const role of Object.values(resourcesOf(s.template, 'AWS::IAM::Role'))) {
      expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
    }
    const browseRole = (fnByEntry('browse').Properties as { Role: { 'Fn::GetAtt': string[] } }).Role['Fn::GetAtt'][0];
    const policy = onlyResource(s.template, 'AWS::IAM::Policy', (p) => JSON.stringify(p.Roles) === JSON.stringify([{ Ref: browseRole }]));
    const text = JSON.stringify(policy.Properties);
    expect(text).toContain('/records/*');
    expect(text).not.toContain('s3:PutObject');
    expect(text).not.toContain('/raw/*');
  });
});

describe('browse API', () => {
  it('has one route, GET /api/{proxy+}, behind a Cognito JWT authorizer', () => {
    const routes = Object.values(resourcesOf(s.template, 'AWS::ApiGatewayV2::Route'));
    expect(routes.map((r) => r.Properties?.RouteKey)).toEqual(['GET /api/{proxy+}']);
    for (const r of routes) expect(r.Properties).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: expect.anything() });
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith([Match.stringLikeRegexp('cognito-idp')])]) }) },
    });
  });

  it('allows CORS from the CloudFront page origin only', () => {
    const dist = onlyResource(s.template, 'AWS::CloudFront::Distribution', () => true);
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: {
        AllowOrigins: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [dist.logicalId, 'DomainName'] }]] }],
        AllowMethods: ['GET', 'OPTIONS'],
      },
    });
  });

  it('logs access and throttles the stage', () => {
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: { DestinationArn: Match.anyValue() },
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });

  it('uses an invite-only user pool with MFA required', () => {
    s.template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true }) },
    });
  });
});

describe('browse index compactor', () => {
  it('runs every 5 minutes, one at a time, and may touch index/browse/ only', () => {
    const f = fnByEntry('compacts');
    expect(f.Properties).toMatchObject({ Runtime: 'nodejs24.x', ReservedConcurrentExecutions: 1 });
    const rule = onlyResource(s.template, 'AWS::Events::Rule', (p) => JSON.stringify(p.Targets).includes(f.logicalId));
    expect((rule.Properties as { ScheduleExpression: string }).ScheduleExpression).toBe('rate(5 minutes)');
    const role = (f.Properties as { Role: { 'Fn::GetAtt': string[] } }).Role['Fn::GetAtt'][0];
    const policy = onlyResource(s.template, 'AWS::IAM::Policy', (p) => JSON.stringify(p.Roles) === JSON.stringify([{ Ref: role }]));
    const resources = JSON.stringify(policy.Properties).match(/\/[a-z/]+\*/g) ?? [];
    expect(new Set(resources)).toEqual(new Set(['/index/browse/*']));
  });
});

describe('analyst page', () => {
  it('sends a Content-Security-Policy with no inline script or style', () => {
    const policy = onlyResource(s.template, 'AWS::CloudFront::ResponseHeadersPolicy', () => true);
    const dist = onlyResource(s.template, 'AWS::CloudFront::Distribution', () => true);
    expect(JSON.stringify(dist.Properties)).toContain(policy.logicalId);
    const csp = JSON.stringify((policy.Properties as { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: { ContentSecurityPolicy: unknown } } }).ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain('amazoncognito.com');
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('is served by CloudFront from the web/ prefix through an origin access control', () => {
    const dist = onlyResource(s.template, 'AWS::CloudFront::Distribution', () => true);
    const cfg = (dist.Properties as { DistributionConfig: Record<string, unknown> }).DistributionConfig;
    expect(cfg).toMatchObject({
      DefaultRootObject: 'index.html',
      Origins: [expect.objectContaining({ OriginPath: '/web', OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] } })],
      DefaultCacheBehavior: expect.objectContaining({ ViewerProtocolPolicy: 'redirect-to-https' }),
      Logging: expect.objectContaining({ Prefix: 'cloudfront/' }),
    });
    s.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
  });

  it('is deployed to web/ with a config.json naming the API and the sign-in client', () => {
    s.template.hasResourceProperties('Custom::CDKBucketDeployment', { DestinationBucketKeyPrefix: 'web/', Prune: true });
  });

  it('deploys every file index.html loads, uPlot included: byte for byte the installed package, with its licence', () => {
    const deployment = onlyResource(s.template, 'Custom::CDKBucketDeployment', () => true);
    const keys = (deployment.Properties as { SourceObjectKeys: string[] }).SourceObjectKeys;
    // What lands under web/: the union of the deployment's sources, each staged as a directory.
    const deployed = new Map<string, string>();
    const walk = (root: string, dir = ''): void => {
      for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.isDirectory()) walk(root, rel);
        else deployed.set(rel, join(root, rel));
      }
    };
    for (const k of keys) walk(join(s.outdir, `asset.${k.replace(/\.zip$/, '')}`));
    const html = readFileSync(join(__dirname, '../../lib/web/static/index.html'), 'utf8');
    const loaded = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(loaded).toEqual(expect.arrayContaining(['vendor/uplot/uPlot.iife.min.js', 'vendor/uplot/uPlot.min.css', 'timeline.js', 'app.js']));
    for (const f of loaded) expect([f, deployed.has(f)]).toEqual([f, true]);
    const uplot = join(require.resolve('uplot/package.json'), '..');
    for (const [key, file] of [['vendor/uplot/uPlot.iife.min.js', 'dist/uPlot.iife.min.js'], ['vendor/uplot/uPlot.min.css', 'dist/uPlot.min.css'], ['vendor/uplot/LICENSE.txt', 'LICENSE']]) {
      expect(readFileSync(deployed.get(key)!).equals(readFileSync(join(uplot, file)))).toBe(true);
    }
  });

  // The contract with lib/web/static/auth.js: config.json as synthesized, deploy-time
  // values (markers) resolved to the template references they stand for.
  it("writes a config.json whose sign-in settings match the Cognito client and the API's authorizer", () => {
    const deployment = onlyResource(s.template, 'Custom::CDKBucketDeployment', () => true);
    const props = deployment.Properties as { SourceObjectKeys: string[]; SourceMarkers: Record<string, unknown>[] };
    const withConfig = props.SourceObjectKeys.map((k, i) => ({ dir: join(s.outdir, `asset.${k.replace(/\.zip$/, '')}`), markers: props.SourceMarkers[i] }))
      .filter((a) => existsSync(join(a.dir, 'config.json')));
    expect(withConfig).toHaveLength(1);
    const text = readFileSync(join(withConfig[0].dir, 'config.json'), 'utf8');
    const markers = withConfig[0].markers;
    // Each marker becomes a JSON string of its reference so fields can be compared with the template.
    const resolved = text.replace(/<<marker:0xbaba:\d+>>/g, (m) => `{${JSON.stringify(markers[m]).replace(/"/g, "'")}}`);
    const config = JSON.parse(resolved) as {
      apiBaseUrl: string;
      auth: { region: string; userPoolId: string; clientId: string; domain: string; redirectUri: string; logoutUri: string; scopes: string[] };
    };
    const ref = (logicalId: string) => `{${JSON.stringify({ Ref: logicalId }).replace(/"/g, "'")}}`;

    const api = onlyResource(s.template, 'AWS::ApiGatewayV2::Api', () => true);
    const pool = onlyResource(s.template, 'AWS::Cognito::UserPool', () => true);
    const client = onlyResource(s.template, 'AWS::Cognito::UserPoolClient', () => true);
    const domain = onlyResource(s.template, 'AWS::Cognito::UserPoolDomain', () => true);
    const dist = onlyResource(s.template, 'AWS::CloudFront::Distribution', () => true);
    const distDomain = `{${JSON.stringify({ 'Fn::GetAtt': [dist.logicalId, 'DomainName'] }).replace(/"/g, "'")}}`;

    expect(config.apiBaseUrl).toMatch(new RegExp(`^https://${escapeRe(ref(api.logicalId))}\\.execute-api\\.`));
    expect(config.auth.userPoolId).toBe(ref(pool.logicalId));
    expect(config.auth.clientId).toBe(ref(client.logicalId));
    // https:// and a bare host: the page adds /oauth2/authorize, /oauth2/token, /logout.
    expect(config.auth.domain).toMatch(new RegExp(`^https://${escapeRe(ref(domain.logicalId))}\\.auth\\.[^/]+\\.amazoncognito\\.com$`));
    expect(config.auth.redirectUri).toBe(`https://${distDomain}/`);
    expect(config.auth.logoutUri).toBe(config.auth.redirectUri);

    // The client lets the page do what auth.js does: public code flow with PKCE, these URLs, these scopes.
    const c = client.Properties as { GenerateSecret?: boolean; AllowedOAuthFlows: string[]; AllowedOAuthScopes: string[]; CallbackURLs: unknown[]; LogoutURLs: unknown[]; UserPoolId: unknown };
    expect(c.GenerateSecret ?? false).toBe(false);
    expect(c.AllowedOAuthFlows).toEqual(['code']);
    expect(c.UserPoolId).toEqual({ Ref: pool.logicalId });
    const pageUrl = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [dist.logicalId, 'DomainName'] }, '/']] };
    expect(c.CallbackURLs).toContainEqual(pageUrl);
    expect(c.LogoutURLs).toContainEqual(pageUrl);
    expect(config.auth.scopes).toContain('openid');
    for (const scope of config.auth.scopes) expect(c.AllowedOAuthScopes).toContain(scope);

    // The API accepts this client's tokens: audience = the client id. Cognito access tokens
    // carry client_id (no aud), which HTTP API JWT authorizers check when aud is absent.
    s.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: Match.objectLike({ Audience: [{ Ref: client.logicalId }] }),
    });
  });
});

describe('Athena', () => {
  it('has a Glue table over records/ with partition projection on dt and the JSON SerDe', () => {
    const t = onlyResource(s.template, 'AWS::Glue::Table', () => true);
    const input = (t.Properties as { TableInput: Record<string, unknown>; DatabaseName: string }).TableInput;
    expect((t.Properties as { DatabaseName: string }).DatabaseName).toBe('wirewatch');
    expect(input).toMatchObject({
      Name: 'records',
      PartitionKeys: [{ Name: 'dt', Type: 'string', Comment: expect.any(String) }],
      Parameters: expect.objectContaining({
        'projection.enabled': 'true',
        'projection.dt.type': 'date',
        'projection.dt.format': 'yyyy-MM-dd',
        'projection.dt.range': expect.stringMatching(/^\d{4}-\d{2}-\d{2},NOW$/),
        'storage.location.template': { 'Fn::Join': ['', ['s3://', { Ref: expect.any(String) }, '/records/dt=${dt}/']] },
      }),
      StorageDescriptor: expect.objectContaining({
        Location: { 'Fn::Join': ['', ['s3://', { Ref: expect.any(String) }, '/records/']] },
        SerdeInfo: expect.objectContaining({ SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe' }),
      }),
    });
    const cols = (input.StorageDescriptor as { Columns: { Name: string; Type: string }[] }).Columns;
    expect(cols).toEqual(
      expect.arrayContaining([
        { Name: 'headline', Type: 'string' },
        { Name: 'publishedat', Type: 'string' },
        expect.objectContaining({ Name: 'countries', Type: expect.stringMatching(/^array<struct<code:string,name:string,mentions:int/) }),
        expect.objectContaining({ Name: 'incident', Type: expect.stringContaining('iscyber:boolean') }),
      ]),
    );
    s.template.hasResourceProperties('AWS::Glue::Database', { DatabaseInput: { Name: 'wirewatch', Description: Match.anyValue() } });
  });

  it('has a workgroup with its own encrypted results location, enforced', () => {
    const results = onlyResource(s.template, 'AWS::S3::Bucket', (p) => JSON.stringify(p.LifecycleConfiguration ?? '').includes('expire-query-results'));
    s.template.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        ResultConfiguration: {
          OutputLocation: { 'Fn::Join': ['', ['s3://', { Ref: results.logicalId }, '/results/']] },
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        },
      }),
    });
  });
});

describe('alarms', () => {
  it('watches the dead-letter queue depth and processor errors', () => {
    const dlq = onlyResource(s.template, 'AWS::SQS::Queue', (p) => p.RedrivePolicy === undefined);
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq.logicalId, 'QueueName'] } }],
      Threshold: 1,
    });
    s.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnByEntry('fetches').logicalId } }],
    });
  });

  it('notifies an SNS topic when one is given', () => {
    const other = synth({ alarmTopicArn: 'arn:aws:sns:eu-west-1:123456789012:ops' });
    other.template.hasResourceProperties('AWS::CloudWatch::Alarm', { AlarmActions: ['arn:aws:sns:eu-west-1:123456789012:ops'] });
  });
});

describe('cdk-nag AWS Solutions checks', () => {
  function acknowledgments(root: IConstruct): { path: string; id: string; reason: string }[] {
    const out: { path: string; id: string; reason: string }[] = [];
    for (const c of root.node.findAll()) {
      for (const m of c.node.metadata) {
        if (m.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        // Recorded as {"Namespace::RuleId[finding]": reason}.
        for (const [id, reason] of Object.entries(m.data as Record<string, string>)) out.push({ path: c.node.path, id: id.replace(/^[^:]+::/, ''), reason });
      }
    }
    return out;
  }

  it('passes with every acknowledgment carrying its reason', () => {
    // synth() above would have thrown on an unacknowledged error.
    const acks = acknowledgments(s.app).filter((a) => a.id.startsWith('AwsSolutions-'));
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) expect(a.reason.length).toBeGreaterThan(30);
    expect(acks.filter((a) => a.id.startsWith('AwsSolutions-IAM5')).every((a) => /\[(Resource|Action)::/.test(a.id))).toBe(true);
  });

  it('is really applied: a new wildcard permission fails synth', () => {
    const tweak = (stack: import('../../cdk/wirewatch-stack').WirewatchStack) => {
      const role = stack.node.findChild('ProcessorRole') as iam.Role;
      role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }));
    };
    expect(() => synth({}, { tweak })).toThrow(/AwsSolutions-IAM5\[Action::s3:\*\]/);
  });
});

describe('settings and secure defaults', () => {
  it('reject bad context values with a named error', () => {
    expect(() => buildApp({ pollMinutes: 0 })).toThrow(StackSettingsError);
    expect(() => buildApp({ logRetentionDays: 10 })).toThrow(/logRetentionDays/);
    expect(() => buildApp({ feedsFile: 'no/such/feeds.json' })).toThrow(/feeds file not found/);
    expect(() => buildApp({ alarmTopicArn: 'not-an-arn' })).toThrow(StackSettingsError);
  });

  it('SecureBucket will not turn off the guarded defaults', () => {
    const { stack } = buildApp();
    expect(() => new SecureBucket(stack, 'Open', { bucketProps: { enforceSSL: false }, accessLogs: 'is-log-target' })).toThrow(/enforceSSL/);
  });
});

describe('real bundling (what cdk deploy uploads)', () => {
  it('bundles each handler minified with a source map, and ships the feeds file with the poller', () => {
    const b = synth({}, { bundle: true });
    const fns = resourcesOf(b.template, 'AWS::Lambda::Function');
    const assetDirs = readdirSync(b.outdir).filter((d) => d.startsWith('asset.') && existsSync(join(b.outdir, d, 'index.js')));
    expect(assetDirs.length).toBe(5); // poller, processor, browse, compact-index, reprocess
    const poller = Object.values(fns).find((f) => String(f.Properties?.Description).includes('polls'))!;
    const key = String((poller.Properties as { Code: { S3Key: string } }).Code.S3Key).replace(/\.zip$/, '');
    const dir = join(b.outdir, `asset.${key}`);
    expect(JSON.parse(readFileSync(join(dir, 'feeds.json'), 'utf8'))).toEqual(JSON.parse(readFileSync('config/feeds.json', 'utf8')));
    for (const d of assetDirs) {
      const code = readFileSync(join(b.outdir, d, 'index.js'), 'utf8');
      // Minified: almost no indented lines (an unminified bundle has tens of thousands). Line length is
      // no guide: esbuild turns long strings with \n escapes (the lexicon's word list) into template literals.
      expect((code.match(/\n[ \t]+\S/g) ?? []).length).toBeLessThan(200);
      expect(code).toMatch(/sourceMappingURL=index\.js\.map/);
      expect(existsSync(join(b.outdir, d, 'index.js.map'))).toBe(true);
    }
  }, 120_000);
});

import { existsSync, readFileSync } from 'node:fs';
import { DefaultStackSynthesizer, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import * as s3deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { vendorFiles } from '../../lib/web/vendor-files';
import { StackSettingsError } from '../settings';

const DEFAULT_QUALIFIER = DefaultStackSynthesizer.DEFAULT_QUALIFIER;

/**
 * The page's Content-Security-Policy in the cloud: the local server's (lib/local/http-server.ts)
 * plus the HTTP API and the Cognito Hosted UI of the region. Wildcards, not the API's own URL:
 * the API's CORS names this distribution, so naming the API here would be a dependency cycle.
 */
export function pageContentSecurityPolicy(region: string): string {
  const api = `https://*.execute-api.${region}.amazonaws.com`;
  const auth = `https://*.auth.${region}.amazoncognito.com`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${api} ${auth}`,
    `form-action 'self' ${auth}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The key prefix of the data bucket that holds the analyst page. */
export const WEB_PREFIX = 'web/';

/** The OAuth scopes the page asks the Hosted UI for; the app client must allow them (test/cdk checks). */
export const PAGE_OAUTH_SCOPES: readonly string[] = ['openid', 'email'];

/** Sign-in settings in config.json, read by lib/web/static/auth.js. */
export interface PageAuthConfig {
  region: string;
  userPoolId: string;
  /** The public app client (no secret): code flow with PKCE. */
  clientId: string;
  /** Hosted UI base URL, https://{prefix}.auth.{region}.amazoncognito.com (the page adds /oauth2/...). */
  domain: string;
  /** Where the Hosted UI sends the analyst back; one of the client's callback URLs. */
  redirectUri: string;
  /** Where Cognito's /logout sends the analyst; one of the client's logout URLs. Default: redirectUri. */
  logoutUri?: string;
  /** Default: PAGE_OAUTH_SCOPES. */
  scopes?: readonly string[];
}

/** config.json next to the page. Without `auth` the page calls the API without signing in. */
export interface PageConfig {
  /** The HTTP API's base URL: the page calls {apiBaseUrl}/api/records and so on. */
  apiBaseUrl: string;
  auth?: PageAuthConfig;
}

export interface AnalystSiteProps {
  bucket: s3.IBucket;
  logBucket: s3.IBucket;
  logRetentionDays: number;
}

/**
 * The analyst page: CloudFront in front of the bucket's web/ prefix through an
 * origin access control. The bucket policy lets this distribution read web/*
 * only, so records, raw pages and failures never become reachable through it.
 */
export class AnalystSite extends Construct {
  readonly distribution: cloudfront.Distribution;
  /** https://dxxxx.cloudfront.net: the page's origin, the only one the API's CORS allows. */
  readonly origin: string;
  private readonly props: AnalystSiteProps;

  constructor(scope: Construct, id: string, props: AnalystSiteProps) {
    super(scope, id);
    this.props = props;
    // AWS's managed SECURITY_HEADERS policy plus a Content-Security-Policy: no inline script or style.
    const headers = new cloudfront.ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: 'wirewatch analyst page: security headers and CSP',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: pageContentSecurityPolicy(Stack.of(this).region), override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        xssProtection: { protection: true, modeBlock: true, override: true },
      },
    });
    const oac = new cloudfront.S3OriginAccessControl(this, 'OriginAccess', { signing: cloudfront.Signing.SIGV4_ALWAYS });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'wirewatch analyst page',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withBucketDefaults(props.bucket, {
          originPath: `/${WEB_PREFIX.replace(/\/$/, '')}`,
          originAccessControlId: oac.originAccessControlId,
        }),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
      },
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
    });
    props.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudFrontReadsWebPrefixOnly',
        principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],
        actions: ['s3:GetObject'],
        resources: [props.bucket.arnForObjects(`${WEB_PREFIX}*`)],
        conditions: { StringEquals: { 'AWS:SourceArn': this.distribution.distributionArn } },
      }),
    );
    this.origin = `https://${this.distribution.distributionDomainName}`;
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate cannot pin TLS 1.2 for viewers; operators with their own domain attach an ACM certificate (docs/deploy.md). The API data is behind Cognito JWTs either way.',
      },
      { id: 'AwsSolutions-CFR1', reason: 'Analysts may work from anywhere; the data is behind Cognito sign-in, not geography.' },
      {
        id: 'AwsSolutions-CFR2',
        reason: 'Static page only (no data, no forms posting to the origin); a WAF web ACL costs more than the page it would guard. The API has stage throttling.',
      },
    );
  }

  /**
   * Uploads the page's static files and a config.json (API URL, sign-in settings)
   * to web/. The deployment function gets a role scoped to web/* and this
   * distribution, not CDK's default read-write grant on the whole data bucket.
   */
  deployPage(webAssetsDir: string, config: PageConfig): s3deploy.BucketDeployment {
    const stack = Stack.of(this);
    const logGroup = new logs.LogGroup(this, 'DeployLogs', { retention: this.props.logRetentionDays as logs.RetentionDays });
    const role = new iam.Role(this, 'DeployRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'wirewatch page deployment: read CDK assets, write web/ only, invalidate the distribution',
    });
    if (!existsSync(webAssetsDir)) throw new StackSettingsError(`no analyst page at ${webAssetsDir} (context webAssetsDir)`);
    const page = new s3assets.Asset(this, 'PageAsset', { path: webAssetsDir });
    const sources: s3deploy.ISource[] = [s3deploy.Source.bucket(page.bucket, page.s3ObjectKey)];
    // uPlot and its licence, from the installed package (the local server serves the same files).
    for (const v of vendorFiles()) sources.push(s3deploy.Source.data(v.urlPath, readFileSync(v.file, 'utf8')));
    // Every file asset (the page and config.json) lives in the CDK staging bucket.
    role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [page.bucket.arnForObjects('*')] }));
    // Every field the page reads is written out, so config.json documents the deployment.
    const written: PageConfig = config.auth
      ? { ...config, auth: { ...config.auth, logoutUri: config.auth.logoutUri ?? config.auth.redirectUri, scopes: [...(config.auth.scopes ?? PAGE_OAUTH_SCOPES)] } }
      : config;
    sources.push(s3deploy.Source.jsonData('config.json', written));
    const b = this.props.bucket;
    role.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn] }));
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        resources: [b.arnForObjects(`${WEB_PREFIX}*`)],
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [b.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${WEB_PREFIX}*`, WEB_PREFIX.replace(/\/$/, '')] } },
      }),
    );
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation'],
        resources: [this.distribution.distributionArn],
      }),
    );
    const deployment = new s3deploy.BucketDeployment(this, 'Page', {
      sources,
      destinationBucket: b,
      destinationKeyPrefix: WEB_PREFIX,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 256,
      logGroup,
      // Immutable: CDK's own grants (read-write on the whole bucket) are not added.
      role: role.withoutPolicyUpdates(),
      cacheControl: [s3deploy.CacheControl.maxAge(Duration.minutes(5))],
    });
    const qualifier = (stack.synthesizer as { bootstrapQualifier?: string }).bootstrapQualifier ?? DEFAULT_QUALIFIER;
    Validations.of(role).acknowledge(
      {
        // cdk-nag renders unresolved pseudo parameters as <AWS::...> and concrete env values as they are.
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-${qualifier}-assets-${Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account}-${Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region}/*]`,
        reason: 'GetObject on the CDK asset staging bucket: the page and config.json zips are uploaded there under content-hash keys.',
      },
      {
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(b.node.defaultChild as s3.CfnBucket)}.Arn>/${WEB_PREFIX}*]`,
        reason: 'The deployment syncs (puts and prunes) the page files under web/ only; records, raw and failures are out of its reach.',
      },
    );
    // The s3-deployment handler is a singleton at stack level with a runtime aws-cdk-lib picks.
    for (const child of stack.node.children) {
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        Validations.of(child).acknowledge({
          id: 'AwsSolutions-L1',
          reason: "aws-cdk-lib's s3-deployment handler (Python + AWS CLI layer) runs only during deploys; its runtime moves with aws-cdk-lib upgrades.",
        });
      }
    }
    return deployment;
  }
}

// API Gateway v2 (HTTP API, payload 2.0) → handleApiRequest → response.
// The route's JWT authorizer already refuses anonymous calls; the handler checks
// again so that a route added without an authorizer never serves data.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { describeError } from '../lib/errors';
import { observability } from './shared/observability';
import { lazy, storeFromEnv } from './shared/runtime';

const { logger } = observability('wirewatch-browse');

/** Under API Gateway's 6 MB response limit, with room for headers. */
const EXPORT_MAX_BYTES = 5_500_000;

const runtime = lazy(async () => {
  // require, not import: loaded on the first request (esbuild keeps it lazy), typed as the module.
  const { handleApiRequest, bufferResponse } = require('../lib/web/api') as typeof import('../lib/web/api');
  const { store } = await storeFromEnv(process.env);
  return { handleApiRequest, bufferResponse, store };
});

interface AuthorizedContext {
  authorizer?: { jwt?: { claims?: Record<string, unknown> }; iam?: { userArn?: string } };
}

/** Who called: the JWT subject or the IAM ARN; null when the request carries no authorizer result. */
export function callerOf(event: APIGatewayProxyEventV2): string | null {
  const auth = (event.requestContext as APIGatewayProxyEventV2['requestContext'] & AuthorizedContext).authorizer;
  const sub = auth?.jwt?.claims?.sub;
  if (typeof sub === 'string' && sub) return sub;
  return auth?.iam?.userArn ?? null;
}

function json(statusCode: number, value: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(value) };
}

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const caller = callerOf(event);
  const method = event.requestContext.http.method;
  if (!caller && process.env.WIREWATCH_REQUIRE_AUTH !== 'false') {
    logger.warn('unauthenticated request refused', { method, path: event.rawPath });
    return json(401, { error: 'unauthorized', message: 'sign in first: this API needs a token from the analysts user pool' });
  }
  try {
    const { handleApiRequest, bufferResponse, store } = await runtime();
    const query: Record<string, string | undefined> = { ...(event.queryStringParameters ?? {}) };
    // A frozen container cannot refresh in the background: a stale view is refreshed before answering.
    const streamed = await handleApiRequest({ method, path: event.rawPath, query }, store, { ttlMs: 10_000, refreshInBackground: false });
    // API Gateway's Lambda proxy cannot stream and caps a response at 6 MB.
    const res = await bufferResponse(streamed, EXPORT_MAX_BYTES);
    if (!res) {
      logger.warn('export too large', { method, path: event.rawPath, rows: streamed.headers['x-wirewatch-rows'], caller });
      return json(413, { error: 'too-large', message: `this export is over ${EXPORT_MAX_BYTES / 1e6} MB: narrow the filters (a date range, a country) or query the records with Athena` });
    }
    logger.info('request', { method, path: event.rawPath, status: res.status, caller });
    return { statusCode: res.status, headers: res.headers, body: res.body };
  } catch (e) {
    logger.error('request failed', { method, path: event.rawPath, error: describeError(e) });
    return json(500, { error: 'internal', message: 'the browse API failed; see its logs' });
  }
}

// Realistic Lambda events, shaped like what EventBridge, SQS and API Gateway v2 send.
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, SQSEvent, SQSRecord, ScheduledEvent } from 'aws-lambda';

export function scheduledEvent(time = '2024-05-16T12:00:00Z'): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time,
    region: 'eu-west-1',
    resources: ['arn:aws:events:eu-west-1:123456789012:rule/Wirewatch-PollSchedule'],
    detail: {},
  };
}

export function sqsRecord(body: string, group: string, n: number): SQSRecord {
  return {
    messageId: randomUUID(),
    receiptHandle: `AQEB${randomUUID().replace(/-/g, '')}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1715860800000',
      SenderId: 'AROAEXAMPLE:Wirewatch-Poller',
      ApproximateFirstReceiveTimestamp: '1715860800100',
      SequenceNumber: String(18800000000000000000 + n),
      MessageGroupId: group,
      MessageDeduplicationId: body.length > 10 ? body.slice(0, 16) : 'x',
    },
    messageAttributes: {},
    md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:Wirewatch-QueueStories.fifo',
    awsRegion: 'eu-west-1',
  };
}

export function sqsEvent(records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

export function httpEvent(
  method: string,
  rawPath: string,
  query: Record<string, string> = {},
  opts: { authorized?: boolean } = {},
): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams(query).toString();
  const authorized = opts.authorized ?? true;
  const event = {
    version: '2.0',
    routeKey: `${method} /api/{proxy+}`,
    rawPath,
    rawQueryString,
    headers: { accept: 'application/json', host: 'abc123.execute-api.eu-west-1.amazonaws.com', ...(authorized ? { authorization: 'Bearer eyJ...' } : {}) },
    ...(rawQueryString ? { queryStringParameters: query } : {}),
    pathParameters: { proxy: rawPath.replace(/^\/api\//, '') },
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'Mozilla/5.0' },
      requestId: randomUUID(),
      routeKey: `${method} /api/{proxy+}`,
      stage: '$default',
      time: '16/May/2024:12:00:00 +0000',
      timeEpoch: 1715860800000,
      ...(authorized
        ? {
            authorizer: {
              jwt: {
                claims: { sub: '6f1c2a3b-0000-4000-8000-000000000001', 'cognito:username': 'analyst', iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_EXAMPLE' },
                scopes: null,
              },
            },
          }
        : {}),
    },
  };
  return event as APIGatewayProxyEventV2;
}

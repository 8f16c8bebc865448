// The poller Lambda against the real embedded S3 server and a loopback news site;
// SQS has no local server, so the client's `send` is replaced at the SDK boundary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendMessageBatchCommand, SQSClient, type SendMessageBatchCommandInput, type SendMessageBatchCommandOutput } from '@aws-sdk/client-sqs';
import { messageId } from '../../../lib/pipeline';
import { QueueSendError } from '../../../lambdas/shared/errors';
import { startNewsSite, type NewsSite } from '../../helpers/news-site';
import { startTestS3, type TestS3 } from '../../helpers/s3';
import { useTestS3Env } from './env';
import { scheduledEvent } from './events';

type PollerModule = typeof import('../../../lambdas/poller');
const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/Wirewatch-QueueStories.fifo';

let s3: TestS3;
let site: NewsSite;
let restore: () => void;
let poller: PollerModule;
let sent: SendMessageBatchCommandInput[];

/** Accepts every entry, like SQS does when all is well. */
function acceptAll(input: SendMessageBatchCommandInput): SendMessageBatchCommandOutput {
  sent.push(input);
  return { Successful: (input.Entries ?? []).map((e) => ({ Id: e.Id!, MessageId: `mid-${e.Id}`, MD5OfMessageBody: 'x' })), Failed: [], $metadata: {} };
}

function replaceSend(client: SQSClient, fn: (input: SendMessageBatchCommandInput) => SendMessageBatchCommandOutput): void {
  (client as unknown as { send: (c: unknown) => Promise<unknown> }).send = async (command: unknown) => {
    if (!(command instanceof SendMessageBatchCommand)) throw new Error('unexpected SQS command');
    return fn(command.input);
  };
}

beforeAll(async () => {
  [s3, site] = await Promise.all([startTestS3(), startNewsSite()]);
  const dir = mkdtempSync(join(tmpdir(), 'wirewatch-feeds-'));
  const feedsFile = join(dir, 'feeds.json');
  writeFileSync(
    feedsFile,
    JSON.stringify({
      feeds: [
        { id: 'gazette-world', url: `${site.origin}/rss.xml`, publisher: 'Test Harbour Gazette' },
        { id: 'gazette-json', url: `${site.origin}/feed.json` },
        { id: 'gone', url: `${site.origin}/no-such-feed.xml` },
      ],
    }),
  );
  restore = useTestS3Env(s3, { WIREWATCH_FETCH_ALLOW: site.hostPort, WIREWATCH_PACE_MS: '0', WIREWATCH_FEEDS_FILE: feedsFile, WIREWATCH_QUEUE_URL: QUEUE_URL });
  jest.isolateModules(() => {
    poller = require('../../../lambdas/poller') as PollerModule;
  });
  replaceSend(await poller.sqsClient(), acceptAll);
});

afterAll(async () => {
  restore();
  await Promise.all([s3?.stop(), site?.close()]);
});

beforeEach(() => {
  sent = [];
});

describe('poller handler', () => {
  it('polls every bundled feed and queues each new story once, grouped by host, deduplicated by story id', async () => {
    const summary = await poller.handler(scheduledEvent());
    expect(summary).toMatchObject({ feeds: 3, polled: 2, notModified: 0, failed: 1 });
    const entries = sent.flatMap((b) => b.Entries ?? []);
    expect(sent.every((b) => b.QueueUrl === QUEUE_URL && (b.Entries ?? []).length <= 10)).toBe(true);
    expect(summary.queued).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) {
      const body = JSON.parse(e.MessageBody!) as { url: string; feedId: string; publisher: string | null };
      expect(e.MessageGroupId).toBe('127.0.0.1');
      expect(e.MessageDeduplicationId).toBe(messageId(body.url));
      expect(e.MessageDeduplicationId).toMatch(/^[0-9a-f]{16}$/);
      expect(body.url).not.toMatch(/utm_/);
    }
    // Two feeds list the same stories: the dedup ids repeat, so SQS keeps one message each.
    const rss = entries.filter((e) => JSON.parse(e.MessageBody!).feedId === 'gazette-world');
    expect(rss.every((e) => JSON.parse(e.MessageBody!).publisher === 'Test Harbour Gazette')).toBe(true);
    expect(await s3.store.getFeedState('gazette-world')).toMatchObject({ feedId: 'gazette-world', etag: expect.any(String) });
  });

  it('queues nothing on the next run: the RSS feed answers 304 and the JSON Feed items are already seen', async () => {
    const summary = await poller.handler(scheduledEvent('2024-05-16T12:15:00Z'));
    expect(summary).toMatchObject({ notModified: 1, polled: 1, failed: 1, queued: 0 });
    expect(sent).toEqual([]);
  });
});

describe('sendStories', () => {
  const msgs = Array.from({ length: 12 }, (_, i) => ({ url: `https://news.example/story-${i}`, feedUrl: null, feedId: 'f', title: null, publishedAt: null }));

  it('sends in batches of 10 and retries the entries SQS refused', async () => {
    const client = new SQSClient({ region: 'eu-west-1' });
    let calls = 0;
    replaceSend(client, (input) => {
      calls++;
      if (calls === 1) {
        sent.push(input);
        const [first, ...rest] = input.Entries ?? [];
        return {
          Successful: rest.map((e) => ({ Id: e.Id!, MessageId: 'm', MD5OfMessageBody: 'x' })),
          Failed: [{ Id: first.Id!, Code: 'InternalError', SenderFault: false, Message: 'try again' }],
          $metadata: {},
        };
      }
      return acceptAll(input);
    });
    const n = await poller.sendStories(client, QUEUE_URL, msgs, messageId);
    expect(n).toBe(12);
    expect(sent.map((b) => (b.Entries ?? []).length)).toEqual([10, 1, 2]);
    expect(sent[1].Entries![0].Id).toBe(sent[0].Entries![0].Id);
    expect(sent[2].Entries!.map((e) => e.MessageGroupId)).toEqual(['news.example', 'news.example']);
  });

  it('throws QueueSendError when SQS keeps refusing, so the poll fails loudly', async () => {
    const client = new SQSClient({ region: 'eu-west-1' });
    replaceSend(client, (input) => ({
      Successful: [],
      Failed: (input.Entries ?? []).map((e) => ({ Id: e.Id!, Code: 'InvalidParameterValue', SenderFault: true, Message: 'bad' })),
      $metadata: {},
    }));
    await expect(poller.sendStories(client, QUEUE_URL, msgs.slice(0, 3), messageId)).rejects.toMatchObject({ name: QueueSendError.name, failed: 3 });
    // (the handler module is loaded in isolation, so its error class is another copy of QueueSendError)
  });
});

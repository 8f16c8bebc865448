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

  it('names the messages SQS never took, and still tries the later batches', async () => {
    const client = new SQSClient({ region: 'eu-west-1' });
    const batches: number[] = [];
    // The first entry of each batch is refused on every attempt (not a sender fault, so it is retried).
    replaceSend(client, (input) => {
      const entries = input.Entries ?? [];
      batches.push(entries.length);
      const refused = entries.filter((e) => e.Id === 'm0' || e.Id === 'm10');
      return {
        Successful: entries.filter((e) => !refused.includes(e)).map((e) => ({ Id: e.Id!, MessageId: 'm', MD5OfMessageBody: 'x' })),
        Failed: refused.map((e) => ({ Id: e.Id!, Code: 'ServiceUnavailable', SenderFault: false, Message: 'busy' })),
        $metadata: {},
      };
    });
    const err = await poller.sendStories(client, QUEUE_URL, msgs, messageId).then(
      () => null,
      (e: unknown) => e as { name: string; failed: number; unsent: { url: string }[] },
    );
    expect(err).toMatchObject({ name: QueueSendError.name, failed: 2 });
    expect(err!.unsent.map((m) => m.url)).toEqual([msgs[0].url, msgs[10].url]);
    expect(batches).toEqual([10, 1, 1, 2, 1, 1]); // three attempts per batch; the second batch is still sent
  });

  it('counts a batch whose send call throws, and every batch after it, as unsent', async () => {
    const client = new SQSClient({ region: 'eu-west-1' });
    let calls = 0;
    replaceSend(client, (input) => {
      if (++calls === 2) throw new Error('connect ECONNREFUSED sqs');
      return acceptAll(input);
    });
    const many = [...msgs, ...msgs.map((m) => ({ ...m, url: `${m.url}-more` }))]; // 24: batches of 10, 10, 4
    const err = await poller.sendStories(client, QUEUE_URL, many, messageId).then(
      () => null,
      (e: unknown) => e as { name: string; failed: number; unsent: { url: string }[]; message: string },
    );
    expect(err).toMatchObject({ name: QueueSendError.name, failed: 14 });
    expect(err!.unsent.map((m) => m.url)).toEqual(many.slice(10).map((m) => m.url));
    expect(err!.message).toMatch(/ECONNREFUSED/);
  });
});

describe('poller handler when SQS refuses stories', () => {
  /** A poller of its own (own feeds file and feed ids, so its feed state starts empty). */
  function isolatedPoller(feedIds: { rss: string; json: string }): { mod: PollerModule; run: (time: string) => Promise<Awaited<ReturnType<PollerModule['handler']>>> } {
    const dir = mkdtempSync(join(tmpdir(), 'wirewatch-feeds-'));
    const feedsFile = join(dir, 'feeds.json');
    writeFileSync(feedsFile, JSON.stringify({ feeds: [{ id: feedIds.rss, url: `${site.origin}/rss.xml` }, { id: feedIds.json, url: `${site.origin}/feed.json` }] }));
    let mod!: PollerModule;
    jest.isolateModules(() => {
      mod = require('../../../lambdas/poller') as PollerModule;
    });
    const run = async (time: string) => {
      // The feeds file is read on the first invocation.
      const before = process.env.WIREWATCH_FEEDS_FILE;
      process.env.WIREWATCH_FEEDS_FILE = feedsFile;
      try {
        return await mod.handler(scheduledEvent(time));
      } finally {
        process.env.WIREWATCH_FEEDS_FILE = before;
      }
    };
    return { mod, run };
  }

  const bodies = (batches: SendMessageBatchCommandInput[]) => batches.flatMap((b) => (b.Entries ?? []).map((e) => JSON.parse(e.MessageBody!) as { url: string; feedId: string }));

  it('a send failure leaves the stories unseen: the next poll queues the same stories again', async () => {
    const { mod, run } = isolatedPoller({ rss: 'outage-rss', json: 'outage-json' });
    const sqs = await mod.sqsClient();
    const attempted: SendMessageBatchCommandInput[] = [];
    replaceSend(sqs, (input) => {
      attempted.push(input);
      throw new Error('getaddrinfo EAI_AGAIN sqs.eu-west-1.amazonaws.com');
    });
    await expect(run('2024-05-16T13:00:00Z')).rejects.toMatchObject({ name: QueueSendError.name });
    const lost = bodies(attempted);
    expect(lost.length).toBeGreaterThan(3);
    // Both feeds ran to the end and saved a state that does not count the unqueued stories as seen.
    for (const feedId of ['outage-rss', 'outage-json']) {
      const state = await s3.store.getFeedState(feedId);
      expect(state).toMatchObject({ feedId, etag: null, lastModified: null });
      for (const m of lost.filter((b) => b.feedId === feedId)) expect(state!.recentIds).not.toContain(messageId(m.url));
    }

    replaceSend(sqs, acceptAll);
    const summary = await run('2024-05-16T13:15:00Z');
    expect(summary).toMatchObject({ polled: 2, notModified: 0, failed: 0, queued: lost.length });
    expect(bodies(sent).map((b) => `${b.feedId} ${b.url}`).sort()).toEqual(lost.map((b) => `${b.feedId} ${b.url}`).sort());

    // Now they are seen (and the RSS validators are back): a third poll queues nothing.
    sent = [];
    expect(await run('2024-05-16T13:30:00Z')).toMatchObject({ notModified: 1, queued: 0 });
    expect(sent).toEqual([]);
  });

  it('on a partial failure only the refused stories come back; the queued ones stay seen', async () => {
    const { mod, run } = isolatedPoller({ rss: 'partial-rss', json: 'partial-json' });
    const sqs = await mod.sqsClient();
    const refusedUrls: string[] = [];
    replaceSend(sqs, (input) => {
      sent.push(input);
      // The first entry of every RSS batch is refused on each attempt.
      const first = (input.Entries ?? [])[0];
      const body = JSON.parse(first.MessageBody!) as { url: string; feedId: string };
      if (body.feedId !== 'partial-rss') return acceptAll({ ...input });
      if (!refusedUrls.includes(body.url)) refusedUrls.push(body.url);
      const rest = (input.Entries ?? []).slice(1);
      return {
        Successful: rest.map((e) => ({ Id: e.Id!, MessageId: 'm', MD5OfMessageBody: 'x' })),
        Failed: [{ Id: first.Id!, Code: 'ServiceUnavailable', SenderFault: false, Message: 'busy' }],
        $metadata: {},
      };
    });
    await expect(run('2024-05-16T14:00:00Z')).rejects.toMatchObject({ name: QueueSendError.name, failed: 1 });
    expect(refusedUrls).toHaveLength(1);
    const rssQueued = new Set(bodies(sent).filter((b) => b.feedId === 'partial-rss').map((b) => b.url));
    expect(rssQueued.size).toBeGreaterThan(1);

    sent = [];
    replaceSend(sqs, acceptAll);
    const summary = await run('2024-05-16T14:15:00Z');
    expect(bodies(sent).map((b) => `${b.feedId} ${b.url}`)).toEqual([`partial-rss ${refusedUrls[0]}`]);
    expect(summary).toMatchObject({ queued: 1, failed: 0 });
  });
});

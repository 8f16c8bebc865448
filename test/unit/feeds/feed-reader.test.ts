import fs from 'node:fs';
import path from 'node:path';
import { FeedParseError, FeedReader, parseFeed, readFeed } from '../../../lib/feeds';
import type { FeedItem } from '../../../lib/types';

const FIXTURES = path.join(__dirname, '../../fixtures/feeds');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const FEED_URL = 'https://feeds.example/path/feed.xml';

function kindOf(body: string): string {
  try {
    parseFeed(body, FEED_URL, 'application/rss+xml');
  } catch (e) {
    if (e instanceof FeedParseError) return e.kind;
    throw e;
  }
  return 'parsed';
}

/** Feeds the reader `size` characters at a time, collecting items as write() hands them out. */
function inChunks(body: string, size: number): FeedItem[] {
  const reader = new FeedReader(FEED_URL);
  const items: FeedItem[] = [];
  for (let i = 0; i < body.length; i += size) items.push(...reader.write(body.slice(i, i + size)));
  items.push(...reader.end());
  return items;
}

const rss = (items: string, head = '') => `<?xml version="1.0"?>${head}<rss version="2.0"><channel><title>Harbour Desk</title>${items}</channel></rss>`;

describe('hostile XML: entities are never expanded', () => {
  test('an external entity (XXE) pointing at a local file is refused, and the file is never read', () => {
    const secret = path.join(FIXTURES, 'rss2-wire.xml');
    const body = rss(`<item><title>&xxe;</title><link>https://harbour.example/a</link></item>`, `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://${secret}">]>`);
    let err: unknown;
    try {
      parseFeed(body, FEED_URL);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FeedParseError);
    expect(err).toMatchObject({ kind: 'dtd-entities', reason: 'not-a-feed', feedUrl: FEED_URL });
    expect((err as Error).message).toMatch(/DOCTYPE declares entities/);
    expect((err as Error).message).not.toContain('Newswire');
  });

  test('an entity bomb (nested internal entities) and a parameter entity are refused before any item', () => {
    const lol = ['<!ENTITY a0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)].join('');
    expect(kindOf(rss('<item><title>&a9;</title><link>https://harbour.example/b</link></item>', `<!DOCTYPE rss [${lol}]>`))).toBe('dtd-entities');
    expect(kindOf(rss('<item><link>https://harbour.example/c</link></item>', '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://169.254.169.254/latest/meta-data/"> %remote;]>'))).toBe('dtd-entities');
    // Refused as soon as the DOCTYPE is read (the first write past the 4 KiB sniffing window), before any item.
    const reader = new FeedReader(FEED_URL);
    const items = Array.from({ length: 100 }, (_, i) => `<item><link>https://harbour.example/d/${i}</link></item>`).join('');
    expect(() => reader.write(rss(items, `<!DOCTYPE rss [${lol}]>`))).toThrow(FeedParseError);
    expect(reader.drain()).toEqual([]);
  });

  test('a DOCTYPE without entity declarations (RSS 0.91 public DTD) is ignored: the DTD is never fetched', () => {
    const body = rss('<item><title>Port cranes idle after &quot;network fault&quot;</title><link>https://harbour.example/cranes</link></item>', '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://127.0.0.1:9/rss-0.91.dtd">');
    expect(parseFeed(body, FEED_URL).items).toEqual([{ url: 'https://harbour.example/cranes', title: 'Port cranes idle after "network fault"', publishedAt: null, guid: null }]);
  });

  test('a reference to an undeclared entity stays literal text; HTML names are decoded', () => {
    const body = rss('<item><title>Ferry &amp; rail tickets: &secret; &eacute;t&eacute; timetable</title><link>https://harbour.example/e?a=1&amp;b=2</link></item>');
    expect(parseFeed(body, FEED_URL).items[0]).toMatchObject({ title: 'Ferry & rail tickets: &secret; été timetable', url: 'https://harbour.example/e?a=1&b=2' });
  });

  test('bare ampersands: before a tag, in an attribute, inside CDATA and comments, split across chunks', () => {
    const body = rss(
      '<!-- Q&A desk --><item><title>R&D lab &amp; AT&T</title><link><![CDATA[https://harbour.example/f?x=1&y=2&amp;z]]></link></item>' +
        '<item><title>Tugs & pilots</title><atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="https://harbour.example/g?p=1&q"/></item>',
    );
    const expected = [
      { url: 'https://harbour.example/f?x=1&y=2&amp;z', title: 'R&D lab & AT&T', publishedAt: null, guid: null },
      { url: 'https://harbour.example/g?p=1&q', title: 'Tugs & pilots', publishedAt: null, guid: null },
    ];
    expect(parseFeed(body, FEED_URL).items).toEqual(expected);
    for (const size of [1, 2, 5, 9]) expect(inChunks(body, size)).toEqual(expected);
  });
});

describe('streaming', () => {
  test.each([1, 3, 17, 256, 4096])('the same items whatever the chunk size (%i characters)', (size) => {
    for (const name of ['rss2-wire.xml', 'rss1-rdf.xml', 'atom.xml', 'atom-prefixed.xml', 'news-sitemap.xml', 'rss2-bare-ampersands.xml']) {
      const whole = parseFeed(read(name), FEED_URL);
      const chunked = inChunks(read(name), size);
      // parseFeed de-duplicates; the reader hands out every item it reads.
      expect(chunked.filter((item, i) => chunked.findIndex((o) => o.url === item.url) === i).length).toBeGreaterThanOrEqual(whole.items.length);
      for (const item of whole.items) expect(chunked).toContainEqual(item);
    }
  });

  test('items come out as their element closes, before the document ends', () => {
    const reader = new FeedReader(FEED_URL);
    const head = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Canal Log</title>${' '.repeat(5000)}`;
    expect(reader.write(head)).toEqual([]);
    const first = reader.write('<entry><id>https://canal.example/lock-3</id><title>Lock 3 gates stuck open</title></entry><entry><id>https://canal.example/lo');
    expect(first.map((i) => i.url)).toEqual(['https://canal.example/lock-3']);
    expect(reader.write('ck-4</id></entry>').map((i) => i.url)).toEqual(['https://canal.example/lock-4']);
    reader.write('</feed>');
    expect(reader.end()).toEqual([]);
    expect(reader.result).toEqual({ format: 'atom', title: 'Canal Log' });
  });

  test('readFeed reads no further while the item handler has not resolved (backpressure)', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => `<item><link>https://harbour.example/s/${i}</link></item>`).join('');
    const body = rss(items);
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (let i = 0; i < body.length; i += 1000) {
        pulled++;
        yield body.slice(i, i + 1000);
      }
    }
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let handled = 0;
    let pulledAtFirst = -1;
    const done = readFeed(source(), FEED_URL, 'application/rss+xml', async () => {
      handled++;
      if (handled === 1) {
        pulledAtFirst = pulled;
        await gate;
      }
    });
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(pulled).toBe(pulledAtFirst); // nothing more was read while the first item was held
    expect(pulled).toBeLessThan(body.length / 1000 / 10);
    release();
    await expect(done).resolves.toEqual({ format: 'rss2', title: 'Harbour Desk', items: 2000 });
    expect(handled).toBe(2000);
  });

  test('a fault after some items: those items were handed on, then the named error', async () => {
    const body = rss('<item><link>https://harbour.example/ok-1</link></item><item><link>https://harbour.example/ok-2</link></item>').replace('</channel></rss>', '<item><title>cut');
    // One chunk: the items before the fault in that same chunk are handed on too.
    const seen: string[] = [];
    async function* source(): AsyncGenerator<string> {
      yield body;
    }
    const p = readFeed(source(), FEED_URL, null, (item) => void seen.push(item.url));
    await expect(p).rejects.toMatchObject({ kind: 'truncated', message: expect.stringMatching(/ends inside <rss><channel><item><title>/) });
    expect(seen).toEqual(['https://harbour.example/ok-1', 'https://harbour.example/ok-2']);
  });

  test('an unknown root element is refused as soon as it opens', () => {
    const reader = new FeedReader(FEED_URL);
    const placemarks = '<Placemark><name>Quay</name></Placemark>'.repeat(200);
    expect(() => reader.write(`<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}`)).toThrow(/root element is <kml>/);
  });
});

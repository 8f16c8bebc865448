import fs from 'node:fs';
import path from 'node:path';
import { FeedParseError, parseFeed, type FeedParseErrorKind } from '../../../lib/feeds';
import { decodeBody } from '../../../lib/fetch';

const FIXTURES = path.join(__dirname, '../../fixtures/feeds');
const read = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const FEED_URL = 'https://feeds.example/path/feed.xml';

function parseError(body: string, contentType?: string | null): FeedParseError {
  try {
    parseFeed(body, FEED_URL, contentType);
  } catch (e) {
    if (e instanceof FeedParseError) return e;
    throw e;
  }
  throw new Error('parseFeed did not throw');
}

describe('RSS 2.0', () => {
  const feed = parseFeed(read('rss2-wire.xml'), 'https://newswire.example/feeds/world.rss');
  const byUrl = new Map(feed.items.map((i) => [i.url, i]));

  test('format, channel title from CDATA with an entity', () => {
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('Newswire Example – World');
  });

  test('keeps items with usable links, in order, without duplicates', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://newswire.example/world/2023/12/12/kyivstar-outage',
      'https://newswire.example/world/2024/06/04/london-hospitals-ransomware',
      'https://newswire.example/business/2024/02/22/health-payments-outage',
      'https://newswire.example/asia/2023/11/29/space-agency-intrusion',
      'https://newswire.example/europe/2024/05/31/news-agency-fake-report',
      'https://newswire.example/tech/2024/01/10/vpn-flaw-exploited',
    ]);
  });

  test('relative link resolved against the feed URL; guid kept when not a permalink', () => {
    const i = byUrl.get('https://newswire.example/world/2023/12/12/kyivstar-outage');
    expect(i).toEqual({
      url: 'https://newswire.example/world/2023/12/12/kyivstar-outage',
      title: 'Ukraine’s largest mobile operator knocked offline by cyberattack',
      publishedAt: '2023-12-12T14:05:00.000Z',
      guid: 'nw-2023-1212-0042',
    });
  });

  test('dates in several RFC 822 styles and the W3C ones feeds slip in', () => {
    const dates = feed.items.map((i) => i.publishedAt);
    expect(dates).toEqual([
      '2023-12-12T14:05:00.000Z', // GMT
      '2024-06-04T08:05:00.000Z', // +0100, single-digit day and hour; the first of two duplicates wins
      '2024-02-22T22:30:00.000Z', // EST
      '2023-11-28T22:15:00.000Z', // two-digit year, no seconds, +0900
      '2024-05-31T14:20:00.000Z', // dc:date
      '2024-01-10T21:45:00.000Z', // ISO in pubDate
    ]);
  });

  test('guid permalink when there is no link; FeedBurner origLink over the tracker link', () => {
    expect(byUrl.get('https://newswire.example/business/2024/02/22/health-payments-outage')?.guid).toBe(
      'https://newswire.example/business/2024/02/22/health-payments-outage',
    );
    expect(feed.items.some((i) => i.url.includes('feedburner'))).toBe(false);
  });

  test('entities: escaped, double-escaped and &nbsp; become plain text', () => {
    expect(byUrl.get('https://newswire.example/world/2024/06/04/london-hospitals-ransomware')?.title).toBe(
      'Hospitals divert ambulances after ransomware attack on lab provider & blood tests halted',
    );
    expect(byUrl.get('https://newswire.example/europe/2024/05/31/news-agency-fake-report')?.title).toBe(
      'Poland’s state news agency says fake report was planted by hackers',
    );
    expect(byUrl.get('https://newswire.example/tech/2024/01/10/vpn-flaw-exploited')?.title).toBe('Agency warns of exploited flaw in VPN appliances');
  });

  test('bare ampersands in a hand-made feed are tolerated', () => {
    const f = parseFeed(read('rss2-bare-ampersands.xml'), FEED_URL);
    expect(f.items).toEqual([
      { url: 'https://handmade.example/story?id=7&section=tech', title: 'Telecom & cable firms report outage', publishedAt: '2024-01-15T10:00:00.000Z', guid: null },
    ]);
  });

  test('a UTF-8 BOM before the XML declaration (as bytes or as U+FEFF)', () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'rss2-bom.xml'));
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const viaDecode = parseFeed(decodeBody(bytes, 'application/rss+xml').text, FEED_URL);
    const raw = parseFeed(bytes.toString('utf8'), FEED_URL);
    expect(raw.items[0].title).toBe('Café chain reports card skimming');
    expect(viaDecode).toEqual(raw);
  });

  test('a windows-1252 feed declared in its XML declaration, decoded by lib/fetch', () => {
    const { text, charset } = decodeBody(fs.readFileSync(path.join(FIXTURES, 'rss2-windows-1252.xml')), 'text/xml');
    expect(charset).toBe('windows-1252');
    const f = parseFeed(text, FEED_URL);
    expect(f.title).toBe('Tageblatt Beispiel – Sicherheit');
    expect(f.items[0].title).toBe('„Hackerangriff“ legt Stadtverwaltung lahm – Bürgerbüro geschlossen');
    expect(f.items[0].publishedAt).toBe('2023-10-30T11:00:00.000Z');
  });
});

describe('RSS 1.0 (RDF)', () => {
  const feed = parseFeed(read('rss1-rdf.xml'), 'https://agency.example/rss');

  test('items are siblings of the channel; dc:date; rdf:about as guid and fallback link', () => {
    expect(feed.format).toBe('rss1');
    expect(feed.title).toBe('Agency Example: Security alerts');
    expect(feed.items).toEqual([
      {
        url: 'https://agency.example/news/2024/0131-router-botnet',
        title: 'Authorities disrupt botnet of hijacked small-office routers',
        publishedAt: '2024-01-31T20:00:00.000Z',
        guid: 'https://agency.example/news/2024/0131-router-botnet',
      },
      {
        url: 'https://agency.example/news/2024/0215-water-utility?lang=en',
        title: 'Water utility control system accessed by intruders',
        publishedAt: '2024-02-15T00:00:00.000Z',
        guid: 'https://agency.example/news/2024/0215-water-utility',
      },
      {
        url: 'https://agency.example/news/2024/0301-no-link',
        title: 'Advisory with only an rdf:about',
        publishedAt: null,
        guid: 'https://agency.example/news/2024/0301-no-link',
      },
    ]);
  });
});

describe('Atom 1.0', () => {
  const feed = parseFeed(read('atom.xml'), 'https://bulletin.example/en/cyber.atom');

  test('html title stripped to text', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Bulletin Example Cyber desk');
  });

  test('alternate text/html link preferred over self, enclosure and other alternates; xml:base applied', () => {
    expect(feed.items[0]).toEqual({
      url: 'https://bulletin.example/en/stories/2024/06/20/dealer-software-attack',
      title: "Car dealers' software provider shuts systems after second attack",
      publishedAt: '2024-06-20T12:30:00.000Z',
      guid: 'tag:bulletin.example,2024:story/8841',
    });
  });

  test('entry-level xml:base, link without rel, xhtml title, updated when there is no published', () => {
    expect(feed.items[1]).toEqual({
      url: 'https://bulletin.example/fr/actualites/2024/06/25/fuite-operateur',
      title: 'Fuite de données chez un opérateur',
      publishedAt: '2024-06-25T10:00:00.000Z',
      guid: 'tag:bulletin.example,2024:story/8850',
    });
  });

  test('id used as the link only when it is an http(s) URL; whitespace collapsed; fragment duplicates dropped', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://bulletin.example/en/stories/2024/06/20/dealer-software-attack',
      'https://bulletin.example/fr/actualites/2024/06/25/fuite-operateur',
      'https://bulletin.example/en/stories/2024/07/01/id-is-url',
      'https://bulletin.example/en/stories/2024/07/02/chip-portal#comments',
    ]);
    expect(feed.items[2].publishedAt).toBe('2024-07-01T07:00:00.250Z');
    expect(feed.items[3].title).toBe('Chip maker confirms breach of customer portal');
  });

  test('a prefixed Atom namespace', () => {
    expect(parseFeed(read('atom-prefixed.xml'), FEED_URL)).toEqual({
      format: 'atom',
      title: 'Prefixed Atom',
      items: [{ url: 'https://prefixed.example/2024/03/01/carrier-fined', title: 'Telecom regulator fines carrier over breach', publishedAt: '2024-03-01T06:30:00.000Z', guid: 'urn:x-test:1' }],
    });
  });
});

describe('JSON Feed', () => {
  test('1.1: relative url against feed_url, date_modified fallback, items without url skipped, duplicates dropped', () => {
    const feed = parseFeed(read('jsonfeed-1.1.json'), 'https://dispatch.example/feed', 'application/feed+json');
    expect(feed).toEqual({
      format: 'jsonfeed',
      title: 'Dispatch Example – Security',
      items: [
        {
          url: 'https://dispatch.example/security/2024/04/09/utility-outage',
          title: 'Regional utility restores billing after intrusion',
          publishedAt: '2024-04-09T11:00:00.000Z',
          guid: 'https://dispatch.example/security/2024/04/09/utility-outage',
        },
        { url: 'https://dispatch.example/security/2024/04/11/ministry-email', title: 'Ministry says e-mail accounts were accessed', publishedAt: '2024-04-11T18:45:10.000Z', guid: 'dispatch-5521' },
      ],
    });
  });

  test('1.0: numeric ids, external_url when there is no url, bad dates give null', () => {
    const feed = parseFeed(read('jsonfeed-1.0.json'), 'https://linkblog.example/feed.json');
    expect(feed.items).toEqual([
      { url: 'https://elsewhere.example/news/2024/05/20/port-systems-attack', title: 'Port operator says systems hit', publishedAt: '2024-05-20T06:00:00.000Z', guid: '1017' },
      { url: 'https://linkblog.example/2024/05/21/notes', title: null, publishedAt: null, guid: '1018' },
    ]);
  });
});

describe('sitemaps', () => {
  test('urlset: loc and lastmod; relative loc resolved; non-http loc skipped', () => {
    const feed = parseFeed(read('sitemap.xml'), 'https://gazette.example/sitemap.xml');
    expect(feed).toEqual({
      format: 'sitemap',
      title: null,
      items: [
        { url: 'https://gazette.example/2024/08/01/airline-check-in-outage', title: null, publishedAt: '2024-08-01T00:00:00.000Z', guid: null },
        { url: 'https://gazette.example/2024/08/02/city-council-ransom?a=1&b=2', title: null, publishedAt: '2024-08-02T10:15:30.000Z', guid: null },
        { url: 'https://gazette.example/2024/08/03/relative-loc', title: null, publishedAt: null, guid: null },
      ],
    });
  });

  test('sitemap index: child sitemaps, deduplicated, and no items', () => {
    expect(parseFeed(read('sitemap-index.xml'), 'https://gazette.example/sitemap_index.xml')).toEqual({
      format: 'sitemapindex',
      title: null,
      items: [],
      sitemaps: ['https://gazette.example/sitemaps/news.xml', 'https://gazette.example/sitemaps/2024-07.xml'],
    });
  });

  test('Google News sitemap under any prefix: news:title and news:publication_date', () => {
    expect(parseFeed(read('news-sitemap.xml'), 'https://gazette.example/sitemaps/news.xml')).toEqual({
      format: 'newssitemap',
      title: null,
      items: [
        { url: 'https://gazette.example/2024/08/05/election-commission-breach', title: 'Election commission says voter register was accessed & copied', publishedAt: '2024-08-05T15:20:00.000Z', guid: null },
        { url: 'https://gazette.example/2024/08/05/library-systems', title: 'National library still offline weeks after attack', publishedAt: '2024-08-05T00:00:00.000Z', guid: null },
      ],
    });
  });
});

describe('not a feed: named errors', () => {
  const cases: [string, string, string | null, FeedParseErrorKind, RegExp][] = [
    ['empty body', '', null, 'empty', /empty body/],
    ['whitespace and a BOM only', '\ufeff \n\t ', 'application/rss+xml', 'empty', /empty body/],
    ['an HTML page', read('html-page.html'), 'text/html; charset=utf-8', 'html', /expected a feed but got an HTML page/],
    ['an HTML page served as XML', read('html-page.html'), 'application/rss+xml', 'html', /HTML page/],
    ['an XHTML page', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body/></html>', 'application/xml', 'html', /HTML page/],
    ['a feed cut off mid-item', read('truncated.xml'), 'application/rss+xml', 'truncated', /truncated or malformed XML \(the document ends inside <rss><channel><item><title>\)/],
    ['mismatched tags', '<rss><channel><title>x</title></chanel></rss>', null, 'truncated', /malformed XML \(line 1: Expected closing tag/],
    ['cut-off JSON', read('invalid.json'), 'application/feed+json', 'invalid-json', /invalid JSON/],
    ['JSON content type with a non-JSON body', 'ok', 'application/json', 'invalid-json', /invalid JSON/],
    ['JSON that is not a JSON Feed', read('not-a-feed.json'), 'application/json', 'unknown-format', /not a JSON Feed/],
    ['well-formed XML that is not a feed', read('not-a-feed.xml'), 'image/svg+xml', 'unknown-format', /root element is <svg>/],
    ['plain text', 'Service temporarily unavailable', 'text/plain', 'unknown-format', /neither XML nor JSON/],
  ];

  test.each(cases)('%s', (_name, body, type, kind, message) => {
    const err = parseError(body, type);
    expect(err.kind).toBe(kind);
    expect(err.reason).toBe('not-a-feed');
    expect(err.name).toBe('FeedParseError');
    expect(err.feedUrl).toBe(FEED_URL);
    expect(err.message).toMatch(message);
  });

  test('a real feed with zero items is a feed, not an error', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', FEED_URL)).toEqual({ format: 'rss2', title: 'Quiet', items: [] });
  });
});

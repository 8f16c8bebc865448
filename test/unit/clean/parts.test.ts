import { CleanInputError, cleanHtml, cleanText, countryForPlace, dateFromUrl, normalizeMachineDate, parseByline, parseDateline, parseVisibleDate, wireFromCreditLine } from '../../../lib/clean';
import { WirewatchError } from '../../../lib/errors';

describe('parseDateline', () => {
  it.each([
    ['TIRANA, Albania (AP) — Albania’s Interior Ministry said', { place: 'TIRANA', country: 'AL' }, 'AP'],
    ['LONDON (Reuters) - Britain said', { place: 'LONDON', country: 'GB' }, 'Reuters'],
    ['WASHINGTON/LONDON, June 16 (Reuters) - Several agencies', { place: 'WASHINGTON/LONDON', country: 'US' }, 'Reuters'],
    ['OLDSMAR, Fla. (AP) — Someone broke in', { place: 'OLDSMAR', country: 'US' }, 'AP'],
    ['Sydney (AFP) - Ports reopened', { place: 'Sydney', country: 'AU' }, 'AFP'],
    ['CANBERRA (dpa) - Australia released', { place: 'CANBERRA', country: 'AU' }, 'dpa'],
    ['KYIV —  Ukraine said on Monday', { place: 'KYIV', country: 'UA' }, null],
    // provinces and states as Canadian Press and AAP abbreviate them, for towns no table lists (CP and AAP are not in the schema's wire list)
    ['ANTIGONISH, N.S. (CP) — The town said', { place: 'ANTIGONISH', country: 'CA' }, null],
    ['MOOSE JAW, Sask. — Police said', { place: 'MOOSE JAW', country: 'CA' }, null],
    ['BUNBURY, W.A. (AAP) - The shire said', { place: 'BUNBURY', country: 'AU' }, null],
    ['LAUNCESTON, Tas. - A hospital said', { place: 'LAUNCESTON', country: 'AU' }, null],
  ])('%s', (p, dateline, wire) => {
    const d = parseDateline(p);
    expect(d?.dateline).toEqual(dateline);
    expect(d?.wire).toBe(wire);
  });

  it('reads a wire-only credit without a place', () => {
    expect(parseDateline('(Reuters) - Garmin said')).toMatchObject({ dateline: null, wire: 'Reuters' });
  });

  it('reads archive datelines: the day after the place, a dash that ends the line, a place not in the tables', () => {
    expect(parseDateline('DETROIT, March 2 -')).toMatchObject({ dateline: { place: 'DETROIT', country: 'US' }, wire: null });
    expect(parseDateline('LONDON, APRIL 1 - THE NATIONAL UNION OF RAILWAYMEN SAID')).toMatchObject({ dateline: { place: 'LONDON', country: 'GB' } });
    expect(parseDateline('SHEBOYGAN, March 5 - Lakeside Bancorp said its board declared a dividend')).toMatchObject({ dateline: { place: 'SHEBOYGAN', country: null }, wire: null });
    // the year after the day, the day first, a month and year, a colon after the date
    expect(parseDateline('DALLAS, May 4, 2023 — The city said')).toMatchObject({ dateline: { place: 'DALLAS', country: 'US' } });
    expect(parseDateline('LONDON, 5 May 2023 — A hospital trust said')).toMatchObject({ dateline: { place: 'LONDON', country: 'GB' } });
    expect(parseDateline('MUMBAI, April 2024: Police in Mumbai warned')).toMatchObject({ dateline: { place: 'MUMBAI', country: 'IN' } });
    expect(parseDateline('NOTE: the figures are provisional')).toBeNull();
    // an unknown upper-case word and a dash without the day is still no dateline
    expect(parseDateline('NOTE - the figures are provisional')).toBeNull();
  });

  it('does not take an ordinary sentence for a dateline', () => {
    expect(parseDateline('The company (which is listed in Oslo) said on Monday it was hacked.')).toBeNull();
    expect(parseDateline('FBI — the bureau said')).toBeNull();
  });

  it('maps places without a region through the city table', () => {
    expect(countryForPlace('NEW DELHI', null)).toBe('IN');
    expect(countryForPlace('BUCHAREST', null)).toBe('RO'); // a capital from the atlas
    expect(countryForPlace('NOWHERESVILLE', null)).toBeNull();
  });
});

describe('wire credits', () => {
  it.each([
    ['Via AP news wire', 'AP'],
    ['By The Associated Press', 'AP'],
    ['(Reuters) - Garmin said', 'Reuters'],
    ['the ministry said. — AFP', 'AFP'],
    ['© 2023 AFP — Text, photos and graphics are property of the agency', 'AFP'],
    ['dpa · 22 November 2023 · 3 min read', 'dpa'],
    ['Reporting by the technology desk; Editing by the night editor', 'Reuters'],
    ['Kyodo', 'Kyodo'],
  ])('%s → %s', (line, wire) => expect(wireFromCreditLine(line)).toBe(wire));

  it('ignores a wire named inside a sentence', () => {
    expect(wireFromCreditLine('A person representing the group told Reuters that the attacks would continue.')).toBeNull();
  });
});

describe('parseByline', () => {
  it('keeps names only', () => {
    expect(parseByline('By Jane Doe and John Roe, Associated Press')).toEqual(['Jane Doe', 'John Roe']);
    expect(parseByline('By DANA WHITFIELD')).toEqual(['Dana Whitfield']);
    expect(parseByline('By The Associated Press')).toEqual([]);
    expect(parseByline('Alice Marsh Technology reporter')).toEqual(['Alice Marsh']);
    expect(parseByline(['Maya Ortiz', 'CNN'])).toEqual(['Maya Ortiz']);
    expect(parseByline('Staff and wire reports | Updated Feb 11, 2020')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads visible date lines with their time zone', () => {
    expect(parseVisibleDate('Saturday 10 September 2022 09:33 EDT')).toBe('2022-09-10T13:33:00Z');
    expect(parseVisibleDate('13/11/2023 - 18:05 (GMT+11)')).toBe('2023-11-13T07:05:00Z');
    expect(parseVisibleDate('Published June 16, 2023 · 3 min read')).toBe('2023-06-16T00:00:00Z');
    expect(parseVisibleDate('Updated 12:03 PM EST, Thu February 29, 2024')).toBe('2024-02-29T17:03:00Z');
    expect(parseVisibleDate('no date here')).toBeNull();
  });

  it('normalizes machine dates to UTC', () => {
    expect(normalizeMachineDate('2020-12-13T18:35:52-05:00')).toBe('2020-12-13T23:35:52Z');
    expect(normalizeMachineDate('2021-05-08')).toBe('2021-05-08T00:00:00Z');
    expect(normalizeMachineDate('Tue, 10 Jun 2003 04:00:00 GMT')).toBe('2003-06-10T04:00:00Z');
  });

  it('reads dates written into URLs', () => {
    expect(dateFromUrl('https://example.com/news/2019/11/19/story.html')).toBe('2019-11-19T00:00:00Z');
    expect(dateFromUrl('https://www.france24.com/en/france/20220823-french-hospital')).toBe('2022-08-23T00:00:00Z');
    expect(dateFromUrl('https://example.com/story')).toBeNull();
  });
});

describe('publishedAt order of sources', () => {
  const page = (head: string, body = ''): string =>
    `<html><head>${head}</head><body><article><h1>A headline long enough to count</h1>${body}<p>${'The ministry said the attack had disrupted its systems for several days, officials confirmed. '.repeat(3)}</p></article></body></html>`;

  it('prefers JSON-LD, then meta, then <time>, then the visible date, then the URL', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2021-01-02T03:04:05Z"}</script>';
    const meta = '<meta property="article:published_time" content="2021-01-03T00:00:00Z">';
    const time = '<time datetime="2021-01-04T00:00:00Z">Jan 4</time>';
    const visible = '<div class="article-date">Published 5 January 2021</div>';
    const url = 'https://example.com/2021/01/06/story';
    expect(cleanHtml(page(ld + meta, time + visible), { url }).publishedAtSource).toBe('json-ld');
    expect(cleanHtml(page(meta, time + visible), { url })).toMatchObject({ publishedAt: '2021-01-03T00:00:00Z', publishedAtSource: 'meta' });
    expect(cleanHtml(page('', time + visible), { url })).toMatchObject({ publishedAt: '2021-01-04T00:00:00Z', publishedAtSource: 'time' });
    expect(cleanHtml(page('', visible), { url })).toMatchObject({ publishedAt: '2021-01-05T00:00:00Z', publishedAtSource: 'visible' });
    expect(cleanHtml(page(''), { url })).toMatchObject({ publishedAt: '2021-01-06T00:00:00Z', publishedAtSource: 'url' });
    expect(cleanHtml(page(''), {})).toMatchObject({ publishedAt: null, publishedAtSource: null });
  });

  it('skips a date later than fetchedAt and uses the next source', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2030-01-01T00:00:00Z"}</script>';
    const meta = '<meta property="article:published_time" content="2021-01-03T00:00:00Z">';
    expect(cleanHtml(page(ld + meta), { fetchedAt: '2024-05-05T00:00:00Z' })).toMatchObject({ publishedAt: '2021-01-03T00:00:00Z', publishedAtSource: 'meta' });
  });
});

describe('canonical URL', () => {
  it('resolves a relative canonical against the page URL and drops tracking parameters', () => {
    const html = '<html><head><link rel="canonical" href="/world/story-1?utm_source=x&amp;fbclid=y&amp;id=3"></head><body><p>Text.</p></body></html>';
    expect(cleanHtml(html, { url: 'https://news.example.org/a?b=1' }).canonicalUrl).toBe('https://news.example.org/world/story-1?id=3');
  });

  it('falls back to the page URL', () => {
    expect(cleanHtml('<p>Text</p>', { url: 'https://news.example.org/x?utm_medium=rss' }).canonicalUrl).toBe('https://news.example.org/x');
  });
});

describe('bad input', () => {
  it('throws CleanInputError for non-strings and binary bytes', () => {
    expect(() => cleanHtml(undefined as unknown as string)).toThrow(CleanInputError);
    expect(() => cleanText(42 as unknown as string)).toThrow(/must be a string/);
    expect(() => cleanHtml('\u0000\u0001PNG')).toThrow(/binary/);
    try {
      cleanText(null as unknown as string);
    } catch (e) {
      expect(e).toBeInstanceOf(WirewatchError);
      expect((e as WirewatchError).reason).toBe('extraction');
    }
  });

  it('returns an empty page for empty or script-only HTML', () => {
    const p = cleanHtml('<html><body><script>var a = 1;</script></body></html>');
    expect(p.paragraphs).toEqual([]);
    expect(p.text).toBe('');
    expect(p.headline).toBeNull();
  });
});

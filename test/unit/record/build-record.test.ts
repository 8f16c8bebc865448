import { buildRecord, EXTRACTOR_VERSION } from '../../../lib/record/build-record';
import { validateRecord, recordErrors } from '../../../lib/record/validate';
import { InvalidRecordError, EmptyStoryError, JavaScriptShellError, ConsentWallError, LoginWallError, EmptyPageError } from '../../../lib/record/errors';
import { leadSummary, splitSentences } from '../../../lib/record/sentences';
import { sha256Hex, storyId } from '../../../lib/url';
import pkg from '../../../package.json';
import { cleanedPage, extraction } from '../../helpers/records';

const base = {
  url: 'https://news.example.com/world/port-ransomware?utm_source=rss&id=7#top',
  feedUrl: 'https://news.example.com/rss.xml',
  fetchedAt: '2024-03-06T08:00:00Z',
};

describe('buildRecord', () => {
  it('derives id, canonical URL, domain, hash and summary, and the record validates', () => {
    const r = buildRecord({ ...base, cleaned: cleanedPage(), extraction: extraction() });
    expect(r.canonicalUrl).toBe('https://news.example.com/world/port-ransomware?id=7');
    expect(r.id).toBe(storyId(r.canonicalUrl));
    expect(r.source).toEqual({ publisher: 'Example News', domain: 'example.com', wire: 'Reuters', feedUrl: base.feedUrl });
    expect(r.contentHash).toBe(sha256Hex(r.text));
    expect(r.summary.startsWith('Officials in Lisbon said on Tuesday')).toBe(true);
    expect(r.publishedAt).toBe('2024-03-05T10:00:00.000Z');
    expect(r.extractor.version).toBe(EXTRACTOR_VERSION);
    expect(EXTRACTOR_VERSION.startsWith(pkg.version)).toBe(true);
    expect(() => validateRecord(r)).not.toThrow();
  });

  it('prefers the page canonical link for canonicalUrl and id', () => {
    const r = buildRecord({
      ...base,
      cleaned: cleanedPage({ canonicalUrl: '/world/port-ransomware-2024?fbclid=x' }),
      extraction: extraction(),
    });
    expect(r.canonicalUrl).toBe('https://news.example.com/world/port-ransomware-2024');
    expect(r.url).toBe(base.url);
    expect(r.id).toBe(storyId('https://news.example.com/world/port-ransomware-2024'));
  });

  it('keeps a file: URL for local files with domain "local"', () => {
    const r = buildRecord({ ...base, url: 'file:///tmp/story.txt', cleaned: cleanedPage(), extraction: extraction() });
    expect(r.canonicalUrl).toBe('file:///tmp/story.txt');
    expect(r.source.domain).toBe('local');
    expect(recordErrors(r)).toEqual([]);
  });

  it('falls back to the feed title, then the first sentence, for the headline', () => {
    const noHeadline = cleanedPage({ headline: '  ' });
    expect(buildRecord({ ...base, feedTitle: 'Feed title here', cleaned: noHeadline, extraction: extraction() }).headline).toBe('Feed title here');
    expect(buildRecord({ ...base, cleaned: noHeadline, extraction: extraction() }).headline).toBe(
      'Officials in Lisbon said on Tuesday that a ransomware attack had disrupted the port authority booking system.',
    );
  });

  it('never dates a story after it was fetched', () => {
    const slightlyAhead = buildRecord({ ...base, cleaned: cleanedPage({ publishedAt: '2024-03-06T12:00:00Z' }), extraction: extraction() });
    expect(slightlyAhead.publishedAt).toBe('2024-03-06T08:00:00.000Z');
    const farFuture = buildRecord({
      ...base,
      feedPublishedAt: '2024-03-04T09:00:00+01:00',
      cleaned: cleanedPage({ publishedAt: '2025-01-01T00:00:00Z' }),
      extraction: extraction(),
    });
    expect(farFuture.publishedAt).toBe('2024-03-04T08:00:00.000Z');
    expect(farFuture.publishedAtSource).toBe('feed');
    const none = buildRecord({ ...base, cleaned: cleanedPage({ publishedAt: 'not a date' }), extraction: extraction() });
    expect(none.publishedAt).toBeNull();
    expect(none.publishedAtSource).toBeNull();
  });

  it("keeps the publisher's own day beside the UTC instant", () => {
    const late = buildRecord({ ...base, cleaned: cleanedPage({ publishedAt: '2024-03-05T02:25:00Z', publishedDate: '2024-03-04' }), extraction: extraction() });
    expect(late).toMatchObject({ publishedAt: '2024-03-05T02:25:00.000Z', publishedDate: '2024-03-04' });
    expect(() => validateRecord(late)).not.toThrow();
    // a cleaner that states no day: the UTC day; the feed's date: its UTC day; no date: no day
    expect(buildRecord({ ...base, cleaned: cleanedPage({ publishedAt: '2024-03-05T23:30:00Z' }), extraction: extraction() }).publishedDate).toBe('2024-03-05');
    const fromFeed = buildRecord({ ...base, feedPublishedAt: '2024-03-04T09:00:00+01:00', cleaned: cleanedPage({ publishedAt: null }), extraction: extraction() });
    expect(fromFeed).toMatchObject({ publishedDate: '2024-03-04', publishedAtSource: 'feed' });
    const none = buildRecord({ ...base, cleaned: cleanedPage({ publishedAt: null, publishedDate: null }), extraction: extraction() });
    expect(none).toMatchObject({ publishedAt: null, publishedDate: null });
    expect(recordErrors({ ...late, publishedDate: '4 March 2024' }).join(' ')).toMatch(/\/publishedDate/);
  });

  it('refuses a page without text', () => {
    expect(() => buildRecord({ ...base, cleaned: cleanedPage({ paragraphs: [], text: ' \n ' }), extraction: extraction() })).toThrow(EmptyStoryError);
  });

  it('names why a page has no text: one error class per kind, reason extraction, the cleaner\'s detail in the message', () => {
    const cases = [
      ['javascript-shell', JavaScriptShellError],
      ['consent-wall', ConsentWallError],
      ['login-wall', LoginWallError],
      ['empty-page', EmptyPageError],
      ['no-prose', EmptyStoryError],
    ] as const;
    for (const [kind, cls] of cases) {
      const cleaned = cleanedPage({ paragraphs: [], text: '', noStory: { kind, detail: `detail of ${kind}` } });
      let thrown: unknown;
      try {
        buildRecord({ ...base, cleaned, extraction: extraction() });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(cls);
      expect(thrown).toMatchObject({ reason: 'extraction', kind, name: cls.name });
      expect((thrown as Error).message).toBe(`no story text found at ${base.url}: detail of ${kind}`);
    }
  });
});

describe('validateRecord', () => {
  it('lists every violation in an InvalidRecordError with reason invalid-record', () => {
    const r = buildRecord({ ...base, cleaned: cleanedPage(), extraction: extraction() }) as unknown as Record<string, unknown>;
    const bad = { ...r, id: 'XYZ', contentHash: 'short', countries: [{ code: 'Portugal', name: 'Portugal', mentions: 0 }] };
    let caught: unknown;
    try {
      validateRecord(bad);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidRecordError);
    const err = caught as InvalidRecordError;
    expect(err.reason).toBe('invalid-record');
    expect(err.errors.some((m) => m.startsWith('/id '))).toBe(true);
    expect(err.errors.some((m) => m.startsWith('/contentHash '))).toBe(true);
    expect(err.errors.some((m) => m.startsWith('/countries/0/code '))).toBe(true);
    expect(err.errors.some((m) => m.startsWith('/countries/0/mentions '))).toBe(true);
  });

  it('rejects a missing required field and a non-URI url', () => {
    const r = buildRecord({ ...base, cleaned: cleanedPage(), extraction: extraction() }) as unknown as Record<string, unknown>;
    const { headline: _h, ...noHeadline } = r;
    expect(recordErrors(noHeadline).join(' ')).toMatch(/headline/);
    expect(recordErrors({ ...r, url: 'not a url' }).join(' ')).toMatch(/\/url/);
    expect(recordErrors({ ...r, publishedAt: '2024-03-05' }).join(' ')).toMatch(/\/publishedAt/);
  });
});

describe('sentences', () => {
  it('does not split on abbreviations or initials', () => {
    expect(splitSentences('The U.S. Treasury named Mr. Smith on Jan. 5 in Washington. He denied it. Officials declined to comment.')).toEqual([
      'The U.S. Treasury named Mr. Smith on Jan. 5 in Washington.',
      'He denied it.',
      'Officials declined to comment.',
    ]);
  });

  it('keeps the lead to one long sentence or two short ones', () => {
    expect(leadSummary('Short one. Short two. Short three.')).toBe('Short one. Short two.');
    const long = `${'A very long opening sentence '.repeat(8).trim()}. Second.`;
    expect(leadSummary(long)).toBe(`${'A very long opening sentence '.repeat(8).trim()}.`);
  });
});

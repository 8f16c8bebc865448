// The publication day of hand-written pages after real layouts: German and Romance-language date
// lines, a meta date that is a later crawl or modified time, sidebar, comment and "today" dates placed
// before the article's own, a date only in the canonical URL, and late-evening stories whose
// publisher's day differs from the UTC day.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanHtml, cleanText } from '../../../lib/clean';

const DIR = path.join(__dirname, '..', '..', 'fixtures', 'pages', 'dates');
const FETCHED_AT = '2025-01-01T00:00:00Z';
const clean = (file: string) => cleanHtml(fs.readFileSync(path.join(DIR, file), 'utf8'), { url: `file:///fixtures/${file}`, fetchedAt: FETCHED_AT });

describe('publication date of a page', () => {
  it.each([
    // file, publishedDate, publishedAt, source
    ['de-verein.html', '2014-07-19', '2014-07-19T00:00:00Z', 'visible'], // "Samstag, 19. Juli 2014" in class newsdatum; sidebar dates below
    ['de-stand.html', '2020-04-28', '2020-04-28T18:00:00Z', 'visible'], // "Stand:" label in its own element; meta date is the next day's crawl
    ['de-kurz.html', '2022-01-28', '2022-01-28T00:00:00Z', 'visible'], // bare <small>28.01.22</small>
    ['fr-publie.html', '2019-06-13', '2019-06-13T10:05:00Z', 'visible'], // "Publié le jeudi 13 juin 2019 à 10h05"; "date du jour" banner and a comment
    ['es-publicado.html', '2021-03-03', '2021-03-03T00:00:00Z', 'visible'], // JSON-LD dates belong to a list of other articles
    ['blog-sidebar-first.html', '2022-06-12', '2022-06-12T00:00:00Z', 'time'], // sidebar, "today" bar and comment dates around it
    ['canonical-only.html', '2019-05-14', '2019-05-14T00:00:00Z', 'url'], // only the canonical URL carries the date
    ['late-evening-offset.html', '2022-03-03', '2022-03-04T02:25:00Z', 'meta'], // 21:25 at -05:00
    ['late-evening-utc.html', '2023-08-15', '2023-08-16T03:40:00Z', 'json-ld'], // UTC markup; the page's wall clock says 21:40 the day before
  ])('%s', (file, publishedDate, publishedAt, source) => {
    expect(clean(file)).toMatchObject({ publishedDate, publishedAt, publishedAtSource: source });
  });

  it('prefers the markup when the visible date line agrees with it', () => {
    const html = `<html><head><meta property="article:published_time" content="2021-06-02T08:00:00+02:00"></head>
      <body><article><h1>Council approves the new budget for the harbour</h1><p class="date">2. Juni 2021</p>
      <p>${'The council approved the budget after a long debate about the harbour and its future. '.repeat(3)}</p></article></body></html>`;
    expect(cleanHtml(html, { fetchedAt: FETCHED_AT })).toMatchObject({ publishedAt: '2021-06-02T06:00:00Z', publishedDate: '2021-06-02', publishedAtSource: 'meta' });
  });

  it('takes the published date, not the modified one, and the modified one when it is all there is', () => {
    const body = `<article><h1>Water utility reports a breach of its billing system</h1><p>${'The utility said the breach was contained within hours of its discovery. '.repeat(3)}</p></article>`;
    const both = `<html><head><meta property="article:modified_time" content="2022-05-09T10:00:00Z"><meta property="article:published_time" content="2022-05-01T10:00:00Z"></head><body>${body}</body></html>`;
    expect(cleanHtml(both).publishedDate).toBe('2022-05-01');
    const onlyModified = `<html><head><meta property="og:updated_time" content="2022-05-09T10:00:00Z"></head><body>${body}</body></html>`;
    expect(cleanHtml(onlyModified).publishedDate).toBe('2022-05-09');
  });

  it('reads the date a long paragraph opens with, and no date from the middle of one', () => {
    const prose = 'The association laid a memorial stone for the engineer in front of her former home in the old town. ';
    const led = `<html><body><h1>Memorial stone for a forgotten engineer</h1><div><p>By Jana Roth</p><p>27.1.2022 - ${prose.repeat(4)}</p></div></body></html>`;
    expect(cleanHtml(led, { fetchedAt: FETCHED_AT })).toMatchObject({ publishedDate: '2022-01-27', publishedAtSource: 'visible' });
    const mid = `<html><body><h1>Memorial stone for a forgotten engineer</h1><p>${prose.repeat(2)}On 27.1.2022 she was remembered. ${prose.repeat(2)}</p></body></html>`;
    expect(cleanHtml(mid, { fetchedAt: FETCHED_AT }).publishedDate).toBeNull();
  });

  it("falls back to the date in an app's state object when nothing else dates the page", () => {
    const state = JSON.stringify({ page: { review: { title: 'Slow delivery', publishedDate: '2016-11-04T20:37:27Z', updatedDate: '2016-11-05T08:00:00Z' } } });
    const html = `<html><body><h1>Slow delivery and no answer from support</h1><p>${'The parcel arrived three weeks late and the support line never answered my emails. '.repeat(3)}</p>
      <script type="application/json">${state}</script><script>window.__cfg = "{\\"published_at\\":\\"2015-01-01\\"}";</script></body></html>`;
    expect(cleanHtml(html, { fetchedAt: FETCHED_AT })).toMatchObject({ publishedDate: '2016-11-04', publishedAtSource: 'meta' });
    // a page that dates itself anywhere else keeps that date
    const dated = html.replace('<h1>', '<p class="date">12.03.2017</p><h1>');
    expect(cleanHtml(dated, { fetchedAt: FETCHED_AT }).publishedDate).toBe('2017-03-12');
  });

  it("reads the article's own aside or footer at its headline, not an aside of other stories further down", () => {
    const prose = (topic: string) => `<p>${`The tenants' association said the ${topic} would hit families on low incomes hardest this winter. `.repeat(3)}</p>`;
    const html = `<html><body><header><nav><a href="/">Home</a></nav></header><main><article>
      <header><h1>Rent rise for public housing put on hold</h1><aside class="c-meta"><time itemprop="datePublished" datetime="2022-02-04T15:29:27+01:00">4. Februar 2022</time></aside></header>
      ${prose('rise')}<p>Am 7.2.2022 berät der Ausschuss erneut.</p>${prose('increase')}${prose('decision')}
      <aside><h2>More on housing</h2><ul><li><time datetime="2022-01-28T10:00:00+01:00">28. Jänner 2022</time> <a href="/a">Older story</a></li></ul></aside>
      </article></main><footer>Footer text 2024</footer></body></html>`;
    expect(cleanHtml(html, { fetchedAt: FETCHED_AT })).toMatchObject({ publishedDate: '2022-02-04' });
    const related = html.replace(/<aside class="c-meta">.*?<\/aside>/, '');
    // with the meta line gone, the dated link in the aside of other stories is still not the story's date
    expect(cleanHtml(related, { fetchedAt: FETCHED_AT }).publishedDate).not.toBe('2022-01-28');
  });

  it('lets the visible date line decide when JSON-LD and the meta tags disagree on the day', () => {
    const page = (visible: string) => `<html><head><meta property="article:published_time" content="2022-01-06T08:29:34+01:00">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ten tips for a winter in a camper van","datePublished":"2022-01-04T07:29:00.000Z"}</script></head>
      <body><article><h1>Ten tips for a winter in a camper van</h1><div class="info-item">${visible}</div>
      <p>${'Insulate the floor first, then the windows, and carry a second gas bottle for the heater. '.repeat(3)}</p></article></body></html>`;
    expect(cleanHtml(page('06.01.2022'), { fetchedAt: FETCHED_AT })).toMatchObject({ publishedDate: '2022-01-06', publishedAtSource: 'meta' });
    expect(cleanHtml(page('04.01.2022'), { fetchedAt: FETCHED_AT })).toMatchObject({ publishedDate: '2022-01-04', publishedAtSource: 'json-ld' });
  });

  it('has no date, and no day, when the page states none', () => {
    const html = `<html><body><h1>A headline with no date anywhere near it</h1><p>${'Plain text without any dates in it at all. '.repeat(4)}</p></body></html>`;
    expect(cleanHtml(html)).toMatchObject({ publishedAt: null, publishedDate: null, publishedAtSource: null });
  });
});

describe('publication date of a copied text', () => {
  it('reads the stamp of 1980s wire archive copy', () => {
    const text = [
      ' 3-MAR-1987 09:12:44.10',
      'HARBOUR FREIGHT LINE SAYS FIRST QUARTER NET ROSE',
      'BALTIMORE, March 3 - Harbour Freight Line Inc said its first quarter net income rose to 4.2 mln dlrs, or 38 cts a share, from 2.9 mln dlrs a year earlier, on higher container volumes.',
      'The company said revenues rose 11 pct to 212 mln dlrs.',
      ' Reuter',
    ].join('\n\n');
    expect(cleanText(text, { fetchedAt: FETCHED_AT })).toMatchObject({ publishedDate: '1987-03-03', publishedAt: '1987-03-03T09:12:44Z' });
  });

  it("keeps the publisher's day of a late-evening date line", () => {
    const text = [
      'Hospital network restores systems after overnight cyberattack',
      'By Dana Whitfield',
      'Published 9:25 PM EST, Thu March 3, 2022',
      'CHICAGO (AP) — A hospital network in the Midwest said late Thursday that it had begun restoring its computer systems after a cyberattack forced staff to switch to paper records at several clinics.',
      'The network said patient care had continued throughout and that it was working with federal investigators to find out how the attackers got in.',
    ].join('\n\n');
    expect(cleanText(text, { fetchedAt: FETCHED_AT })).toMatchObject({ publishedAt: '2022-03-04T02:25:00Z', publishedDate: '2022-03-03', publishedAtSource: 'visible' });
  });
});

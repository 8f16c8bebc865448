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

  it('has no date, and no day, when the page states none', () => {
    const html = `<html><body><h1>A headline with no date anywhere near it</h1><p>${'Plain text without any dates in it at all. '.repeat(4)}</p></body></html>`;
    expect(cleanHtml(html)).toMatchObject({ publishedAt: null, publishedDate: null, publishedAtSource: null });
  });
});

describe('publication date of a copied text', () => {
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

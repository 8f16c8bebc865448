import type { CheerioAPI } from 'cheerio/slim';
import type { PublishedAtSource } from '../types';
import { dateFromUrl, normalizeMachineDate, parseVisibleDate } from './dates';
import { collapse } from './dom';
import { type Json, type JsonObject, authorNames, flattenJsonLd, parseJsonLd, pickArticle, publisherName, str, urlOf } from './json-ld';

export interface HtmlMeta {
  headlineCandidates: { jsonLd: string | null; og: string | null; twitter: string | null; title: string | null; h1: string[] };
  bylineRaw: string[];
  authorOrgs: string[];
  publishedCandidates: Array<{ value: string; source: PublishedAtSource }>;
  canonical: string | null;
  publisher: string | null;
  language: string | null;
  articleBody: string | null;
  creditLines: string[];
}

function meta($: CheerioAPI, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr('content');
    if (v && v.trim()) return collapse(v);
  }
  return null;
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article.published', 'published_time', 'datePublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'DC.date', 'DC.date.issued',
  'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article_date_original', 'OriginalPublicationDate',
  'cXenseParse:recs:publishtime', 'og:pubdate', 'displaydate', 'dc.date.issued', 'article:published', 'Date',
];

/** Reads every metadata source of a page once; choosing between them is the caller's job. */
export function readHtmlMeta($: CheerioAPI): HtmlMeta {
  const docs: Json[] = [];
  $('script[type="application/ld+json"]').each((_i, el) => {
    const j = parseJsonLd($(el).text());
    if (j !== null) docs.push(j);
  });
  const objects = flattenJsonLd(docs);
  const article: JsonObject | null = pickArticle(objects);

  const h1: string[] = [];
  $('h1').each((_i, el) => {
    const t = collapse($(el).text());
    if (t) h1.push(t);
  });

  const published: HtmlMeta['publishedCandidates'] = [];
  const ldDate = article ? str(article.datePublished) ?? str(article.dateCreated) : null;
  if (ldDate) published.push({ value: ldDate, source: 'json-ld' });
  for (const o of objects) {
    if (o === article) continue;
    const d = str(o.datePublished);
    if (d) published.push({ value: d, source: 'json-ld' });
  }
  const metaDate = meta($, ...DATE_META);
  if (metaDate) published.push({ value: metaDate, source: 'meta' });
  const itemDate = $('[itemprop="datePublished"]').first();
  const itemVal = itemDate.attr('content') ?? itemDate.attr('datetime');
  if (itemVal) published.push({ value: itemVal, source: 'meta' });
  // <time>: the one marked as publication time first, else the first with a datetime in the article.
  const times = $('time[datetime]');
  let timeVal: string | undefined;
  times.each((_i, el) => {
    const t = $(el);
    const mark = `${t.attr('class') ?? ''} ${t.attr('itemprop') ?? ''} ${t.attr('pubdate') !== undefined ? 'pubdate' : ''} ${t.parent().attr('class') ?? ''}`;
    if (/publish|pubdate|posted|created|date-?time|timestamp/i.test(mark) && !/modif|updat/i.test(mark)) {
      timeVal = t.attr('datetime');
      return false;
    }
    return undefined;
  });
  if (!timeVal) timeVal = $('article time[datetime], main time[datetime]').first().attr('datetime') ?? times.first().attr('datetime');
  if (timeVal) published.push({ value: timeVal, source: 'time' });
  // Visible date line: an element whose class says date/time and whose text holds a date.
  $('[class*="date"], [class*="time"], [class*="publish"], [class*="posted"], [class*="byline"], [class*="meta"]').each((_i, el) => {
    const t = collapse($(el).text());
    if (t.length > 4 && t.length < 160) {
      const d = parseVisibleDate(t);
      if (d) {
        published.push({ value: t, source: 'visible' });
        return false;
      }
    }
    return undefined;
  });

  const bylineRaw: string[] = [];
  const authorOrgs: string[] = [];
  if (article) {
    const a = authorNames(article.author ?? article.creator);
    bylineRaw.push(...a.people);
    authorOrgs.push(...a.orgs);
  }
  const creditLines: string[] = [];
  if (!bylineRaw.length) {
    const m = meta($, 'author', 'byl', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'DC.creator', 'citation_author');
    if (m && !/^https?:/.test(m)) bylineRaw.push(m);
  }
  const bylineEls = $('[rel="author"], [itemprop="author"], [class*="byline"], [class*="Byline"], [class*="author-name"], [class*="authorName"], [class*="article-author"], [class*="credit"], [class*="source"], [data-testid*="byline"]');
  bylineEls.each((i, el) => {
    if (i > 30) return false;
    const node = $(el);
    const nameEl = node.find('[itemprop="name"]').first();
    const t = collapse(nameEl.length ? nameEl.text() || nameEl.attr('content') || '' : node.text());
    if (t && t.length < 200) creditLines.push(t);
    return undefined;
  });
  if (!bylineRaw.length) bylineRaw.push(...creditLines.filter((t) => t.length < 120));

  const canonicalHref = $('link[rel="canonical"]').first().attr('href') ?? meta($, 'og:url') ?? urlOf(article);

  let language = $('html').attr('lang') ?? meta($, 'og:locale', 'language', 'content-language') ?? $('meta[http-equiv="content-language" i]').attr('content') ?? null;
  if (language) language = language.trim().split(/[-_]/)[0].toLowerCase() || null;

  const body = article ? str(article.articleBody) : null;

  return {
    headlineCandidates: {
      jsonLd: article ? str(article.headline) ?? str(article.name) : null,
      og: meta($, 'og:title'),
      twitter: meta($, 'twitter:title'),
      title: collapse($('title').first().text()) || null,
      h1,
    },
    bylineRaw,
    authorOrgs,
    publishedCandidates: published,
    canonical: canonicalHref ?? null,
    publisher: publisherName(article, objects) ?? meta($, 'og:site_name', 'application-name', 'publisher', 'twitter:site')?.replace(/^@/, '') ?? null,
    language,
    articleBody: body,
    creditLines,
  };
}

/** Normalizes a date candidate by its kind: machine formats for markup, free text for visible lines. */
export function dateCandidateValue(c: { value: string; source: PublishedAtSource }): string | null {
  return c.source === 'visible' || c.source === 'dateline' ? parseVisibleDate(c.value) : normalizeMachineDate(c.value);
}

export { dateFromUrl };

// Site name suffixes and prefixes in titles: "Headline | Site", "Headline - Site News", "Site: Headline".
const TITLE_SEPARATORS = /\s+(?:\||-|–|—|::|·|•|»)\s+/;

/** A headline with a site-name suffix removed. */
export function stripSiteName(title: string, publisher: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const pub = publisher?.toLowerCase().replace(/^the\s+/, '');
  // Drop the parts that name the site, or trailing short parts when the first part is a full headline.
  let kept = parts.filter((p) => !pub || !p.toLowerCase().includes(pub));
  if (!kept.length) kept = parts;
  if (kept.length > 1) {
    const longest = kept.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
    if (longest.split(' ').length >= 4) {
      const idx = kept.indexOf(longest);
      // Keep a multi-part headline when the other parts are long too ("A - B said").
      const others = kept.filter((_p, i) => i !== idx);
      if (others.every((o) => o.split(' ').length <= 4)) return longest;
    }
  }
  return kept.join(' - ');
}

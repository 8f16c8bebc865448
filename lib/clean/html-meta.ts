import type { AnyNode, Element } from 'domhandler';
import type { PublishedAtSource } from '../types';
import { dateFromUrl, normalizeMachineDate, parseVisibleDate } from './dates';
import { collapse, isCollapsible, textOf } from './dom';
import { type Json, type JsonObject, authorNames, flattenJsonLd, parseJsonLd, pickArticle, publisherName, str, urlOf } from './json-ld';

export interface HtmlMeta {
  headlineCandidates: { jsonLd: string | null; og: string | null; twitter: string | null; title: string | null; h1: string[] };
  /** Structured authors (JSON-LD people). */
  bylineRaw: string[];
  /** Visible byline texts in page order, then the meta author. */
  bylineFallbacks: string[];
  authorOrgs: string[];
  publishedCandidates: Array<{ value: string; source: PublishedAtSource }>;
  canonical: string | null;
  publisher: string | null;
  language: string | null;
  articleBody: string | null;
  creditLines: string[];
}

interface Scan {
  metas: Map<string, string>;
  ldJson: string[];
  canonical: string | null;
  title: string | null;
  h1: string[];
  times: Array<{ datetime: string; mark: string; inArticle: boolean }>;
  itemDate: string | null;
  bylineTexts: string[];
  dateTexts: string[];
  lang: string | null;
}

const BYLINE_CLASS = /byline|author|credit|source|writer|contributor/i;
const DATE_CLASS = /date|time|publish|posted|byline|meta/i;
const BYLINE_TESTID = /byline|author/i;

// Class strings repeat across a page's elements: both class tests are answered once per string.
const CLASS_FLAGS = new Map<string, number>();
const BYLINE_FLAG = 1;
const DATE_FLAG = 2;

function classFlags(cls: string): number {
  let f = CLASS_FLAGS.get(cls);
  if (f === undefined) {
    f = (BYLINE_CLASS.test(cls) ? BYLINE_FLAG : 0) | (DATE_CLASS.test(cls) ? DATE_FLAG : 0);
    if (CLASS_FLAGS.size >= 20000) CLASS_FLAGS.clear();
    CLASS_FLAGS.set(cls, f);
  }
  return f;
}

function isBylineTestId(v: string | undefined): boolean {
  return v !== undefined && BYLINE_TESTID.test(v);
}

const TOO_LONG = '\u0000';

/**
 * Text with a space at every element boundary, for short metadata elements whose parts sit in
 * separate <div>s ("By Alice Marsh" + "Technology reporter"); null when n holds `limit` or more
 * non-space characters (its collapsed text is then at least that long), so containers with those
 * words in their class ("article-meta", "author-wrapper") are rejected without building their text.
 */
function shortSpacedText(n: AnyNode, limit: number): string | null {
  const budget = { left: limit };
  const s = boundedSpaced(n, budget);
  return s === TOO_LONG ? null : s;
}

function boundedSpaced(n: AnyNode, budget: { left: number }): string {
  if (n.type === 'text') {
    const d = n.data;
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (!isCollapsible(c) && --budget.left <= 0) return TOO_LONG;
    }
    return d;
  }
  if (n.type !== 'tag') return '';
  let s = ' ';
  const kids = n.children;
  for (let i = 0; i < kids.length; i++) {
    const t = boundedSpaced(kids[i], budget);
    if (t === TOO_LONG) return TOO_LONG;
    s += t;
  }
  return `${s} `;
}

/** One pass over the document gathering every metadata source (css-select queries cost 10x more). */
function scan(root: AnyNode): Scan {
  const sc: Scan = { metas: new Map(), ldJson: [], canonical: null, title: null, h1: [], times: [], itemDate: null, bylineTexts: [], dateTexts: [], lang: null };
  const visit = (n: AnyNode, inArticle: boolean, inByline: boolean): void => {
    if (n.type === 'root') {
      const kids = n.children;
      for (let i = 0; i < kids.length; i++) visit(kids[i], inArticle, inByline);
      return;
    }
    if (n.type === 'script') {
      if ((n.attribs.type ?? '').toLowerCase().includes('ld+json')) sc.ldJson.push(fullTextRaw(n));
      return;
    }
    if (n.type !== 'tag') return;
    const a = n.attribs;
    const name = n.name;
    switch (name) {
      case 'html':
        if (a.lang) sc.lang = a.lang;
        break;
      case 'meta': {
        const content = a.content;
        if (content !== undefined) {
          for (const k of [a.property, a.name, a.itemprop, a['http-equiv']]) {
            if (k) {
              const key = k.toLowerCase();
              if (!sc.metas.has(key) && content.trim()) sc.metas.set(key, collapse(content));
            }
          }
          if (a.itemprop === 'datePublished' && !sc.itemDate) sc.itemDate = content;
        }
        return;
      }
      case 'link':
        if (!sc.canonical && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) sc.canonical = a.href;
        return;
      case 'title':
        if (sc.title === null) sc.title = collapse(textOf(n)) || null;
        return;
      case 'h1': {
        const t = collapse(textOf(n));
        if (t) sc.h1.push(t);
        break;
      }
      case 'time':
        if (a.datetime) sc.times.push({ datetime: a.datetime, mark: `${a.class ?? ''} ${a.itemprop ?? ''} ${a.pubdate !== undefined ? 'pubdate' : ''} ${parentClass(n)}`, inArticle });
        break;
      case 'style':
      case 'noscript':
      case 'svg':
      case 'template':
        return;
      default:
        break;
    }
    if (a.itemprop === 'datePublished' && !sc.itemDate) sc.itemDate = a.datetime ?? a.content ?? null;
    const cls = a.class;
    const flags = cls ? classFlags(cls) : 0;
    if (!inByline && (a.rel === 'author' || a.itemprop === 'author' || (flags & BYLINE_FLAG) !== 0 || isBylineTestId(a['data-testid']) || isBylineTestId(a['data-component']))) {
      if (sc.bylineTexts.length < 30) {
        const raw = shortSpacedText(n, 200);
        const t = raw === null ? '' : collapse(raw);
        if (t && t.length < 200) sc.bylineTexts.push(t);
      }
      inByline = true;
    }
    if ((flags & DATE_FLAG) !== 0 && sc.dateTexts.length < 40) {
      const raw = shortSpacedText(n, 160);
      const t = raw === null ? '' : collapse(raw);
      if (t.length > 4 && t.length < 160) sc.dateTexts.push(t);
    }
    const art = inArticle || name === 'article' || name === 'main';
    // indexed loops: a for-of allocates an iterator and a result per child until the code is optimized
    const kids = n.children;
    for (let i = 0; i < kids.length; i++) visit(kids[i], art, inByline);
  };
  visit(root, false, false);
  return sc;
}

function fullTextRaw(n: Element): string {
  let s = '';
  const kids = n.children;
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i];
    if (c.type === 'text') s += c.data;
  }
  return s;
}

function parentClass(n: Element): string {
  const p = n.parent;
  return p && p.type === 'tag' ? (p as Element).attribs.class ?? '' : '';
}

function metaOf(sc: Scan, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = sc.metas.get(k.toLowerCase());
    if (v) return v;
  }
  return null;
}

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'article.published', 'published_time', 'datePublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'DC.date.issued',
  'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article_date_original', 'OriginalPublicationDate',
  'cXenseParse:recs:publishtime', 'og:pubdate', 'displaydate', 'article:published',
];

/** Reads every metadata source of a page once; choosing between them is the caller's job. */
export function readHtmlMeta(root: AnyNode): HtmlMeta {
  const sc = scan(root);
  const docs: Json[] = [];
  for (const raw of sc.ldJson) {
    const j = parseJsonLd(raw);
    if (j !== null) docs.push(j);
  }
  const objects = flattenJsonLd(docs);
  const article: JsonObject | null = pickArticle(objects);

  const published: HtmlMeta['publishedCandidates'] = [];
  const ldDate = article ? str(article.datePublished) ?? str(article.dateCreated) : null;
  if (ldDate) published.push({ value: ldDate, source: 'json-ld' });
  for (const o of objects) {
    if (o === article) continue;
    const d = str(o.datePublished);
    if (d) published.push({ value: d, source: 'json-ld' });
  }
  const metaDate = metaOf(sc, ...DATE_META);
  if (metaDate) published.push({ value: metaDate, source: 'meta' });
  if (sc.itemDate) published.push({ value: sc.itemDate, source: 'meta' });
  // <time>: the one marked as publication time first, else the first in the article, else the first.
  const marked = sc.times.find((t) => /publish|pubdate|posted|created|date-?time|timestamp/i.test(t.mark) && !/modif|updat/i.test(t.mark));
  const timeVal = marked?.datetime ?? sc.times.find((t) => t.inArticle)?.datetime ?? sc.times[0]?.datetime;
  if (timeVal) published.push({ value: timeVal, source: 'time' });
  // Visible date line: an element whose class says date/time and whose text holds a date.
  for (const t of sc.dateTexts) {
    if (parseVisibleDate(t)) {
      published.push({ value: t, source: 'visible' });
      break;
    }
  }

  const bylineRaw: string[] = [];
  const authorOrgs: string[] = [];
  if (article) {
    const a = authorNames(article.author ?? article.creator);
    bylineRaw.push(...a.people);
    authorOrgs.push(...a.orgs);
  }
  const creditLines = sc.bylineTexts;
  const metaAuthor = metaOf(sc, 'author', 'byl', 'article:author', 'sailthru.author', 'parsely-author', 'dc.creator', 'citation_author');
  const bylineFallbacks = [...creditLines.filter((t) => t.length < 120)];
  if (metaAuthor && !/^https?:/.test(metaAuthor)) bylineFallbacks.push(metaAuthor);

  const canonicalHref = sc.canonical ?? metaOf(sc, 'og:url') ?? urlOf(article);
  let language = sc.lang ?? metaOf(sc, 'og:locale', 'language', 'content-language');
  if (language) language = language.trim().split(/[-_]/)[0].toLowerCase() || null;

  return {
    headlineCandidates: {
      jsonLd: article ? str(article.headline) ?? str(article.name) : null,
      og: metaOf(sc, 'og:title'),
      twitter: metaOf(sc, 'twitter:title'),
      title: sc.title,
      h1: sc.h1,
    },
    bylineRaw,
    bylineFallbacks,
    authorOrgs,
    publishedCandidates: published,
    canonical: canonicalHref ?? null,
    publisher: publisherName(article, objects) ?? metaOf(sc, 'og:site_name', 'application-name', 'publisher', 'twitter:site')?.replace(/^@/, '') ?? null,
    language,
    articleBody: article ? str(article.articleBody) : null,
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

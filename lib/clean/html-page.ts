import { parseDocument as parseHtml } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import { canonicalizeUrl } from '../url';
import type { CleanedPage } from '../types';
import { parseByline } from './byline';
import { collapse } from './dom';
import { urlDateParts } from './dates';
import { readHtmlMeta, stripSiteName } from './html-meta';
import { choosePageDate } from './page-date';
import { extractBody, normalizeForCompare } from './html-body';
import { isSignoff, resolveCredit } from './resolve';
import { chooseArticleBody } from './json-ld-body';
import { diagnoseNoStory } from './no-story';

export interface CleanHtmlOptions {
  url?: string | null;
  fetchedAt?: string | null;
}

function pickHeadline(m: ReturnType<typeof readHtmlMeta>): string | null {
  const c = m.headlineCandidates;
  const others = [c.jsonLd, c.og, c.twitter, c.title].filter((x): x is string => !!x).map((x) => stripSiteName(x, m.publisher));
  // An <h1> that agrees with the markup's title is the visible headline; a lone logo <h1> is not.
  for (const h of c.h1) {
    const nh = normalizeForCompare(h);
    if (nh.split(' ').length < 3) continue;
    if (others.some((o) => {
      const no = normalizeForCompare(o);
      return no === nh || no.startsWith(nh) || nh.startsWith(no) || overlap(no, nh) > 0.6;
    })) return h;
  }
  if (others.length) return others[0];
  return c.h1[0] ?? null;
}

function overlap(a: string, b: string): number {
  const A = new Set(a.split(' '));
  const B = b.split(' ');
  if (!B.length) return 0;
  let n = 0;
  for (const w of B) if (A.has(w)) n++;
  return n / Math.max(A.size, B.length);
}

/**
 * The document tree of a page: htmlparser2 + domhandler, the parser cheerio/slim's load() calls,
 * walked directly afterwards. Called without cheerio's wrapper, which builds a Cheerio class per
 * load: old-space garbage that made mark-compacts a third of a parse loop (same tree either way).
 */
export function parseDocument(html: string): Document {
  return parseHtml(html);
}

export function findBody(root: AnyNode): Element | null {
  // <body> is a child of <html> (or of the root when the page has no <html>).
  const kids = root.type === 'root' ? root.children : [];
  for (const k of kids) {
    if (k.type !== 'tag') continue;
    if (k.name === 'body') return k;
    if (k.name === 'html') for (const c of k.children) if (c.type === 'tag' && c.name === 'body') return c;
  }
  return null;
}

/** Article text and metadata of an HTML page. */
export function cleanHtmlPage(html: string, opts: CleanHtmlOptions = {}): CleanedPage {
  const root = parseDocument(html);
  const m = readHtmlMeta(root);
  const headline = pickHeadline(m);
  const bodyEl = findBody(root);
  const { paragraphs: domParagraphs } = extractBody(root, bodyEl, { headline });
  let paragraphs = chooseArticleBody(domParagraphs, m.articleBody);
  paragraphs = paragraphs.filter((p) => !isSignoff(p));
  // No story: say why (a script shell, a wall, an empty page) for the failure record.
  const noStory = paragraphs.length ? undefined : diagnoseNoStory(root);

  const credit = resolveCredit(paragraphs, [...m.creditLines, ...m.bylineRaw, ...m.bylineFallbacks], m.authorOrgs);
  // A date in the URL: the canonical URL or og:url first (a file or a redirect may hide it), then the fetched one.
  const evidence = m.dateEvidence.slice();
  for (const u of [...m.pageUrls, opts.url]) {
    let abs: string | null = null;
    try {
      abs = u ? new URL(u, opts.url ?? undefined).toString() : null;
    } catch {
      abs = null;
    }
    const parts = urlDateParts(abs);
    if (parts) {
      evidence.push({ parts, kind: 'url', role: 'published', order: -1, inArticle: false });
      break;
    }
  }
  const { publishedAt, publishedDate, source } = choosePageDate(evidence, m.headlineOrder, opts.fetchedAt);

  const base = opts.url ?? undefined;
  let canonicalUrl: string | null = null;
  if (m.canonical) canonicalUrl = canonicalizeUrl(m.canonical, base);
  if (!canonicalUrl && opts.url) canonicalUrl = canonicalizeUrl(opts.url);

  // Names from structured authors; else the first visible byline that yields names; else the meta author.
  const exclude = [m.publisher, ...m.authorOrgs].filter((x): x is string => !!x);
  let byline = parseByline(m.bylineRaw, exclude);
  for (const t of m.bylineFallbacks) {
    if (byline.length) break;
    byline = parseByline(t, exclude);
  }
  return {
    headline: headline ? collapse(headline) : null,
    byline,
    publishedAt,
    publishedDate,
    publishedAtSource: source,
    canonicalUrl,
    publisher: m.publisher,
    wire: credit.wire,
    dateline: credit.dateline,
    language: m.language,
    paragraphs,
    text: paragraphs.join('\n\n'),
    ...(noStory ? { noStory } : {}),
  };
}

import type { AnyNode, Element } from 'domhandler';
import { type DateParts, machineDateParts, urlDateParts, visibleDateParts } from './dates';
import { collapse, isCollapsible, textOf } from './dom';
import { type DateEvidence, type DateRole, type EvidenceKind } from './page-date';
import { type Json, type JsonObject, authorNames, flattenJsonLd, parseJsonLd, pickArticle, publisherName, str, typesOf, urlOf } from './json-ld';

export interface HtmlMeta {
  headlineCandidates: { jsonLd: string | null; og: string | null; twitter: string | null; title: string | null; h1: string[] };
  /** Structured authors (JSON-LD people). */
  bylineRaw: string[];
  /** Visible byline texts in page order, then the meta author. */
  bylineFallbacks: string[];
  authorOrgs: string[];
  /** Every date the page states, with where it was found (page-date.ts chooses). */
  dateEvidence: DateEvidence[];
  /** Document position of the headline <h1>; -1 when there is none. */
  headlineOrder: number;
  /** rel=canonical, og:url and the JSON-LD url: where a date written into the URL is looked for. */
  pageUrls: string[];
  canonical: string | null;
  publisher: string | null;
  language: string | null;
  articleBody: string | null;
  creditLines: string[];
}

interface Scan {
  metas: Map<string, string>;
  ldJson: string[];
  /** Other scripts (app state, config), read for a date only when the page states none elsewhere. */
  scripts: Element[];
  canonical: string | null;
  title: string | null;
  h1: string[];
  bylineTexts: string[];
  dates: RawDate[];
  /** Elements read because their class or id says date (bounded: archive pages list hundreds). */
  classDates: number;
  /** A meta tag names the publication date. */
  headDated: boolean;
  /** Element count so far: the document position of what is visited. */
  order: number;
  /** Document position of each <h1>, and the page-level <header> it sits in (its order, -1 for none). */
  h1Orders: number[];
  h1Headers: number[];
  /** Comment, sidebar, related-list, navigation zones: [start, end] in document order, nested by parent. */
  zones: Array<{ start: number; end: number; parent: number; byTag: boolean }>;
  lang: string | null;
}

/** A date-bearing value as found, parsed later. */
interface RawDate {
  value: string;
  kind: 'time' | 'class' | 'itemprop' | 'text';
  /** Markup value (datetime, content, title) rather than visible text. */
  machine: boolean;
  role: DateRole;
  order: number;
  inArticle: boolean;
  /** Order of the enclosing page-level <header>, -1 when none. */
  header: number;
  /** Innermost comment/sidebar/related zone around it (index into zones), -1 when none. */
  zone: number;
  /** The node itself: a label such as "Stand:" often sits in the element just before it. */
  node: AnyNode;
  /** Only the opening of a longer text: it counts only when the text starts with the date. */
  lead: boolean;
}

// Zones whose dates are not the story's: comments, sidebars, related and recommended lists,
// navigation, footers, "today" widgets. Matched against class and id tokens (dom.ts classTokens).
const DISCARD_TOKENS = new Set([
  'comment', 'comments', 'commentlist', 'kommentar', 'kommentare', 'respond', 'reply', 'replies', 'disqus',
  'sidebar', 'aside', 'related', 'widget', 'widgets', 'footer', 'teaser', 'teasers', 'recommended', 'recommendations',
  'popular', 'trending', 'mostread', 'newsletter', 'breadcrumb', 'breadcrumbs', 'nav', 'navigation', 'menu',
  'share', 'sharing', 'social', 'promo', 'outbrain', 'taboola', 'recirc', 'today', 'heute', 'weather', 'wetter',
  'clock', 'calendar', 'ticker', 'hoy', 'oggi', 'hoje', 'vandaag', 'jour', 'archive', 'archiv', 'pagination', 'pager', 'cookie', 'cookies', 'consent',
]);
const DISCARD_TAGS = new Set(['aside', 'nav', 'footer', 'form', 'select', 'button', 'textarea']);

// Tokens as words of a class or id ("comment-list", "sidebar_right", "related posts"); answered once
// per string through classFlags.
const DISCARD_RE = new RegExp(`(?<![a-z])(?:${[...DISCARD_TOKENS].join('|')})(?![a-z])`, 'i');

function isDiscardZone(el: Element, clsFlags: number, idFlags: number): boolean {
  if (DISCARD_TAGS.has(el.name)) return true;
  const role = el.attribs.role;
  if (role === 'complementary' || role === 'navigation' || role === 'contentinfo') return true;
  return ((clsFlags | idFlags) & DISCARD_FLAG) !== 0;
}

const MODIFIED_MARK = /updat|modif|aktualis|edited|ge[äa]ndert|revised/i;
const PUBLISHED_MARK = /publish|pubdate|posted|created|erstellt|date-?time|timestamp|entry-date|post-date|article-date/i;

function roleOfMark(mark: string): DateRole {
  if (MODIFIED_MARK.test(mark)) return 'modified';
  if (PUBLISHED_MARK.test(mark)) return 'published';
  return 'unknown';
}

// A text node worth parsing: digits in a date-like shape ("19.07.2014", "5. Mai", "June 2", "2014-07-19").
const DATE_HINT = /\d[./-]\s?\d|\d\.?\s*[A-Za-zÀ-ÿ]{2}|[A-Za-zÀ-ÿ]{2}\.?\s+\d/;
const HAS_DIGIT = /\d/;
// How much of a long text's opening is read for a leading date.
const LEAD_CHARS = 48;

/** The short text just before a node (a label in the element before it: "<b>Stand:</b> 28.04.2020"). */
function textBefore(node: AnyNode): string {
  let cur: AnyNode | null = node;
  for (let up = 0; cur && up < 3; up++) {
    for (let p = cur.prev; p; p = p.prev) {
      const t = collapse(textOf(p));
      if (t) return t.length <= 60 ? t : '';
    }
    cur = cur.parent;
  }
  return '';
}

const BYLINE_CLASS = /byline|author|credit|source|writer|contributor/i;
const DATE_CLASS = /date|time|datum|fecha|publi|posted|created|byline|meta|dateline/i;
const BYLINE_TESTID = /byline|author/i;

// Class strings repeat across a page's elements: both class tests are answered once per string.
const CLASS_FLAGS = new Map<string, number>();
const BYLINE_FLAG = 1;
const DATE_FLAG = 2;
const DISCARD_FLAG = 4;

function classFlags(cls: string): number {
  let f = CLASS_FLAGS.get(cls);
  if (f === undefined) {
    f = (BYLINE_CLASS.test(cls) ? BYLINE_FLAG : 0) | (DATE_CLASS.test(cls) ? DATE_FLAG : 0) | (DISCARD_RE.test(cls) ? DISCARD_FLAG : 0);
    if (CLASS_FLAGS.size >= 20000) CLASS_FLAGS.clear();
    CLASS_FLAGS.set(cls, f);
  }
  return f;
}

/** Date and discard flags of an id: ids are mostly unique, so they are tested, not cached. */
function idFlagsOf(id: string): number {
  if (id.length < 3 || HAS_DIGIT_RUN.test(id)) return 0; // "post-123456", "c3f9a": generated ids say nothing
  return (DATE_CLASS.test(id) ? DATE_FLAG : 0) | (DISCARD_RE.test(id) ? DISCARD_FLAG : 0);
}
const HAS_DIGIT_RUN = /\d{3}/;

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

// Module-level walkers, not closures made per page: optimized code specialises calls on their
// target, and a fresh closure per page would send every page's first calls back to the interpreter.
function addDate(sc: Scan, value: string | undefined, kind: RawDate['kind'], machine: boolean, role: DateRole, inArticle: boolean, header: number, zone: number, node: AnyNode, lead = false): void {
  if (!value || sc.dates.length >= 600) return;
  sc.dates.push({ value, kind, machine, role, order: sc.order, inArticle, header, zone, node, lead });
}

function visit(sc: Scan, n: AnyNode, inArticle: boolean, inByline: boolean, zone: number, header: number): void {
  if (n.type === 'root') {
    const kids = n.children;
    for (let i = 0; i < kids.length; i++) visit(sc, kids[i], inArticle, inByline, zone, header);
    return;
  }
  if (n.type === 'text') {
    const d = n.data;
    // With a publication date in the head, only text just after an <h1> can change the choice
    // (page-date.ts). Kept raw: most are never parsed (collectDateEvidence reads those near the
    // headline and the first few).
    if (sc.headDated && (sc.h1Orders.length === 0 || sc.order > sc.h1Orders[sc.h1Orders.length - 1] + 60)) return;
    // A paragraph's date counts only as its opening ("27.1.2022 - Bei der Erinnerung …"): a long
    // text is kept as its first words.
    const v = d.length <= 200 ? d : d.trimStart().slice(0, LEAD_CHARS);
    // (past the cap addDate takes nothing, so the lead mark cannot land on another entry)
    if (HAS_DIGIT.test(v) && DATE_HINT.test(v)) addDate(sc, v, 'text', false, 'unknown', inArticle, header, zone, n, v !== d);
    return;
  }
  if (n.type === 'script') {
    if ((n.attribs.type ?? '').toLowerCase().includes('ld+json')) sc.ldJson.push(fullTextRaw(n));
    else if (n.attribs.src === undefined && sc.scripts.length < 40) sc.scripts.push(n);
    return;
  }
  if (n.type !== 'tag') return;
  sc.order++;
  const a = n.attribs;
  const name = n.name;
  let opened = -1;
  const cls = a.class;
  const flags = cls ? classFlags(cls) : 0;
  const idFlags = a.id ? idFlagsOf(a.id) : 0;
  if ((flags !== 0 || idFlags !== 0 || DISCARD_TAGS.has(name) || a.role !== undefined) && name !== 'body' && name !== 'html' && isDiscardZone(n, flags, idFlags)) {
    opened = sc.zones.length;
    // byTag: an <aside> or <footer> inside the article, named by its tag alone (no discard class or
    // role): the story's own meta line ("<aside class=c-meta><time …>") as often as a sidebar.
    const byTag = inArticle && (name === 'aside' || name === 'footer') && ((flags | idFlags) & DISCARD_FLAG) === 0 && a.role === undefined;
    sc.zones.push({ start: sc.order, end: sc.order, parent: zone, byTag });
    zone = opened;
  }
  switch (name) {
    case 'html':
      if (a.lang) sc.lang = a.lang;
      break;
    case 'meta':
      visitMeta(sc, n, inArticle, header, zone);
      return;
    case 'link':
      visitLink(sc, a);
      return;
    case 'title':
      if (sc.title === null) sc.title = collapse(textOf(n)) || null;
      return;
    case 'h1': {
      const t = collapse(textOf(n));
      if (t) {
        sc.h1.push(t);
        sc.h1Orders.push(sc.order);
        sc.h1Headers.push(header);
      }
      break;
    }
    case 'header':
      if (!inArticle && header < 0) header = sc.order;
      break;
    case 'time':
      visitTime(sc, n, inArticle, header, zone);
      break;
    case 'abbr':
      visitAbbr(sc, n, inArticle, header, zone);
      break;
    case 'style':
    case 'noscript':
    case 'svg':
    case 'template':
      return;
    default:
      break;
  }
  const ip = a.itemprop;
  if (ip !== undefined && name !== 'time' && /^date(?:published|created|modified)$/i.test(ip)) itempropDate(sc, n, ip, inArticle, header, zone);
  if (!inByline && (a.rel === 'author' || a.itemprop === 'author' || (flags & BYLINE_FLAG) !== 0 || isBylineTestId(a['data-testid']) || isBylineTestId(a['data-component']))) {
    if (sc.bylineTexts.length < 30) {
      const raw = shortSpacedText(n, 200);
      const t = raw === null ? '' : collapse(raw);
      if (t && t.length < 200) sc.bylineTexts.push(t);
    }
    inByline = true;
  }
  if (((flags | idFlags) & DATE_FLAG) !== 0 && sc.classDates < 60) {
    sc.classDates++;
    const raw = shortSpacedText(n, 160);
    const t = raw === null ? '' : collapse(raw);
    if (t.length > 4 && t.length < 160) addDate(sc, t, 'class', false, roleOfMark(`${cls ?? ''} ${a.id ?? ''}`), inArticle, header, zone, n);
  }
  const art = inArticle || name === 'article' || name === 'main';
  // indexed loops: a for-of allocates an iterator and a result per child until the code is optimized
  const kids = n.children;
  for (let i = 0; i < kids.length; i++) visit(sc, kids[i], art, inByline, zone, header);
  if (opened >= 0) sc.zones[opened].end = sc.order;
}

// The rare cases of visit (<meta>, <time>, <abbr>, <link>, itemprop dates), apart: few elements reach
// them, and their attribute reads, inlined into visit, deoptimized it each time a page brought a new
// attribute layout (a recompile of the whole walker each).
function visitMeta(sc: Scan, n: Element, inArticle: boolean, header: number, zone: number): void {
  const a = n.attribs;
  const content = a.content;
  if (content !== undefined) {
    for (const k of [a.property, a.name, a.itemprop, a['http-equiv']]) {
      if (k) {
        const key = k.toLowerCase();
        if (!sc.metas.has(key) && content.trim()) {
          sc.metas.set(key, collapse(content));
          if (DATE_META_KEYS.has(key)) sc.headDated = true;
        }
      }
    }
    // itemprop metas in the body belong to the object around them (a review, a comment): only
    // those outside discarded zones count
    if (a.itemprop && /^date(?:published|created|modified)$/i.test(a.itemprop)) {
      addDate(sc, content, 'itemprop', true, /modified/i.test(a.itemprop) ? 'modified' : 'published', inArticle, header, zone, n);
    }
  }
}

function visitTime(sc: Scan, n: Element, inArticle: boolean, header: number, zone: number): void {
  const a = n.attribs;
  const mark = `${a.class ?? ''} ${a.itemprop ?? ''} ${a.pubdate !== undefined ? 'pubdate' : ''} ${parentClass(n)}`;
  const role = roleOfMark(mark);
  if (a.datetime) addDate(sc, a.datetime, 'time', true, role, inArticle, header, zone, n);
  else {
    const t = shortSpacedText(n, 80);
    if (t) addDate(sc, collapse(t), 'time', false, role, inArticle, header, zone, n);
  }
}

function visitAbbr(sc: Scan, n: Element, inArticle: boolean, header: number, zone: number): void {
  const a = n.attribs;
  if (a.title && (a.class !== undefined || a['data-utime'] !== undefined)) addDate(sc, a.title, 'time', true, roleOfMark(a.class ?? ''), inArticle, header, zone, n);
}

/** An element whose itemprop names a publication or change date (not <time>: visitTime reads those). */
function itempropDate(sc: Scan, n: Element, ip: string, inArticle: boolean, header: number, zone: number): void {
  const a = n.attribs;
  const v = a.datetime ?? a.content ?? shortSpacedText(n, 80) ?? undefined;
  addDate(sc, v && collapse(v), 'itemprop', a.datetime !== undefined || a.content !== undefined, /modified/i.test(ip) ? 'modified' : 'published', inArticle, header, zone, n);
}

function visitLink(sc: Scan, a: Record<string, string>): void {
  if (!sc.canonical && (a.rel ?? '').toLowerCase().split(/\s+/).includes('canonical') && a.href) sc.canonical = a.href;
}

/** One pass over the document gathering every metadata source (css-select queries cost 10x more). */
function scan(root: AnyNode): Scan {
  const sc: Scan = { metas: new Map(), ldJson: [], scripts: [], canonical: null, title: null, h1: [], bylineTexts: [], dates: [], classDates: 0, headDated: false, zones: [], order: 0, h1Orders: [], h1Headers: [], lang: null };
  visit(sc, root, false, false, -1, -1);
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

// Meta names of the publication date, most specific first; then those of the last change.
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published', 'published_time', 'datePublished',
  'article_date_original', 'OriginalPublicationDate', 'article:publicationdate', 'parsely-pub-date', 'sailthru.date',
  'cXenseParse:recs:publishtime', 'publication_date', 'publication-date', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'published-date', 'date_published', 'dateposted', 'rnews:datepublished', 'bt:pubdate', 'shareaholic:article_published_time',
  'citation_publication_date', 'citation_date', 'bepress_citation_date', 'DC.date.issued', 'dc.date.publication', 'dcterms.issued',
  'dc.date.created', 'dcterms.created', 'dc.created', 'dc:created', 'dc.date', 'dc:date', 'dcterms.date', 'date', 'og:pubdate',
  'displaydate', 'article:published', 'created',
];
const DATE_META_KEYS = new Set(DATE_META.map((k) => k.toLowerCase()));
const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'dateModified', 'modified_time', 'updated_time',
  'dcterms.modified', 'dc.modified', 'last-modified', 'lastmodified',
];

// Label words before a visible date: publication ("Published", "Stand:", "Erschienen am", "Publié le",
// "Publicado", "Pubblicato", "Gepubliceerd"), change ("Updated", "Aktualisiert", "Mis à jour"), and
// prepositions that only count on a short date line ("am 5. Mai 2020", "le 7 mai 2020", "on June 2").
const PUBLISHED_LABEL = /(?:published|posted|publi[ée]e?|publicad[oa]|pubblicat[oa]|gepubliceerd|ver[öo]ffentlicht|ver[öo]ffentlichung|erschienen|erstellt|geschrieben|datum|stand|date|fecha|data|publication|parution)(?![\p{L}])[^\d\p{L}]{0,3}(?:[\p{L}]{1,4}\s*)?[:.]?\s*$/iu;
const WEAK_LABEL = /(?:^|[\s(|,·])(?:vom|am|le|el|del|on|du|il|op|em|de)\s*$/i;
const MODIFIED_LABEL = /(?:updated|modified|last edited|aktualisiert|ge[äa]ndert|zuletzt|letzte [äa]nderung|mis à jour|modifi[ée]|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt)\b[^\d]{0,20}$/i;
const WEEKDAY_TAIL = /(?:\b(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)[a-zäéá]*\.?,?\s*)$/i;

/** The label before a visible date, in its own text or the short text before it. */
function labelOf(text: string, node: AnyNode, dateIdx: number): 'published' | 'weak' | 'modified' | null {
  const lead = text.slice(Math.max(0, dateIdx - 40), dateIdx).replace(WEEKDAY_TAIL, '');
  const look = lead.trim() ? lead : `${textBefore(node)} `;
  if (MODIFIED_LABEL.test(look)) return 'modified';
  if (PUBLISHED_LABEL.test(look)) return 'published';
  if (WEAK_LABEL.test(look)) return 'weak';
  return null;
}

/** Where the date sits in a visible text: the index of its first digit (or month word) run. */
function dateIndex(text: string): number {
  const m = /\d|[A-Za-zÀ-ÿ]{3,}\.?\s+\d/.exec(text);
  return m ? m.index : 0;
}

/** A visible text that is a date line, not a sentence mentioning one ("am 5. Mai 2020 hat der Rat …"). */
function isDateLine(text: string): boolean {
  if (text.length <= 40) return true;
  const words = text.replace(/[\d.:,/|·•()–—-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length <= 8;
}

const MAIN_TYPES = /^(?:WebPage|ItemPage|VideoObject|AudioObject|Event|Recipe|Product|Review|CreativeWork|MediaObject|Podcast\w*|Dataset)$/;

const words = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);

/** Index of the <h1> that is the story's headline: the first that shares most words with a title; -1 for none. */
function headlineIndex(sc: Scan, titles: Array<string | null>): number {
  const known = new Set(titles.flatMap((t) => (t ? words(t) : [])));
  let fallback = -1;
  for (let i = 0; i < sc.h1.length; i++) {
    const w = words(sc.h1[i]);
    if (w.length < 2) continue;
    if (fallback < 0) fallback = i;
    if (known.size && w.filter((x) => known.has(x)).length / w.length >= 0.5) return i;
  }
  return fallback >= 0 ? fallback : sc.h1.length ? 0 : -1;
}

/**
 * A date inside a comment, sidebar or related-list zone is not the story's. A zone that holds the
 * headline, or more than 40% of the page (a layout wrapper named "content-with-sidebar"), is not such a zone.
 */
function inDiscardedZone(sc: Scan, zone: number, headOrder: number): boolean {
  for (let z = zone; z >= 0; z = sc.zones[z].parent) {
    const Z = sc.zones[z];
    const holdsHead = headOrder >= Z.start && headOrder <= Z.end;
    // the article's own aside or footer right at its headline is its date and byline block
    const besideHead = Z.byTag && headOrder >= 0 && Math.abs(Z.start - headOrder) <= 15;
    if (!holdsHead && !besideHead && Z.end - Z.start <= sc.order * 0.4) return true;
  }
  return false;
}

function collectDateEvidence(sc: Scan, article: JsonObject | null, objects: JsonObject[], lang: string | null, h1: number): DateEvidence[] {
  const out: DateEvidence[] = [];
  const headOrder = h1 >= 0 ? sc.h1Orders[h1] : -1;
  const headHeader = h1 >= 0 ? sc.h1Headers[h1] : -1;
  const add = (parts: DateParts | null, kind: EvidenceKind, role: DateRole, order: number, inArticle: boolean): void => {
    if (parts) out.push({ parts, kind, role, order, inArticle });
  };
  // JSON-LD of the main object; another object's date only when the main one states none.
  if (article) {
    add(machineDateParts(str(article.datePublished)), 'json-ld', 'published', -1, true);
    add(machineDateParts(str(article.dateCreated)), 'json-ld', 'published', -1, true);
    add(machineDateParts(str(article.uploadDate)), 'json-ld', 'published', -1, true);
    add(machineDateParts(str(article.dateModified)), 'json-ld', 'modified', -1, true);
  }
  if (!out.some((e) => e.role === 'published')) {
    for (const o of objects) {
      if (o === article) continue;
      const types = typesOf(o);
      // a page-level object (a video page, an event page) or, with no article at all, any object
      if (!article || types.some((t) => MAIN_TYPES.test(t))) {
        add(machineDateParts(str(o.datePublished) ?? str(o.uploadDate) ?? str(o.dateCreated)), 'json-ld-other', 'published', -1, false);
      }
    }
  }
  for (const k of DATE_META) add(machineDateParts(sc.metas.get(k.toLowerCase())), 'meta', 'published', -1, false);
  for (const k of MODIFIED_META) add(machineDateParts(sc.metas.get(k.toLowerCase())), 'meta', 'modified', -1, false);
  // Page-level headers outside the headline's own header hold "today" widgets, not the story's date.
  const monthFirst = lang === 'en' && /^en-us/i.test(sc.lang ?? 'en-us');
  // Texts are parsed near the headline and for the first few elsewhere (the fallbacks); a page lists
  // hundreds of dated links further down, and parsing each would cost more than the rest of the scan.
  // With a publication date in the markup only the date lines near the headline can change the choice
  // (page-date.ts), so the others are not parsed.
  const marked = out.some((e) => e.role === 'published');
  let farTexts = 0;
  for (const r of sc.dates) {
    if (r.header >= 0 && r.header !== headHeader) continue;
    const far = !(headOrder >= 0 && r.order >= headOrder - 20 && r.order <= headOrder + 60);
    if (far && !r.machine && (marked || (r.kind === 'text' && ++farTexts > 24))) continue;
    const discarded = r.zone >= 0 && inDiscardedZone(sc, r.zone, headOrder);
    const before = out.length;
    if (r.machine) add(machineDateParts(r.value), r.kind, r.role, r.order, r.inArticle);
    else {
      if (r.kind === 'text') {
        r.value = collapse(r.value);
        if (r.value.length < 6 || r.value.length > 200) continue;
      }
      const parts = visibleDateParts(r.value, { lang, monthFirst });
      if (!parts) continue;
      if (r.lead) {
        // a long paragraph opening with its date ("27.1.2022 - Bei der …", "(12.11.2021) Karlsruhe …")
        if (dateIndex(r.value) <= 2) add(parts, 'text', 'unknown', r.order, r.inArticle);
        if (discarded && out.length > before) out[out.length - 1].discarded = true;
        continue;
      }
      const label = labelOf(r.value, r.node, dateIndex(r.value));
      const role: DateRole = r.role === 'modified' || label === 'modified' ? 'modified' : label === 'published' || r.role === 'published' ? 'published' : 'unknown';
      if (r.kind !== 'text') add(parts, r.kind, role, r.order, r.inArticle);
      else if ((label === 'published' || label === 'modified') && r.value.length <= 120) add(parts, 'label', role, r.order, r.inArticle);
      else if (isDateLine(r.value)) add(parts, label === 'weak' ? 'label' : 'text', role, r.order, r.inArticle);
      // a paragraph led by its date: "27.1.2022 - Bei der Erinnerung …", "Karlsruhe, (12.11.2021). …"
      else if (dateIndex(r.value) <= 25) add(parts, 'text', role, r.order, r.inArticle);
    }
    if (discarded && out.length > before) out[out.length - 1].discarded = true;
  }
  // Nothing dated in markup or text: an app's state object may still carry it ({"publishedDate": …}
  // in a Next.js, Shopify or review-site blob), JSON-escaped inside a script string or not.
  if (!out.some((e) => e.role !== 'modified')) add(scriptStateDate(sc.scripts), 'script', 'published', -1, false);
  return out;
}

const STATE_DATE = /(?:datePublished|publishedDate|published_at|publishedAt|publishDate|publish_date|publicationDate|firstPublished(?:At|Date)?|first_published_at)\\?["']?\s*:\s*\\?["']?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)/;

/** The first publication date named in an inline script's state object. */
function scriptStateDate(scripts: Element[]): DateParts | null {
  for (const n of scripts) {
    const text = fullTextRaw(n);
    if (!text.includes('ubli')) continue; // cheap pre-check before the regex over a large script
    const m = STATE_DATE.exec(text);
    const parts = m ? machineDateParts(m[1]) : null;
    if (parts) return parts;
  }
  return null;
}

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

  let language = sc.lang ?? metaOf(sc, 'og:locale', 'language', 'content-language');
  if (language) language = language.trim().split(/[-_]/)[0].toLowerCase() || null;
  const h1 = headlineIndex(sc, [article ? str(article.headline) : null, metaOf(sc, 'og:title'), sc.title]);
  const dateEvidence = collectDateEvidence(sc, article, objects, language, h1);

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
    dateEvidence,
    headlineOrder: h1 >= 0 ? sc.h1Orders[h1] : -1,
    pageUrls: [sc.canonical, metaOf(sc, 'og:url'), urlOf(article)].filter((u): u is string => !!u),
    canonical: canonicalHref ?? null,
    publisher: publisherName(article, objects) ?? metaOf(sc, 'og:site_name', 'application-name', 'publisher', 'twitter:site')?.replace(/^@/, '') ?? null,
    language,
    articleBody: article ? str(article.articleBody) : null,
    creditLines,
  };
}

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


import type { AnyNode, Element } from 'domhandler';
import { isBoilerplate } from './boilerplate';
import { parseVisibleDate } from './dates';
import { classTokens, collapse, collapsedLength, isCollapsible, isElement, textOf } from './dom';

// Article body from the DOM, in three steps:
//  1. one pass gathers per-element statistics (text, link text, long paragraphs);
//  2. a second pass cuts the page into text blocks (paragraph-like runs of inline content), skipping
//     chrome subtrees (nav, aside, footer, hidden, and class/id vocabularies such as "related", "share");
//  3. blocks score their ancestors (text length, commas, link density, readability-style decay);
//     the best container plus its qualifying siblings is the article, and its blocks pass a final
//     filter (link density, boilerplate sentences, headline repeats).

const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'option', 'nav', 'aside', 'footer', 'header', 'figure', 'figcaption',
  'head', 'title', 'meta', 'link', 'dialog', 'map', 'math', 'picture', 'source', 'img', 'label', 'menu',
]);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'address', 'hr', 'center',
  'details', 'summary', 'body', 'html', 'fieldset', 'form', 'span-block',
]);

const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// Class/id tokens of chrome that is never article text, even when it holds long paragraphs.
const STRONG_NEGATIVE = new Set([
  'comment', 'comments', 'commenting', 'disqus', 'share', 'sharing', 'social', 'sharebar', 'related', 'relatedlinks',
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr',
  'promo', 'promotion', 'promoted', 'recirc', 'recirculation', 'outbrain', 'taboola', 'paywall', 'donate',
  'donation', 'popup', 'modal', 'overlay', 'breadcrumb', 'breadcrumbs', 'trending', 'popular', 'mostread',
  'most', 'recommended', 'recommendations', 'more', 'teaser', 'teasers', 'sponsored', 'advert', 'advertisement',
  'advertising', 'ad', 'ads', 'adslot', 'adunit', 'dfp', 'gpt', 'banner', 'toolbar', 'masthead', 'navbar',
  'nav', 'navigation', 'menu', 'skip', 'hidden', 'hide', 'visually', 'sr', 'screenreader', 'print',
  'byline', 'dateline', 'timestamp', 'caption', 'credit', 'tags', 'tag', 'topics', 'keywords', 'author', 'bio',
  'widget', 'rail', 'sidebar', 'aside', 'footer', 'header', 'pagination', 'pager', 'slideshow', 'gallery',
  'video', 'player', 'playlist', 'audio', 'podcast', 'login', 'register', 'registration', 'alert', 'notification',
  'notifications', 'meta', 'related-content', 'readmore', 'read', 'also', 'next', 'prev', 'previous', 'feedback',
  'survey', 'poll', 'rating', 'jump', 'toc', 'contents', 'embed',
  // standfirsts and kickers: the publisher's summary above the story, not story text
  'standfirst', 'chapo', 'dek', 'subhead', 'subheadline', 'excerpt', 'kicker', 'strapline', 'deck', 'eyebrow',
]);
// Tokens that mark the element as article text; they override a negative token on the same element.
const POSITIVE = new Set([
  'article', 'articlebody', 'body', 'content', 'story', 'storybody', 'entry', 'post', 'text', 'main', 'prose',
  'paragraph', 'rich', 'richtext', 'blog', 'copy', 'detail', 'page',
]);
// Tokens that are weak on their own: only negative when they lead the class ("more-stories", "read-next").
const WEAK = new Set(['more', 'read', 'also', 'next', 'prev', 'previous', 'most', 'hide', 'hidden', 'visually', 'sr', 'print', 'tag', 'meta', 'contents', 'embed', 'header', 'video', 'audio', 'alert']);

// Negative even next to a positive token ("t-content__chapo", "article-related", "story-comments").
const ALWAYS_NEGATIVE = new Set([
  'standfirst', 'chapo', 'dek', 'subhead', 'subheadline', 'kicker', 'strapline', 'deck', 'eyebrow', 'excerpt',
  'comment', 'comments', 'related', 'newsletter', 'newsletters', 'share', 'sharing', 'social', 'cookie', 'cookies',
  'consent', 'outbrain', 'taboola', 'recirc', 'recirculation', 'promo', 'paywall',
]);

/**
 * Text statistics of an element's subtree, in characters: all text, link text, long paragraphs (<p>s with
 * over 100 chars of non-link text), and prose (non-link text in text nodes of 50+ characters: sentences,
 * whatever element holds them).
 */
interface Stats {
  text: number;
  link: number;
  longP: number;
  prose: number;
  /** Prose of the paragraph children: <p>s, and <div>s of loose text. */
  para: number;
}

const NO_STATS: Stats = { text: 0, link: 0, longP: 0, prose: 0, para: 0 };

/** A text node this long (collapsed) is a run of sentences rather than a label, a date or a menu item. */
const PROSE_NODE = 50;

/**
 * One post-order pass over the tree: every element's text, link text and long paragraphs. Text under
 * script and style is not counted, and noscript keeps its own figures without passing them up.
 */
function gatherStats(root: AnyNode): Map<Element, Stats> {
  const ctx: StatsPass = { stats: new Map<Element, Stats>(), lastOwn: 0 };
  if (root.type === 'root') {
    const kids = root.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      if (c.type === 'tag') statsFrom(ctx, c, false);
    }
  } else if (root.type === 'tag') statsFrom(ctx, root, false);
  return ctx.stats;
}

interface StatsPass {
  stats: Map<Element, Stats>;
  /** Prose in the text directly under the element visited last. */
  lastOwn: number;
}

// A module-level walker, not a closure made per page: optimized code specialises a call on its
// target, and a fresh closure per page would send each page's first calls back to the interpreter.
function statsFrom(ctx: StatsPass, el: Element, inLink: boolean): Stats {
  const s: Stats = { text: 0, link: 0, longP: 0, prose: 0, para: 0 };
  const link = inLink || el.name === 'a';
  const children = el.children;
  let own = 0;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    if (c.type === 'text') {
      const n = c.data.length;
      s.text += n;
      if (link) s.link += n;
      else if (n >= PROSE_NODE) {
        const m = trimmedLength(c.data);
        if (m >= PROSE_NODE) {
          s.prose += m;
          own += m;
        }
      }
    } else if (c.type === 'tag') {
      const cs = statsFrom(ctx, c, link);
      if (c.name !== 'noscript') {
        s.text += cs.text;
        s.link += cs.link;
        s.longP += cs.longP;
        s.prose += cs.prose;
        if (c.name === 'p' || (c.name === 'div' && ctx.lastOwn >= cs.prose * 0.8)) s.para += cs.prose;
      }
    }
  }
  if (el.name === 'p' && s.text - s.link > 100) s.longP++;
  ctx.stats.set(el, s);
  ctx.lastOwn = own;
  return s;
}

/** Length without the leading and trailing white space (indentation of pretty-printed markup). */
function trimmedLength(s: string): number {
  // String#trim is native (a char loop here ran interpreted on a process's first pages); it folds the
  // same white space as isCollapsible() except U+200B.
  let t = s.trim();
  while (t.length > 0 && (t.charCodeAt(0) === 0x200b || t.charCodeAt(t.length - 1) === 0x200b)) t = t.replace(ZWSP_EDGES, '').trim();
  return t.length;
}
const ZWSP_EDGES = /^\u200b+|\u200b+$/g;

export interface Block {
  text: string;
  link: number;
  owner: Element;
  tag: string;
  order: number;
}

const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar', 'search', 'tablist']);

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  const st = a.style;
  if (st && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(st)) return true;
  if (a.role && SKIP_ROLES.has(a.role)) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'span') return true;
  return false;
}

/** Negative class/id signal for an element: 2 strong, 1 weak, 0 none; positive tokens cancel weak ones. */
function negativeLevel(el: Element): number {
  const a = el.attribs;
  if (!a.class && !a.id) return 0;
  const toks = classTokens(el);
  // Token arrays are shared per class string (dom.ts), so the verdict is too.
  let level = NEGATIVE_CACHE.get(toks);
  if (level === undefined) {
    level = negativeLevelOf(toks);
    NEGATIVE_CACHE.set(toks, level);
  }
  return level;
}

const NEGATIVE_CACHE = new WeakMap<string[], number>();

function negativeLevelOf(toks: string[]): number {
  let neg = 0;
  let pos = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (POSITIVE.has(t)) pos = true;
    if (STRONG_NEGATIVE.has(t) || /^(?:ad|ads|advert)\d*$/.test(t)) {
      if (WEAK.has(t)) {
        // "more-stories", "read-more", "most-read": weak words only count in pairs.
        const next = toks[i + 1];
        if (next && (STRONG_NEGATIVE.has(next) || /^(?:stories|articles|news|links|headlines|from|on|like|this)$/.test(next))) neg = Math.max(neg, 2);
      } else neg = Math.max(neg, 2);
    }
  }
  if (neg && toks.some((t) => ALWAYS_NEGATIVE.has(t))) return 2;
  if (neg && pos) {
    // "article-body" with "related" in another class still loses; a plain positive wrapper wins.
    const strongOnly = toks.filter((t) => STRONG_NEGATIVE.has(t) && !WEAK.has(t));
    return strongOnly.length ? 1 : 0;
  }
  return neg;
}

/**
 * How the page is cut into blocks. The strict pass skips chrome (tags, roles, hidden elements, class
 * tokens) unless the evidence says the subtree holds the story; the relaxed pass, run only when the
 * strict one finds no story, also reads <noscript>, <header> and hidden elements and keeps any chrome
 * subtree that holds prose, leaving the choice to scoring.
 */
export type WalkMode = 'strict' | 'relaxed';

// Chrome by tag whose subtree can still be weighed: some sites put the whole story in <header> or
// <aside>. The others (scripts, forms, media, dialogs) never hold the story's text.
const WEIGHED_TAGS = new Set(['header', 'footer', 'aside', 'nav']);
// Tags the relaxed pass also reads: script-free copies of the story and article headers.
const RELAXED_TAGS = new Set(['noscript', 'header']);

class BlockCollector {
  readonly blocks: Block[] = [];
  private buf = '';
  private link = 0;

  constructor(
    private readonly stats: Map<Element, Stats>,
    private readonly prose: PageProse,
    private readonly mode: WalkMode,
  ) {}

  private st(el: Element): Stats {
    return this.stats.get(el) ?? NO_STATS;
  }

  /**
   * Evidence that a subtree with a chrome tag or class holds the story: the class or tag is one signal,
   * weighed against how much of the page's prose sits inside and how much of the text is links. A
   * wrapper named "paywall-container", "sharing-container" or "layout--with-sidebar" that holds most of
   * the page's prose is the story's wrapper; a real share bar, newsletter box or link rail holds little.
   */
  private holdsStory(el: Element, byTag: boolean): boolean {
    const cs = this.st(el);
    if (cs.prose < 100 && cs.longP === 0) return false;
    if (isConsentBox(el)) return false;
    if (this.mode === 'relaxed') return !isCommentThread(el, this.stats);
    // The page's prose without comment threads, and its core, cost a walk: the raw page total is read
    // first, and the walk is made only when the verdict depends on it (leaving comments out only raises
    // the share; the core only adds points).
    const raw = this.prose.raw();
    // A <header>, <footer>, <aside> or <nav> needs most of the page's prose (raw figure: a page whose
    // comments outweigh its story does not put that story in a footer).
    if (byTag) return cs.prose >= 200 && cs.prose >= 0.6 * raw && !isCommentThread(el, this.stats);
    // Evidence for and against, each worth a point or more; two points keep the subtree.
    const ld = cs.link / Math.max(1, cs.text);
    let points = 0;
    if (cs.longP >= 3) points++;
    if (ld <= 0.2) points++;
    else if (ld > 0.5) points--;
    if (el.name === 'article' || el.name === 'main' || el.attribs.itemprop === 'articleBody' || classTokens(el).some((t) => POSITIVE.has(t))) points++;
    // Comments, share bars, newsletters, related lists: the token itself counts against.
    if (isStrongOnly(el)) points -= isRecirculation(el) ? 2 : 1;
    // Share of the page's prose: nearly all of it is a page wrapper ("navigation-container" around
    // everything) whatever its menus add in links; most of it is the story's wrapper.
    const sharePoints = (share: number): number => (cs.prose < 200 ? 0 : share >= 0.8 ? 3 : share >= 0.5 ? 2 : share >= 0.25 ? 1 : 0);
    if (points + sharePoints(raw ? cs.prose / raw : 0) < 2) {
      // A tenth of the page's prose or less is no story wrapper, whatever the comments hold.
      if (cs.prose * 10 < raw) return false;
      const page = this.prose.get();
      points += sharePoints(page.total ? Math.min(1, cs.prose / page.total) : 0) + (page.aroundCore.has(el) ? 2 : 0);
      if (points < 2) return false;
    }
    return !isCommentThread(el, this.stats);
  }

  /** A list whose every item carries a link and whose text is largely link text: a related-links list. */
  private isLinkList(list: Element): boolean {
    const ls = this.st(list);
    if (!ls.text || ls.link / ls.text < 0.4) return false;
    let items = 0;
    for (const li of list.children) {
      if (li.type !== 'tag' || li.name !== 'li') continue;
      items++;
      if (this.st(li).link === 0) return false;
    }
    return items >= 2;
  }

  flush(owner: Element): void {
    const text = collapse(this.buf);
    if (text) this.blocks.push({ text, link: Math.min(this.link, text.length), owner, tag: owner.name, order: this.blocks.length });
    this.buf = '';
    this.link = 0;
  }

  private skips(c: Element): boolean {
    const name = c.name;
    if (SKIP_TAGS.has(name)) {
      if (this.mode === 'relaxed' && RELAXED_TAGS.has(name)) return false;
      return !(WEIGHED_TAGS.has(name) && this.holdsStory(c, true));
    }
    if (isHidden(c) && !(this.mode === 'relaxed' && !c.attribs.role)) return true;
    return negativeLevel(c) === 2 && !this.holdsStory(c, false);
  }

  walk(node: Element, owner: Element, inLink: boolean): void {
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type === 'text') {
        this.buf += c.data;
        if (inLink) this.link += collapsedLength(c.data);
        continue;
      }
      if (c.type !== 'tag') continue;
      const name = c.name;
      if (this.skips(c)) continue;
      if (name === 'br') {
        const next = nextElementSibling(children, i);
        if (next && next.name === 'br') this.flush(owner);
        else this.buf += ' ';
        continue;
      }
      if ((name === 'ul' || name === 'ol') && this.isLinkList(c)) continue;
      // Small table cells are parts of a row: the row is the paragraph ("1 Kyle Busch 5040 …").
      // Cells that hold whole paragraphs (layout tables) stay blocks.
      const smallCell = (name === 'td' || name === 'th') && this.st(c).text < 200 && !hasBlockChild(c);
      if (smallCell) {
        this.buf += ' ';
        this.walk(c, owner, inLink);
        this.buf += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(name)) {
        this.flush(owner);
        this.walk(c, c, inLink || name === 'a');
        this.flush(c);
      } else {
        this.walk(c, owner, inLink || name === 'a');
      }
    }
  }
}

/**
 * The page's prose outside comment threads, and the prose core: the element whose paragraph children
 * hold the most of it, with its ancestors. Computed on first need (only pages with a chrome-classed
 * subtree full of prose need it).
 */
class PageProse {
  private value: { total: number; aroundCore: Set<Element> } | null = null;

  constructor(
    private readonly stats: Map<Element, Stats>,
    private readonly top: Element,
  ) {}

  /** Prose of the whole page, comment threads included. */
  raw(): number {
    return this.stats.get(this.top)?.prose ?? 0;
  }

  get(): { total: number; aroundCore: Set<Element> } {
    if (this.value) return this.value;
    const acc: ProseWalk = { stats: this.stats, total: 0, core: null, coreProse: 0 };
    proseWalk(acc, this.top);
    const total = acc.total + (this.stats.get(this.top)?.prose ?? 0) - childProse(this.top, this.stats);
    const aroundCore = new Set<Element>();
    for (let el: Element | null = acc.core; el; el = parentElement(el)) aroundCore.add(el);
    this.value = { total, aroundCore };
    return this.value;
  }
}

interface ProseWalk {
  stats: Map<Element, Stats>;
  total: number;
  core: Element | null;
  coreProse: number;
}

function proseWalk(acc: ProseWalk, el: Element): void {
  for (const c of el.children) {
    if (c.type !== 'tag' || c.name === 'noscript') continue;
    const cs = acc.stats.get(c);
    if (!cs || cs.prose === 0) continue;
    if (isCommentThread(c, acc.stats)) continue;
    if (cs.para > acc.coreProse) {
      acc.coreProse = cs.para;
      acc.core = c;
    }
    // Text straight under an element (not in a child element) counts where it sits.
    acc.total += cs.prose - childProse(c, acc.stats);
    proseWalk(acc, c);
  }
}

function childProse(el: Element, stats: Map<Element, Stats>): number {
  let n = 0;
  for (const c of el.children) if (c.type === 'tag' && c.name !== 'noscript') n += stats.get(c)?.prose ?? 0;
  return n;
}

/** Cookie and consent boxes: never the story, however long their text. */
function isConsentBox(el: Element): boolean {
  return classTokens(el).some((t) => t === 'cookie' || t === 'cookies' || t === 'consent' || t === 'gdpr' || t === 'cmp');
}

const COMMENT_TOKENS = new Set(['comment', 'comments', 'commenting', 'disqus']);
const hasCommentToken = (el: Element): boolean => classTokens(el).some((t) => COMMENT_TOKENS.has(t));

/**
 * A comment section: the comment token on the element and on the items that hold most of its prose
 * (li.comment, article.comment-body …). A page wrapper named "comments-open" around the story is not.
 */
function isCommentThread(el: Element, stats: Map<Element, Stats>): boolean {
  if (!hasCommentToken(el)) return false;
  const total = stats.get(el)?.prose ?? 0;
  if (!total) return false;
  let inItems = 0;
  let items = 0;
  let biggest = 0;
  const visit = (n: Element, inItem: boolean): void => {
    for (const c of n.children) {
      if (c.type !== 'tag') continue;
      const item = hasCommentToken(c);
      if (item) {
        items++;
        if (!inItem) {
          const n = stats.get(c)?.prose ?? 0;
          inItems += n;
          if (n > biggest) biggest = n;
        }
      }
      if (items < 3 || !inItem) visit(c, inItem || item);
    }
  };
  visit(el, false);
  // One item with most of the prose is a wrapper that happens to share the word, not a list of comments.
  return items >= 2 && inItems >= total * 0.5 && biggest < total * 0.6;
}

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && (c.name === 'p' || c.name === 'div' || c.name === 'table' || c.name === 'ul')) return true;
  return false;
}

function isStrongOnly(el: Element): boolean {
  // Comments, share bars, newsletters and related lists: the token counts against even a long subtree.
  return classTokens(el).some((t) => /^(?:comments?|commenting|disqus|related|newsletters?|recirc|recirculation|outbrain|taboola|share|sharing|social|promo|trending|popular|recommended|recommendations|teasers?|paywall|cookies?|consent|subscribe|subscription)$/.test(t));
}

/** Lists of other stories (related, recommended, trending): their teasers are prose, never this story's. */
function isRecirculation(el: Element): boolean {
  return classTokens(el).some((t) => /^(?:related|relatedlinks|recirc|recirculation|outbrain|taboola|trending|popular|mostread|recommended|recommendations|teasers?|promo|promoted|sponsored)$/.test(t));
}

function nextElementSibling(children: AnyNode[], i: number): Element | null {
  for (let j = i + 1; j < children.length; j++) {
    const c = children[j];
    if (c.type === 'text') {
      if (c.data.trim()) return null;
      continue;
    }
    if (c.type === 'tag') return c;
  }
  return null;
}

function commas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 44 || ch === 0xff0c || ch === 0x3001) n++;
  }
  return n;
}

// Utility classes (Tailwind, Bootstrap) that carry a content word but say nothing about the element's
// role: "text-center", "text-blue-500", "justify-content-between", "page-item".
const UTILITY_CLASS = /^(?:[\w-]+:)?(?:text-(?:xs|sm|base|lg|\d?xl|left|center|right|justify|start|end|white|black|muted|primary|secondary|success|danger|warning|info|light|dark|body|reset|uppercase|lowercase|capitalize|truncate|nowrap|wrap|break|balance|pretty|ellipsis|clip|transparent|current|inherit|[a-z]+-\d{2,3}|opacity-\d+|\[[^\]]*\])|(?:justify|align|place)-content-[\w-]+|content-(?:center|start|end|between|around|evenly|stretch|baseline|normal|none)|page-(?:item|link))$/;

const WEIGHT_CACHE = new Map<string, number>();

/**
 * Class and id weight, Readability-style: +25 per distinct content word, -25 per distinct chrome word.
 * A word counts once however many classes repeat it, and utility classes do not count.
 */
function classWeight(el: Element): number {
  const a = el.attribs;
  let w = 0;
  if (a.class !== undefined || a.id !== undefined) {
    const raw = `${a.class ?? ''} ${a.id ?? ''}`;
    let cached = WEIGHT_CACHE.get(raw);
    if (cached === undefined) {
      cached = 0;
      const seen = new Set<string>();
      for (const name of raw.split(/\s+/)) {
        if (!name || UTILITY_CLASS.test(name)) continue;
        for (const t of name.split(/[_\-]+|(?<=[a-z])(?=[A-Z])/)) {
          const tl = t.toLowerCase();
          if (!tl || seen.has(tl)) continue;
          seen.add(tl);
          if (POSITIVE.has(tl)) cached += 25;
          else if (STRONG_NEGATIVE.has(tl) && !WEAK.has(tl)) cached -= 25;
        }
      }
      if (WEIGHT_CACHE.size > 20000) WEIGHT_CACHE.clear();
      WEIGHT_CACHE.set(raw, cached);
    }
    w = cached;
  }
  if (a.itemprop === 'articleBody') w += 50;
  return Math.max(-50, Math.min(50, w));
}

export interface BodyOptions {
  headline: string | null;
  /** Also return the best-scored candidates (for bench/clean/inspect.ts). */
  debug?: boolean;
}

export interface BodyResult {
  paragraphs: string[];
  container: Element | null;
  candidates?: Array<{ el: string; score: number }>;
}

/** The article body paragraphs of a parsed page (root = the parsed document root). */
export function extractBody(root: AnyNode, body: Element | null, opts: BodyOptions): BodyResult {
  const start = body ?? (isElement(root) ? root : null);
  if (!start && root.type !== 'root') return { paragraphs: [], container: null };
  const stats = gatherStats(root);
  const top: Element = body ?? (root as unknown as Element);
  const prose = new PageProse(stats, top);
  const strict = bodyPass(stats, prose, top, 'strict', opts);
  if (hasProse(strict.paragraphs)) return strict;
  // Too little: a second, broader pass (noscript copies, article headers, hidden elements, chrome-classed
  // subtrees that hold prose) in the spirit of trafilatura's fallbacks. Taken when it finds real prose.
  const relaxed = bodyPass(stats, prose, top, 'relaxed', opts);
  const len = (ps: string[]): number => ps.reduce((n, p) => n + p.length, 0);
  // Nothing at all from the strict pass: a shorter text will do, if it holds one paragraph of sentences.
  if (!strict.paragraphs.length) return hasProse(relaxed.paragraphs) || relaxed.paragraphs.some((p) => p.length >= 200) ? relaxed : strict;
  // A short story found by the strict pass is only replaced by a broader text that still holds most of
  // it, not by some other prose the relaxed pass let in (a list of teasers, a comment).
  if (!hasProse(relaxed.paragraphs) || len(relaxed.paragraphs) <= len(strict.paragraphs) * 1.5) return strict;
  const kept = new Set(relaxed.paragraphs);
  const shared = strict.paragraphs.reduce((n, p) => n + (kept.has(p) ? p.length : 0), 0);
  return shared >= len(strict.paragraphs) * 0.5 ? relaxed : strict;
}

/** A story's worth of text: a paragraph of 40+ words, or 400+ characters in all (a results table, a brief). */
function hasProse(paragraphs: string[]): boolean {
  let total = 0;
  for (const p of paragraphs) {
    total += p.length;
    if (total >= 400 || (p.length >= 200 && wordCount(p) >= 40)) return true;
  }
  return false;
}

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isCollapsible(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Blocks shorter than this are not scored one by one (labels, dates, buttons); runs of them are. */
const SHORT_BLOCK = 25;

function bodyPass(stats: Map<Element, Stats>, prose: PageProse, top: Element, mode: WalkMode, opts: BodyOptions): BodyResult {
  const statsOf = (el: Element): Stats => stats.get(el) ?? NO_STATS;
  const collector = new BlockCollector(stats, prose, mode);
  collector.walk(top, top, false);
  collector.flush(top);
  const blocks = collector.blocks;

  // Score containers.
  const scores = new Map<Element, number>();
  // Elements credited by something other than a heading: a wrapper around a lone <h1> is no article.
  const byText = new Set<Element>();
  const credit = (from: Element | null, score: number, heading = false): void => {
    let el = from;
    for (let level = 0; el && level < 5; level++) {
      if (!heading) byText.add(el);
      const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, (scores.get(el) ?? (classWeight(el) + initialScore(el))) + score / div);
      el = parentElement(el);
    }
  };
  // Prose cut into short pieces (one <p> or <div> per line or per clause) scores as the run it forms.
  let shorts: Map<Element, { len: number; n: number; commas: number }> | null = null;
  for (const b of blocks) {
    const len = b.text.length;
    // A paragraph element credits its parent; a div with loose text credits itself first.
    const el: Element | null = b.tag === 'p' || b.tag === 'pre' || b.tag === 'blockquote' || b.tag === 'li' || HEADING.has(b.tag) || b.tag === 'td'
      ? parentElement(b.owner)
      : b.owner;
    if (len < SHORT_BLOCK) {
      // The run belongs to the element that holds the pieces (the parent of a one-line <div> too).
      const holder = el === b.owner ? parentElement(b.owner) : el;
      if (b.link === 0 && holder && !HEADING.has(b.tag)) {
        shorts ??= new Map();
        const acc = shorts.get(holder) ?? { len: 0, n: 0, commas: 0 };
        acc.len += len + 1;
        acc.n++;
        acc.commas += commas(b.text);
        shorts.set(holder, acc);
      }
      continue;
    }
    if (b.link / len > 0.5) continue;
    credit(el, 1 + commas(b.text) + Math.min(Math.floor(len / 100), 3), HEADING.has(b.tag));
  }
  if (shorts) {
    for (const [el, acc] of shorts) {
      if (acc.n >= 6 && acc.len >= 150) credit(el, 1 + acc.commas + Math.min(Math.floor(acc.len / 100), 3));
    }
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, sc] of scores) {
    const es = statsOf(el);
    const ld = es.text ? es.link / es.text : 0;
    const final = sc * (1 - ld);
    scores.set(el, final);
    if (final > bestScore && byText.has(el)) {
      bestScore = final;
      best = el;
    }
  }
  if (!best) return { paragraphs: [], container: null };
  best = commonAncestor(best, bestScore, scores, byText);
  bestScore = Math.max(bestScore, scores.get(best) ?? 0);

  // The container: the best element plus siblings that look like more of the same article.
  const chosen = new Set<Element>([best]);
  const parent = parentElement(best);
  if (parent) {
    const threshold = Math.max(10, bestScore * 0.2);
    const bestClass = best.attribs.class ?? '';
    for (const sib of parent.children) {
      if (sib === best || sib.type !== 'tag') continue;
      if (SKIP_TAGS.has(sib.name) || negativeLevel(sib) === 2 || isHidden(sib)) continue;
      let bonus = 0;
      if (bestClass && sib.attribs.class === bestClass) bonus += bestScore * 0.2;
      const sc = scores.get(sib);
      if (sc !== undefined && sc + bonus >= threshold) {
        chosen.add(sib);
        continue;
      }
      if (sib.name === 'p') {
        const ss = statsOf(sib);
        const ld = ss.text ? ss.link / ss.text : 0;
        if ((ss.text > 80 && ld < 0.25) || (ss.text > 0 && ss.text <= 80 && ld === 0 && /[.!?]["”’]?\s*$/.test(collapse(textOf(sib))))) chosen.add(sib);
      }
    }
  }

  // Split bodies: some sites cut the story into several containers with the same tag and class
  // (between ad slots or layout grids). Take every such chunk that scores like article text.
  const signature = best.attribs.class ? `${best.name}.${best.attribs.class}` : null;
  if (signature) {
    const minScore = Math.max(10, bestScore * 0.15);
    for (const [el, sc] of scores) {
      if (el === best || sc < minScore || `${el.name}.${el.attribs.class ?? ''}` !== signature) continue;
      if (isAncestor(el, best) || isAncestor(best, el)) continue;
      chosen.add(el);
    }
  }

  const inside = new Map<Element, boolean>();
  const isInside = (el: Element | null): boolean => {
    const path: Element[] = [];
    let cur: Element | null = el;
    let result = false;
    while (cur) {
      const known = inside.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (chosen.has(cur)) {
        result = true;
        break;
      }
      path.push(cur);
      cur = parentElement(cur);
    }
    for (const p of path) inside.set(p, result);
    return result;
  };

  const headline = opts.headline ? normalizeForCompare(opts.headline) : null;
  // Normalizing drops punctuation and collapses runs, so a block much longer than the headline cannot
  // match it: skip the (Unicode regex) normalization for those, which is most of the page.
  // Normalizing only removes characters (lower-casing aside), so a block under half the normalized
  // headline's length cannot match either.
  const maxHeadLen = opts.headline ? opts.headline.length * 2 + 20 : 0;
  const minHeadLen = headline ? headline.length >> 1 : 0;
  const isHeadline = (t: string): boolean => headline !== null && t.length <= maxHeadLen && t.length >= minHeadLen && normalizeForCompare(t) === headline;
  const paragraphs: string[] = [];
  let last: Block | null = null;
  for (const b of blocks) {
    if (!isInside(b.owner)) continue;
    const len = b.text.length;
    const ld = b.link / len;
    if (ld > 0.5 && !(len > 200 && ld < 0.7)) continue;
    if (b.tag === 'h1') {
      // The story starts after its headline: kickers, section labels and date lines above it go.
      if (isHeadline(b.text) && paragraphs.join(' ').length < 400) {
        paragraphs.length = 0;
        last = null;
      }
      continue;
    }
    if (len < 70 && looksLikeDateLine(b.text)) continue;
    if (isHeadline(b.text)) continue;
    if (isBoilerplate(b.text)) continue;
    // A sentence cut into one element per line ("that hackers had taken" after "Optus said on
    // Thursday"): a piece that goes on in lower case joins the unfinished line before it.
    if (last && paragraphs.length && len < 80 && LINE_TAGS.has(b.tag) && LINE_TAGS.has(last.tag) && parentElement(last.owner) === parentElement(b.owner) && continuesLine(paragraphs[paragraphs.length - 1], b.text)) {
      paragraphs[paragraphs.length - 1] += ` ${b.text}`;
    } else paragraphs.push(b.text);
    last = b;
  }
  const candidates = opts.debug
    ? [...scores].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([el, score]) => ({ el: describeElement(el), score: Math.round(score) }))
    : undefined;
  return { paragraphs, container: best, candidates };
}

// Elements a layout uses for one line of running text (not list items, cells or headings).
const LINE_TAGS = new Set(['p', 'div', 'span-block']);

/** `next` carries on the unfinished short line `prev`: no closing punctuation before, lower case after. */
function continuesLine(prev: string, next: string): boolean {
  if (prev.length > 400 || /[.!?:;…"”»)\]]$/.test(prev)) return false;
  const ch = next[0];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const HAS_DIGIT = /\d/;

// "October 26, 2022 1:48 AM UTC", "Issued on: 23/08/2022 - 14:20": a date and little else.
function looksLikeDateLine(s: string): boolean {
  // Every date line has a day or a year in figures: the (regexp-heavy) date parser runs only then.
  if (!HAS_DIGIT.test(s) || !parseVisibleDate(s)) return false;
  const rest = s.replace(/\d+/g, ' ').replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, ' ')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:am|pm|a\.m\.|p\.m\.|utc|gmt|[ecmp][sd]t|bst|cet|cest|issued|published|updated|posted|on|at|last|first)\b/gi, ' ');
  return rest.replace(/[^\p{L}]+/gu, ' ').trim().split(' ').filter(Boolean).length <= 2;
}

function initialScore(el: Element): number {
  switch (el.name) {
    case 'article':
      return 10;
    case 'div':
    case 'section':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'form':
    case 'ul':
    case 'ol':
    case 'dl':
    case 'li':
      return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th':
      return -5;
    default:
      return 0;
  }
}

/**
 * Pages that wrap every paragraph in its own stack of divs (styled components, paragraph blocks) score
 * each wrapper alone: when several near-best candidates share an ancestor close above the best, that
 * ancestor is the article (as in Readability's "alternative candidate ancestors").
 */
function commonAncestor(best: Element, bestScore: number, scores: Map<Element, number>, byText: Set<Element>): Element {
  if (bestScore <= 0) return best;
  const near: Element[] = [];
  for (const [el, sc] of scores) {
    if (el !== best && byText.has(el) && sc >= bestScore * 0.75 && !isAncestor(el, best)) near.push(el);
  }
  if (near.length < 3) return best;
  // Chunks with the best's own tag and class are gathered one by one later (split bodies): no need
  // to take their whole ancestor, with whatever else it holds.
  const cls = best.attribs.class;
  if (cls && near.filter((el) => el.name === best.name && el.attribs.class === cls).length >= 2) return best;
  near.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const top = near.slice(0, 5);
  let level = 0;
  for (let anc = parentElement(best); anc && level < 6; anc = parentElement(anc), level++) {
    if (anc.name === 'body' || anc.name === 'html') break;
    let n = 0;
    for (const el of top) if (isAncestor(anc, el)) n++;
    if (n >= 3) return anc;
  }
  return best;
}

function isAncestor(a: Element, b: Element): boolean {
  for (let p = parentElement(b); p; p = parentElement(p)) if (p === a) return true;
  return false;
}

function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === 'tag' ? (p as Element) : null;
}

export function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Debug view of the container choice (used by bench/clean/inspect.ts). */
export function describeElement(el: Element | null): string {
  if (!el) return '(none)';
  return `<${el.name}${el.attribs.id ? ` id="${el.attribs.id}"` : ''}${el.attribs.class ? ` class="${el.attribs.class}"` : ''}>`;
}

import type { AnyNode, Element } from 'domhandler';

// Small helpers over htmlparser2/domhandler nodes. The body extractor walks nodes directly rather than
// through cheerio-style selections: one pass over a large page costs milliseconds instead of tens of them.

export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function textOf(n: AnyNode): string {
  if (n.type === 'text') return n.data;
  if (!isElement(n) || n.type !== 'tag') {
    if (n.type === 'root') return n.children.map(textOf).join('');
    return '';
  }
  let s = '';
  const kids = n.children;
  for (let i = 0; i < kids.length; i++) s += textOf(kids[i]);
  return s;
}

const SPACE_RUN = /[\s\u00a0\u200b\u2009\u202f]+/g;

export function collapse(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

export function isCollapsible(c: number): boolean {
  // The characters collapse() folds: \s (ASCII and Unicode spaces, line separators, BOM) plus U+200B.
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** collapse(s).length without building the string (link text is measured for every text node). */
export function collapsedLength(s: string): number {
  let n = 0;
  let space = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    if (isCollapsible(s.charCodeAt(i))) {
      space = started;
    } else {
      if (space) n++;
      n++;
      space = false;
      started = true;
    }
  }
  return n;
}

// Pages repeat the same class strings on hundreds of elements: tokens are computed once per string.
const TOKEN_CACHE = new Map<string, string[]>();
const TOKEN_CACHE_MAX = 20000;
const NO_TOKENS: string[] = [];

/** Lower-cased class and id tokens of an element, split on space, dash and underscore. Do not mutate. */
export function classTokens(el: Element): string[] {
  const a = el.attribs;
  const cls = a.class;
  const id = a.id;
  if (cls === undefined && id === undefined) return NO_TOKENS;
  // Asked many times per element (each class test): answered per element after the first, without
  // building and hashing "class id" again.
  let toks = ELEMENT_TOKENS.get(el);
  if (toks !== undefined) return toks;
  const raw = id === undefined ? cls : cls === undefined ? id : `${cls} ${id}`;
  if (raw.length < 2) toks = NO_TOKENS;
  else {
    toks = TOKEN_CACHE.get(raw);
    if (toks === undefined) {
      toks = raw.split(/[\s_\-]+|(?<=[a-z])(?=[A-Z])/).filter(Boolean).map((t) => t.toLowerCase());
      if (TOKEN_CACHE.size >= TOKEN_CACHE_MAX) TOKEN_CACHE.clear();
      TOKEN_CACHE.set(raw, toks);
    }
  }
  ELEMENT_TOKENS.set(el, toks);
  return toks;
}
const ELEMENT_TOKENS = new WeakMap<Element, string[]>();

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

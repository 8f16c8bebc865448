import { decodeHTML, decodeHTMLAttribute } from 'entities/lib/decode.js';

// A lean HTML tree builder for cleaning. It follows htmlparser2's tokenizer and tree rules (the parser
// cheerio/slim uses: same implied closes, void and raw-text elements, foreign-content self-closing,
// lower-cased names, first attribute wins, entity decoding) so pages come out as the same tree, but it
// scans with indexOf instead of a per-character state machine and keeps only what cleaning reads:
// elements, their attributes and text. Comments, doctypes and processing instructions are dropped.
// On the benchmark pages it builds the tree several times faster than htmlparser2 + domhandler.

export interface TextNode {
  type: 'text';
  data: string;
  parent: Element | RootNode | null;
}

export interface Element {
  /** 'script' and 'style' for those elements, 'tag' for every other one (as in domhandler). */
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: ChildNode[];
  parent: Element | RootNode | null;
  /**
   * Text statistics of the subtree, filled in as the element closes (cleaning scores containers by
   * them; gathering them here saves a pass over every node): characters of text, characters of text
   * inside links, and <p>s with over 100 characters of non-link text. Text under script, style and
   * noscript is not counted.
   */
  textLen: number;
  linkLen: number;
  longParas: number;
}

export interface RootNode {
  type: 'root';
  children: ChildNode[];
  parent: null;
}

export type ChildNode = Element | TextNode;
export type AnyNode = ChildNode | RootNode;

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);
// An opening tag closes these open elements first (htmlparser2's table).
const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])],
  ['p', P], ['h1', P], ['h2', P], ['h3', P], ['h4', P], ['h5', P], ['h6', P],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DDT], ['dt', DDT],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['details', P], ['div', P], ['dl', P],
  ['fieldset', P], ['figcaption', P], ['figure', P], ['footer', P], ['form', P], ['header', P], ['hr', P],
  ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
  ['rt', RTP], ['rp', RTP], ['tbody', TABLE_SECTION], ['tfoot', TABLE_SECTION],
]);
const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
const FOREIGN = new Set(['math', 'svg']);
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
// Raw-text elements: their content is text up to the matching end tag; only <title> decodes entities.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

class TreeBuilder {
  readonly root: RootNode = { type: 'root', children: [], parent: null };
  private readonly stack: Element[] = [];
  private readonly foreign: boolean[] = [false];
  private current: Element | RootNode = this.root;
  private lastText: TextNode | null = null;
  /** Open <a> elements: text inside any of them is link text. */
  private links = 0;

  text(data: string): void {
    if (!data) return;
    const cur = this.current;
    if (cur.type === 'tag') {
      cur.textLen += data.length;
      if (this.links > 0) cur.linkLen += data.length;
    }
    // Adjacent text (around entities, dropped comments) is one node, as in domhandler.
    if (this.lastText) {
      this.lastText.data += data;
      return;
    }
    const node: TextNode = { type: 'text', data, parent: this.current };
    this.current.children.push(node);
    this.lastText = node;
  }

  /** Opens an element; returns it (void elements are closed at once). */
  open(name: string, attribs: Record<string, string>): Element {
    const implied = OPEN_IMPLIES_CLOSE.get(name);
    if (implied) while (this.stack.length && implied.has(this.stack[this.stack.length - 1].name)) this.pop();
    const el: Element = {
      type: name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag',
      name,
      attribs,
      children: [],
      parent: this.current,
      textLen: 0,
      linkLen: 0,
      longParas: 0,
    };
    this.current.children.push(el);
    this.lastText = null;
    if (!VOID.has(name)) {
      if (name === 'a') this.links++;
      this.stack.push(el);
      this.current = el;
      if (FOREIGN.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION.has(name)) this.foreign.push(false);
    }
    return el;
  }

  inForeign(): boolean {
    return this.foreign[this.foreign.length - 1];
  }

  /**
   * `<x/>`: closes the element just opened when in SVG/MathML (judged after x itself entered the
   * context, and without leaving it, as htmlparser2 does); elsewhere the slash means nothing.
   */
  selfClose(el: Element): void {
    if (this.inForeign() && this.stack[this.stack.length - 1] === el) this.pop();
  }

  close(name: string): void {
    if (FOREIGN.has(name) || HTML_INTEGRATION.has(name)) {
      if (this.foreign.length > 1) this.foreign.pop();
    }
    if (VOID.has(name)) {
      if (name === 'br') this.open('br', Object.create(null) as Record<string, string>);
      return;
    }
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if (this.stack[i].name === name) {
        while (this.stack.length > i) this.pop();
        return;
      }
    }
    // A stray </p> stands for an empty paragraph.
    if (name === 'p') {
      this.open('p', Object.create(null) as Record<string, string>);
      this.pop();
    }
  }

  private pop(): void {
    const el = this.stack.pop();
    this.current = this.stack.length ? this.stack[this.stack.length - 1] : this.root;
    this.lastText = null;
    if (!el) return;
    if (el.name === 'a') this.links--;
    if (el.name === 'p' && el.textLen - el.linkLen > 100) el.longParas++;
    const parent = this.current;
    if (parent.type === 'tag' && el.type === 'tag' && el.name !== 'noscript') {
      parent.textLen += el.textLen;
      parent.linkLen += el.linkLen;
      parent.longParas += el.longParas;
    }
  }

  /** Closes what is still open at the end of the input. */
  finish(): RootNode {
    while (this.stack.length) this.pop();
    return this.root;
  }
}

/** Parses an HTML document into a tree of elements and text. Never throws on malformed markup. */
export function parseHtml(html: string): RootNode {
  const b = new TreeBuilder();
  const len = html.length;
  let pos = 0;
  while (pos < len) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      b.text(decodeText(html.slice(pos)));
      break;
    }
    const c = lt + 1 < len ? html.charCodeAt(lt + 1) : -1;
    if (isAlpha(c)) {
      if (lt > pos) b.text(decodeText(html.slice(pos, lt)));
      pos = openTag(html, lt + 1, b);
    } else if (c === 47 /* / */) {
      if (lt > pos) b.text(decodeText(html.slice(pos, lt)));
      pos = closeTag(html, lt + 2, b);
    } else if (c === 33 /* ! */) {
      if (lt > pos) b.text(decodeText(html.slice(pos, lt)));
      pos = declaration(html, lt + 2, b);
    } else if (c === 63 /* ? */) {
      if (lt > pos) b.text(decodeText(html.slice(pos, lt)));
      pos = skipOrKeep(html, lt + 2, lt + 2, b);
    } else {
      // '<' not starting markup is text: keep scanning after it.
      const next = html.indexOf('<', lt + 1);
      const end = next === -1 ? len : next;
      b.text(decodeText(html.slice(pos, end)));
      pos = end;
    }
  }
  return b.finish();
}

function decodeText(s: string): string {
  return s.indexOf('&') === -1 ? s : decodeHTML(s);
}

const TITLE_END = '</title';

/**
 * Text of a <title>: entities decoded, except (as in htmlparser2's tokenizer) an '&' met while a
 * possible "</title" is being matched, such as the one in "</&amp;".
 */
function decodeTitle(s: string): string {
  if (s.indexOf('&') === -1) return s;
  let out = '';
  let segment = 0;
  let matched = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (matched === TITLE_END.length) matched = 0; // "</title" not followed by '>' or a space
    if (c === TITLE_END.charCodeAt(matched)) matched++;
    else if (matched > 0) {
      if (s.charCodeAt(i) === 38) {
        out += `${decodeText(s.slice(segment, i))}&`;
        segment = i + 1;
      }
      matched = s.charCodeAt(i) === 60 ? 1 : 0;
    }
  }
  return out + decodeText(s.slice(segment));
}

function skipTo(html: string, needle: string, from: number): number {
  const i = html.indexOf(needle, from);
  return i === -1 ? html.length : i + needle.length;
}

/**
 * Skips to after the next '>'. With none before the end of the input, htmlparser2 gives the rest from
 * `keepFrom` on as text (its quirk for unterminated declarations, "<?…" and bogus end tags), so do we.
 */
function skipOrKeep(html: string, from: number, keepFrom: number, b: TreeBuilder): number {
  const i = html.indexOf('>', from);
  if (i !== -1) return i + 1;
  b.text(html.slice(keepFrom));
  return html.length;
}

/** After `<!`: a comment, CDATA (a comment in HTML) or a declaration such as the doctype. */
function declaration(html: string, from: number, b: TreeBuilder): number {
  // The comment's own "--" may end it: "<!-->" and "<!--->" are complete (empty) comments.
  if (html.startsWith('--', from)) return skipTo(html, '-->', from);
  if (html.startsWith('[CDATA[', from)) return skipTo(html, ']]>', from + 7);
  return skipOrKeep(html, from, from, b);
}

/** After `</`: an end tag. Returns the position after its '>'. */
function closeTag(html: string, from: number, b: TreeBuilder): number {
  const len = html.length;
  let i = from;
  while (i < len && isWhitespace(html.charCodeAt(i))) i++;
  if (i >= len) {
    b.text(html.slice(from - 2)); // a trailing "</" is text
    return len;
  }
  const c = html.charCodeAt(i);
  if (c === 62) {
    b.text(html.slice(from - 2, i + 1)); // "</>" stays in the text
    return i + 1;
  }
  if (!isAlpha(c)) return skipOrKeep(html, i, i, b); // "</3" and the like: a bogus comment
  const start = i;
  while (i < len) {
    const d = html.charCodeAt(i);
    if (d === 62 || isWhitespace(d)) break;
    i++;
  }
  if (i >= len) return len; // unterminated at end of input: dropped, as htmlparser2 does
  b.close(html.slice(start, i).toLowerCase());
  return html.charCodeAt(i) === 62 ? i + 1 : skipTo(html, '>', i);
}

// (Whitespace in markup is HTML's five characters, not JavaScript's \s, which includes U+00A0.)
// Names and unquoted values are measured with sticky regexps (test() only: native code after a use or
// two, and no match arrays to collect), quoted values with indexOf; a single pass over a batch of pages
// is mostly JIT warm-up, when character loops still run interpreted.
const TAG_NAME = /[^ \t\n\f\r/>]*/y;
const ATTR_NAME = /[^ \t\n\f\r/>][^ \t\n\f\r/>=]*/y;
const UNQUOTED = /[^ \t\n\f\r>]*/y;
const SPACE_OR_SLASH = /[ \t\n\f\r/]*/y;
const SPACE = /[ \t\n\f\r]*/y;

function skip(re: RegExp, html: string, i: number): number {
  re.lastIndex = i;
  re.test(html);
  return re.lastIndex;
}

/** After `<` + letter: a start tag with its attributes, and a raw-text body for script/style/title/…. */
function openTag(html: string, from: number, b: TreeBuilder): number {
  const len = html.length;
  let i = skip(TAG_NAME, html, from + 1);
  if (i >= len) return len;
  const name = html.slice(from, i).toLowerCase();
  // Prototype-free: stores go straight into a dictionary (no hidden-class transitions for the
  // thousands of distinct attribute names pages use), and "constructor" or "__proto__" are plain names.
  const attribs: Record<string, string> = Object.create(null) as Record<string, string>;
  let selfClosing = false;
  for (;;) {
    // Before an attribute: whitespace and stray slashes; "/" then optional whitespace then ">" self-closes.
    const runStart = i;
    i = skip(SPACE_OR_SLASH, html, i);
    if (i >= len) return len; // unterminated tag at end of input is dropped
    if (html.charCodeAt(i) === 62) {
      selfClosing = i > runStart && endsWithSlash(html, runStart, i);
      i++;
      break;
    }
    const nameEnd = skip(ATTR_NAME, html, i);
    const attrName = html.slice(i, nameEnd).toLowerCase();
    let value = '';
    const eq = skip(SPACE, html, nameEnd);
    if (eq < len && html.charCodeAt(eq) === 61) {
      const v = skip(SPACE, html, eq + 1);
      if (v >= len) return len;
      const q = html.charCodeAt(v);
      if (q === 34 || q === 39) {
        const end = html.indexOf(q === 34 ? '"' : "'", v + 1);
        if (end === -1) return len; // a quote that never closes swallows the rest of the input
        value = html.slice(v + 1, end);
        i = end + 1;
      } else {
        i = skip(UNQUOTED, html, v);
        value = html.slice(v, i);
      }
      if (value.indexOf('&') !== -1) value = decodeHTMLAttribute(value);
    } else {
      i = eq;
    }
    if (i >= len) return len;
    if (attribs[attrName] === undefined) attribs[attrName] = value; // the first of a repeated name wins
  }
  const el = b.open(name, attribs);
  if (selfClosing) {
    b.selfClose(el);
    return i;
  }
  if (RAW_TEXT.has(name)) return rawText(html, i, name, b);
  return i;
}

/** The whitespace/slash run html[from, to) before ">" ends in "/" then optional whitespace: self-closing. */
function endsWithSlash(html: string, from: number, to: number): boolean {
  for (let k = to - 1; k >= from; k--) {
    const c = html.charCodeAt(k);
    if (c === 47) return true;
    if (!isWhitespace(c)) return false;
  }
  return false;
}

/** Text of a raw-text element up to `</name` followed by whitespace or '>'; then the end tag. */
function rawText(html: string, from: number, name: string, b: TreeBuilder): number {
  const len = html.length;
  let i = from;
  for (;;) {
    const lt = html.indexOf('</', i);
    if (lt === -1) {
      // No end tag: the rest of the page is this element's text.
      b.text(name === 'title' ? decodeTitle(html.slice(from)) : html.slice(from));
      return len;
    }
    const after = lt + 2 + name.length;
    if (after < len && html.substr(lt + 2, name.length).toLowerCase() === name) {
      const c = html.charCodeAt(after);
      if (c === 62 || isWhitespace(c)) {
        if (lt > from) b.text(name === 'title' ? decodeTitle(html.slice(from, lt)) : html.slice(from, lt));
        b.close(name);
        return c === 62 ? after + 1 : skipTo(html, '>', after);
      }
    }
    i = lt + 2;
  }
}

import { collapse } from './dom';
import { isBoilerplate } from './boilerplate';

// JSON-LD articleBody is the publisher's own statement of the story text. It is used as a check on the
// DOM result, not blindly: some sites put a teaser, a truncated body, or another story's text in it.

const TOKEN = /[\p{L}\p{N}_]+/gu;

// Texts are compared by word 3-shingles. Words get small integer ids (per call) and a shingle is the
// number a·2^17·2^17 + b·2^17 + c, exact while a page has fewer than 2^17 distinct words (checked):
// numeric sets are much cheaper to build and probe than sets of joined strings.
const ID_LIMIT = 1 << 17;

class Shingler {
  private readonly ids = new Map<string, number>();

  /** Word ids of a text, or null when the page has too many distinct words for numeric shingles. */
  words(text: string): number[] | null {
    const out: number[] = [];
    for (const w of text.match(TOKEN) ?? []) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        if (id >= ID_LIMIT) return null;
        this.ids.set(w, id);
      }
      out.push(id);
    }
    return out;
  }
}

/** 3-shingles of a word-id sequence (one "shingle" of all words when there are fewer than three). */
function shingles(t: number[]): number[] {
  if (t.length < 3) return t.length ? [t.length === 1 ? -1 - t[0] : -1 - (t[0] * ID_LIMIT + t[1]) - ID_LIMIT] : [];
  const out: number[] = new Array<number>(t.length - 2);
  for (let i = 0; i + 3 <= t.length; i++) out[i] = (t[i] * ID_LIMIT + t[i + 1]) * ID_LIMIT + t[i + 2];
  return out;
}

function flat(parts: number[][]): number[] {
  const out: number[] = [];
  for (const p of parts) for (const x of p) out.push(x);
  return out;
}

function share(items: number[], set: Set<number>): number {
  if (!items.length) return 0;
  let n = 0;
  for (const s of items) if (set.has(s)) n++;
  return n / items.length;
}

/** Splits an articleBody into paragraphs: on line breaks when it has them. */
function splitBody(body: string): string[] {
  const parts = body.split(/\n\s*\n|\r?\n/).map(collapse).filter(Boolean);
  return parts.filter((p) => !isBoilerplate(p));
}

function domLength(dom: string[]): number {
  let n = 0;
  for (const p of dom) n += p.length;
  return n;
}

export function chooseArticleBody(dom: string[], ldBody: string | null): string[] {
  if (!ldBody) return dom;
  // Some sites put escaped HTML in articleBody: decode first, then drop the tags.
  const body = decodeEntities(decodeEntities(ldBody).replace(/<\/?(?:p|div|h\d|li|br|blockquote|ul|ol|figure|figcaption)\b[^>]{0,300}>/gi, '\n').replace(/<[^>]{1,300}>/g, ' '));
  // A page whose DOM gave (almost) nothing: the publisher's own body, even a short one, is the story.
  if (domLength(dom) < 200 && (body.match(TOKEN)?.length ?? 0) >= 40) return splitBody(body);
  if (body.length < 400) return dom;
  const sh = new Shingler();
  const ldWords = sh.words(body);
  // Paragraphs joined with a space have exactly the concatenated words of the paragraphs.
  const paraWords = ldWords && dom.map((p) => sh.words(p));
  if (!ldWords || !paraWords || paraWords.some((w) => w === null)) return chooseByStrings(dom, body);
  const ldSh = shingles(ldWords);
  if (ldSh.length < 50) return dom;
  const ldSet = new Set(ldSh);
  const domSh = shingles(flat(paraWords as number[][]));
  const domSet = new Set(domSh);
  const ldFoundInDom = share(ldSh, domSet);
  if (ldFoundInDom >= 0.5 && ldSh.length < domSh.length * 0.6) {
    // A truncated or summary articleBody (common): the DOM has the full story.
    return dom;
  }
  if (ldFoundInDom >= 0.5) {
    // Consistent: drop DOM paragraphs the publisher's body does not have (captions, prompts, teasers).
    const keptWords: number[][] = [];
    const kept = dom.filter((_p, i) => {
      const w = paraWords[i] as number[];
      const psh = shingles(w);
      const keep = psh.length <= 2 || share(psh, ldSet) >= 0.3; // headings and very short lines: too little to judge
      if (keep) keptWords.push(w);
      return keep;
    });
    const keptSet = new Set(shingles(flat(keptWords)));
    if (share(ldSh, keptSet) >= 0.85) return kept;
    // The DOM missed a real part of the story (lazy-loaded paragraphs, odd markup): use the body itself.
    return splitBody(body);
  }
  // Inconsistent: trust the articleBody only when the DOM found little.
  if (dom.join(' ').length < body.length * 0.3) return splitBody(body);
  return dom;
}

// The same decision with string shingles, for pages with more distinct words than numeric ids allow.
function chooseByStrings(dom: string[], body: string): string[] {
  const strSh = (text: string): string[] => {
    const t = text.match(TOKEN) ?? [];
    if (t.length < 3) return t.length ? [t.join(' ')] : [];
    const out: string[] = [];
    for (let i = 0; i + 3 <= t.length; i++) out.push(`${t[i]} ${t[i + 1]} ${t[i + 2]}`);
    return out;
  };
  const strShare = (items: string[], set: Set<string>): number => (items.length ? items.filter((x) => set.has(x)).length / items.length : 0);
  const ldSh = strSh(body);
  if (ldSh.length < 50) return dom;
  const ldSet = new Set(ldSh);
  const domText = dom.join(' ');
  const domSh = strSh(domText);
  const ldFoundInDom = strShare(ldSh, new Set(domSh));
  if (ldFoundInDom >= 0.5 && ldSh.length < domSh.length * 0.6) return dom;
  if (ldFoundInDom >= 0.5) {
    const kept = dom.filter((p) => {
      const psh = strSh(p);
      return psh.length <= 2 || strShare(psh, ldSet) >= 0.3;
    });
    if (strShare(ldSh, new Set(strSh(kept.join(' ')))) >= 0.85) return kept;
    return splitBody(body);
  }
  if (domText.length < body.length * 0.3) return splitBody(body);
  return dom;
}

const NAMED: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** JSON-LD strings are sometimes HTML-escaped twice ("&apos;"); undo the common entities. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp < 0x110000 ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

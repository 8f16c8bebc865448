// Sentence splitting and light tokenization shared by the recognizers. Regex-based on purpose: it is
// the hot path (every word of every story passes through it), and compromise is kept for the few
// sentences where part-of-speech structure adds something.

export interface Sentence {
  text: string;
  /** Offset of the sentence in the analysed text. */
  start: number;
  /** Index of the paragraph (line block) the sentence belongs to; 0 is the headline when given. */
  para: number;
  /** Most letters are capitals: an ALL-CAPS headline or table line. */
  shouting: boolean;
  /** Is the story headline. */
  headline: boolean;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'rev', 'st',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'inc', 'corp', 'co', 'ltd',
  'vs', 'etc', 'jr', 'sr', 'mt', 'ft', 'approx', 'dept', 'univ', 'ave', 'blvd', 'calif', 'fla', 'ga', 'mass', 'va', 'wash',
  'ore', 'tex', 'ill', 'pa', 'md', 'conn', 'ariz', 'colo', 'mich', 'minn', 'wis', 'okla', 'ky', 'tenn', 'ala', 'la', 'nev',
]);

/** Share of letters that are capitals (0..1); 0 when the string has fewer than 4 letters. */
export function capsRatio(s: string): number {
  let up = 0, all = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) { up++; all++; } else if (c >= 97 && c <= 122) all++;
  }
  return all < 4 ? 0 : up / all;
}

/** Splits a paragraph into sentences at . ! ? followed by space and a capital/quote/digit. */
export function splitSentences(para: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = /[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[\p{Lu}\d])/gu;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(para))) {
    // "U.S." / "Inc." / "Sept." / "A." do not end a sentence (only a period can follow an abbreviation)
    if (m[0].charCodeAt(0) === 46) {
      const before = para.slice(Math.max(last, m.index - 23), m.index + 1);
      const word = /([\p{L}.]+)\.$/u.exec(before.replace(/["”’')\]]+$/u, ''))?.[1] ?? '';
      const bare = word.replace(/\./g, '').toLowerCase();
      // U.S. at a true sentence end is followed by a capitalised function word; keep it simple and do not split
      if (ABBREV.has(bare) || /^(?:[\p{L}]\.)+[\p{L}]?$/u.test(word) || /^[\p{Lu}]$/u.test(word)) continue;
    }
    const end = m.index + m[0].length;
    out.push({ text: para.slice(last, end).trim(), offset: last });
    last = end;
  }
  if (last < para.length && para.slice(last).trim()) out.push({ text: para.slice(last).trim(), offset: last });
  return out;
}

/** Capitals and letters (ASCII) of s[from, to): capitals in the high half, letters in the low 26 bits. */
function capsCounts(s: string, from: number, to: number): number {
  let up = 0, all = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) { up++; all++; } else if (c >= 97 && c <= 122) all++;
  }
  return up * 67108864 + all;
}
const shoutingOf = (counts: number): boolean => {
  const all = counts % 67108864, up = (counts - all) / 67108864;
  return all >= 4 && up / all > 0.7;
};

/** Paragraphs (non-empty lines or blank-line blocks) split into sentences, headline first. */
export function sentencesOf(headline: string | null, text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  if (headline && headline.trim()) {
    out.push({ text: headline.trim(), start: -1, para: para++, shouting: capsRatio(headline) > 0.7, headline: true });
  }
  const lineRe = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    const line = m[0];
    if (!line.trim()) continue;
    // each sentence's letters counted once; the line's counts are their sum (a split drops only spaces)
    const first = out.length;
    let lineCounts = 0;
    for (const sp of splitSentences(line)) {
      let lead = sp.offset;
      while (lead < line.length && /\s/.test(line[lead])) lead++;
      const c = capsCounts(line, lead, lead + sp.text.length);
      lineCounts += c;
      out.push({ text: sp.text, start: m.index + lead, para, shouting: shoutingOf(c), headline: false });
    }
    if (shoutingOf(lineCounts)) for (let k = first; k < out.length; k++) out[k].shouting = true;
    para++;
  }
  return out;
}

// Words: letters/digits with inner - & ' . _ (e-Albania, AT&T, Cl0p, 2.0, X_Trader) and a trailing $
// (Lapsus$); dotted acronyms (U.S.); anything else is a one-character token. This is the regexp
//   /(?:[\p{Lu}]\.){2,}|[\p{L}\p{N}]+(?:[-&'’._][\p{L}\p{N}]+)*\$?|\S/gu
// as a scanner with an ASCII fast path: every word of every story passes here (the unit tests check
// the two agree, also on non-ASCII text).
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const UPPER_CHAR = /^[\p{Lu}]$/u;
const SPACE_CHAR = /^\s$/;

/** Length in UTF-16 units of the letter or digit at i, 0 when there is none. */
function wordAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const L = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return WORD_CHAR.test(s.slice(i, i + L)) ? L : 0;
}
function upperAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const L = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return UPPER_CHAR.test(s.slice(i, i + L)) ? L : 0;
}
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_CHAR.test(s[i]);
}
// inner joiners of a word: - & ' ’ . _
const isJoiner = (c: number): boolean => c === 45 || c === 38 || c === 39 || c === 8217 || c === 46 || c === 95;

/** End of the token that starts at i (i is not a space). */
function tokenEnd(s: string, i: number): number {
  // dotted acronym: two or more capital + "."
  let j = i, pairs = 0, u: number;
  while ((u = upperAt(s, j)) && s.charCodeAt(j + u) === 46) { j += u + 1; pairs++; }
  if (pairs >= 2) return j;
  let w = wordAt(s, i);
  if (w) {
    j = i + w;
    while ((w = wordAt(s, j))) j += w;
    while (isJoiner(s.charCodeAt(j)) && (w = wordAt(s, j + 1))) {
      j += 1 + w;
      while ((w = wordAt(s, j))) j += w;
    }
    return s.charCodeAt(j) === 36 ? j + 1 : j;
  }
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
}

const NOT_POSSESSIVE = /^(?:it|that|let|he|she|what|who|there|here)$/i;

/** Tokens of a sentence; possessive 's is split off as its own token. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (isSpaceAt(s, i)) { i++; continue; }
    const e = tokenEnd(s, i);
    const L = e - i;
    const last = s.charCodeAt(e - 1);
    // 's (possessive) split off; s' (plural possessive) split off
    if (L > 3 && (last === 115 || last === 83) && (s.charCodeAt(e - 2) === 39 || s.charCodeAt(e - 2) === 8217)
      && !NOT_POSSESSIVE.test(s.slice(i, e - 2))) {
      out.push({ text: s.slice(i, e - 2), start: i, end: e - 2 });
      out.push({ text: "'s", start: e - 2, end: e });
    } else if (L > 2 && (last === 39 || last === 8217) && s.charCodeAt(e - 2) === 115) {
      out.push({ text: s.slice(i, e - 1), start: i, end: e - 1 });
      out.push({ text: "'", start: e - 1, end: e });
    } else {
      out.push({ text: s.slice(i, e), start: i, end: e });
    }
    i = e;
  }
  return out;
}

/** Starts with a capital letter or a digit (ASCII fast path, Unicode otherwise). */
export function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 128) return false;
  const ch = w[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
export const isUpperWord = (w: string): boolean => /^[\p{Lu}\p{N}&$.-]+$/u.test(w) && /[\p{Lu}]/u.test(w);
/** camelCase or e-prefixed product-style words: flyGarmin, iPhone, eCitizen, e-Albania. */
const INNER_CAP_RE = /^[\p{Ll}]+-?[\p{Lu}]/u;
const NOT_INNER_PREFIX = /^(?:pro|anti|non|ex|post|pre|mid|neo|un|de|re|co|inter|intra|trans|pan|semi|quasi|sub|super|ultra|multi|cross|self|all|well|half)-/;
export function isInnerCap(w: string): boolean {
  const L = w.length;
  if (L < 2) return false;
  let c = w.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  // ASCII fast path (called for every lower-case token): skip the lower-case run, then "-"? and a capital
  let i = 1;
  while (i < L) { c = w.charCodeAt(i); if (c >= 97 && c <= 122) i++; else break; }
  if (i >= L) return false;
  if (c === 45 && i + 1 < L) c = w.charCodeAt(i + 1);
  if (c < 128 && !(c >= 65 && c <= 90)) return false;
  return INNER_CAP_RE.test(w) && !NOT_INNER_PREFIX.test(w);
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower-cased, accent-folded, punctuation-light key for comparing names. */
export function keyOf(s: string): string {
  return s
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']s\b/g, '')
    .replace(/\b(?:([A-Za-z])\.)(?=[A-Za-z]\.)/g, '$1')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}&$]+/gu, ' ')
    .trim();
}

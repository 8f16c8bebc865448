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
// (Lapsus$); dotted acronyms (U.S.); anything else is a one-character token.
const TOKEN_RE = /(?:[\p{Lu}]\.){2,}|[\p{L}\p{N}]+(?:[-&'’._][\p{L}\p{N}]+)*\$?|\S/gu;

/** Tokens of a sentence; possessive 's is split off as its own token. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  TOKEN_RE.lastIndex = 0;
  while ((m = TOKEN_RE.exec(s))) {
    const t = m[0];
    const L = t.length;
    const last = t.charCodeAt(L - 1);
    // 's (possessive) split off; s' (plural possessive) split off
    if (L > 3 && (last === 115 || last === 83) && (t.charCodeAt(L - 2) === 39 || t.charCodeAt(L - 2) === 8217)
      && !/^(?:it|that|let|he|she|what|who|there|here)$/i.test(t.slice(0, -2))) {
      out.push({ text: t.slice(0, -2), start: m.index, end: m.index + L - 2 });
      out.push({ text: "'s", start: m.index + L - 2, end: m.index + L });
    } else if (L > 2 && (last === 39 || last === 8217) && t.charCodeAt(L - 2) === 115) {
      out.push({ text: t.slice(0, -1), start: m.index, end: m.index + L - 1 });
      out.push({ text: "'", start: m.index + L - 1, end: m.index + L });
    } else {
      out.push({ text: t, start: m.index, end: m.index + L });
    }
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

// tokenize() and sentencesOf() are hand-written scanners for speed; these tests hold them to the
// regexp and the capital-ratio rule they replace, on tricky and on random text (non-ASCII included).
import { capsRatio, sentencesOf, splitSentences, tokenize } from '../../../lib/extract/text';

const TOKEN_RE = /(?:[\p{Lu}]\.){2,}|[\p{L}\p{N}]+(?:[-&'’._][\p{L}\p{N}]+)*\$?|\S/gu;
const NOT_POSSESSIVE = /^(?:it|that|let|he|she|what|who|there|here)$/i;

/** The regexp tokenizer the scanner replaced. */
function regexTokenize(s: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let m: RegExpExecArray | null;
  TOKEN_RE.lastIndex = 0;
  while ((m = TOKEN_RE.exec(s))) {
    const t = m[0], L = t.length, last = t.charCodeAt(L - 1);
    if (L > 3 && (last === 115 || last === 83) && (t.charCodeAt(L - 2) === 39 || t.charCodeAt(L - 2) === 8217) && !NOT_POSSESSIVE.test(t.slice(0, -2))) {
      out.push({ text: t.slice(0, -2), start: m.index, end: m.index + L - 2 });
      out.push({ text: "'s", start: m.index + L - 2, end: m.index + L });
    } else if (L > 2 && (last === 39 || last === 8217) && t.charCodeAt(L - 2) === 115) {
      out.push({ text: t.slice(0, -1), start: m.index, end: m.index + L - 1 });
      out.push({ text: "'", start: m.index + L - 1, end: m.index + L });
    } else out.push({ text: t, start: m.index, end: m.index + L });
  }
  return out;
}

// a small deterministic generator, so a failure can be replayed
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}
const ALPHABET = ['a', 'Z', 'U', 'S', '.', '.', ' ', ' ', '-', '&', "'", '’', '_', '$', 's', '7', ',', '(', ')', '\n', '\u00a0', 'É', 'ß', 'Ж', 'д', '北', '京', '😀', '𝐀', '\ud800', '٣', '\u2028', '\t', 'İ'];

describe('tokenize', () => {
  it('splits words, dotted acronyms, joiners, $ names and possessives', () => {
    expect(tokenize("U.S. officials said AT&T's e-Albania and Lapsus$ hit Cl0p 2.0, it's the users' data.").map((t) => t.text)).toEqual(
      ['U.S.', 'officials', 'said', 'AT&T', "'s", 'e-Albania', 'and', 'Lapsus$', 'hit', 'Cl0p', '2.0', ',', "it's", 'the', 'users', "'", 'data', '.'],
    );
  });

  it('agrees with the regexp it replaced on tricky strings', () => {
    const cases = ['U.S.A. and U.S.-based', 'A.B c.d. X.Y.Z', "Guy's and St Thomas' NHS Foundation Trust", 'São Paulo’s Société Générale', 'Москва‘s', '北京 😀 𝐀𝐁.𝐂. x_y-z', 'end.$ $x', 'a\u00a0b\u2028c', '\ud800x', "he's what's it's Ted's", ''];
    for (const c of cases) expect(tokenize(c)).toEqual(regexTokenize(c));
  });

  it('agrees with the regexp it replaced on 3,000 random strings', () => {
    const r = rng(42);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(r() * 40);
      for (let k = 0; k < len; k++) s += ALPHABET[Math.floor(r() * ALPHABET.length)];
      expect(tokenize(s)).toEqual(regexTokenize(s));
    }
  });
});

describe('sentencesOf', () => {
  it('marks shouting by the sentence or by its whole line, and keeps offsets', () => {
    const text = 'HACKERS HIT THE PORT. It was quite bad.\n  Normal line here. Another One.';
    const ss = sentencesOf('Headline', text);
    expect(ss.map((s) => [s.text, s.start, s.para, s.shouting])).toEqual([
      ['Headline', -1, 0, false],
      ['HACKERS HIT THE PORT.', 0, 1, true],
      ['It was quite bad.', 22, 1, false],
      ['Normal line here.', 42, 2, false],
      ['Another One.', 60, 2, false],
    ]);
    for (const s of ss.slice(1)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    // the line as a whole is mostly capitals: every sentence of it counts as shouting
    expect(sentencesOf(null, 'RANSOMWARE GANG CLAIMS ATTACK ON CITY. Ok.').map((s) => s.shouting)).toEqual([true, true]);
  });

  it('agrees with the capital-ratio rule on random lines', () => {
    const r = rng(7);
    const letters = ['A', 'B', 'c', 'd', ' ', ' ', '. ', '! ', 'X', 'y', 'Q'];
    for (let n = 0; n < 500; n++) {
      let line = '';
      const len = 5 + Math.floor(r() * 60);
      for (let k = 0; k < len; k++) line += letters[Math.floor(r() * letters.length)];
      const lineShout = capsRatio(line) > 0.7;
      const expected = splitSentences(line).map((p) => lineShout || capsRatio(p.text) > 0.7);
      expect(sentencesOf(null, line).map((s) => s.shouting)).toEqual(expected);
    }
  });
});

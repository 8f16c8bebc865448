// sentencesOf() counts each sentence's capitals once and sums them for its line; these tests hold it to
// the capital-ratio rule it replaced (a line or a sentence mostly in capitals is shouting), on random text.
import { capsRatio, sentencesOf, splitSentences, tokenize } from '../../../lib/extract/text';

// a small deterministic generator, so a failure can be replayed
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

describe('tokenize', () => {
  it('splits words, dotted acronyms, joiners, $ names and possessives', () => {
    expect(tokenize("U.S. officials said AT&T's e-Albania and Lapsus$ hit Cl0p 2.0, it's the users' data.").map((t) => t.text)).toEqual(
      ['U.S.', 'officials', 'said', 'AT&T', "'s", 'e-Albania', 'and', 'Lapsus$', 'hit', 'Cl0p', '2.0', ',', "it's", 'the', 'users', "'", 'data', '.'],
    );
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

import {
  BANDS,
  MIN_SHINGLES,
  bandsOf,
  decodeShingles,
  encodeShingles,
  fingerprint,
  isNearDuplicate,
  shingleHashes,
  similarity,
  words,
} from '../../../lib/pipeline/fingerprint';
import { HYDRO_OTHER_AGENCY, HYDRO_WIRE, OUTLET_A_TAIL, OUTLET_B_TAIL, PHOTO_CAPTION, join } from './fixtures/wire-copies';

const fp = (paragraphs: string[]) => {
  const f = fingerprint(join(paragraphs));
  if (!f) throw new Error('expected a fingerprint');
  return f;
};
const sharedBands = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

describe('words', () => {
  it('lower-cases, unifies apostrophes and drops punctuation', () => {
    expect(words('Hydro’s CFO said: “No ransom.”')).toEqual(words("hydro's cfo said no ransom"));
    expect(words('Hydro’s CFO said: “No ransom.”')).toEqual(['hydro', 's', 'cfo', 'said', 'no', 'ransom']);
  });
});

describe('near-duplicate fingerprint', () => {
  const wire = fp(HYDRO_WIRE);

  it('two outlets carrying the same wire copy with their own boilerplate are duplicates', () => {
    const a = fp([...HYDRO_WIRE, ...OUTLET_A_TAIL]);
    const b = fp([...HYDRO_WIRE, ...OUTLET_B_TAIL]);
    expect(similarity(a.shingles, b.shingles).jaccard).toBeGreaterThan(0.8);
    expect(isNearDuplicate(a.shingles, b.shingles)).toBe(true);
    expect(sharedBands(a.bands, b.bands)).toBeGreaterThan(0);
  });

  it('a copy with one paragraph trimmed, a photo caption added and a few words edited is a duplicate', () => {
    const edited = HYDRO_WIRE.filter((_, i) => i !== 5).map((p) => p.replace('said Tuesday', 'said on Tuesday').replace('aluminum', 'aluminium'));
    const copy = fp([PHOTO_CAPTION, ...edited, ...OUTLET_A_TAIL]);
    const s = similarity(wire.shingles, copy.shingles);
    expect(s.jaccard).toBeLessThan(0.8); // every edited word breaks up to 5 shingles
    expect(s.containment).toBeGreaterThanOrEqual(0.8);
    expect(isNearDuplicate(wire.shingles, copy.shingles)).toBe(true);
    expect(sharedBands(wire.bands, copy.bands)).toBeGreaterThan(0);
  });

  it('a copy cut after the fifth of eight paragraphs is a duplicate (contained in the original), though its Jaccard is below 0.8', () => {
    const cut = fp(HYDRO_WIRE.slice(0, 5));
    const s = similarity(wire.shingles, cut.shingles);
    expect(s.jaccard).toBeLessThan(0.8);
    expect(s.containment).toBe(1);
    expect(isNearDuplicate(wire.shingles, cut.shingles)).toBe(true);
    expect(isNearDuplicate(cut.shingles, wire.shingles)).toBe(true);
  });

  it('only the first paragraph of a long story is not a duplicate of it (too small a part)', () => {
    const lead = fp(HYDRO_WIRE.slice(0, 1));
    expect(similarity(wire.shingles, lead.shingles).containment).toBe(1);
    expect(isNearDuplicate(wire.shingles, lead.shingles)).toBe(false);
  });

  it('another agency’s story about the same incident, written differently, is not a duplicate', () => {
    const other = fp(HYDRO_OTHER_AGENCY);
    const s = similarity(wire.shingles, other.shingles);
    expect(s.jaccard).toBeLessThan(0.05);
    expect(isNearDuplicate(wire.shingles, other.shingles)).toBe(false);
    // Nor do the two share the stock boilerplate's verdict: the same tail on both changes nothing.
    expect(isNearDuplicate(fp([...HYDRO_WIRE, ...OUTLET_B_TAIL]).shingles, fp([...HYDRO_OTHER_AGENCY, ...OUTLET_B_TAIL]).shingles)).toBe(false);
  });

  it('a story and its rewrite with a new top and half the old text is not a duplicate', () => {
    const rewrite = fp([...HYDRO_OTHER_AGENCY.slice(0, 3), ...HYDRO_WIRE.slice(4)]);
    expect(isNearDuplicate(wire.shingles, rewrite.shingles)).toBe(false);
  });
});

describe('short stories', () => {
  it('fewer than MIN_SHINGLES shingles give no fingerprint: too short to tell a copy from a stock line', () => {
    expect(fingerprint('This story will be updated.')).toBeNull();
    expect(fingerprint('')).toBeNull();
    expect(shingleHashes('This story will be updated shortly.')).toHaveLength(2);
    const twelve = 'one two three four five six seven eight nine ten eleven twelve';
    expect(fingerprint(twelve)?.shingles).toHaveLength(MIN_SHINGLES);
    expect(fingerprint(twelve.split(' ').slice(0, 11).join(' '))).toBeNull();
    expect(isNearDuplicate(shingleHashes('This story will be updated shortly.'), shingleHashes('This story will be updated shortly.'))).toBe(false);
  });

  it('a short brief republished with a different tail is a duplicate; two different briefs are not', () => {
    const brief = 'TIRANA, Albania (AP) — Albania’s border control system was switched off for several hours on Friday after a cyberattack, the Interior Ministry said, and long lines formed at two crossings in the south.';
    const other = 'TALLINN, Estonia (AP) — Websites of three Estonian ministries were unreachable for several hours on Friday after a denial-of-service attack, the government said, and officials blamed a pro-Russian group.';
    expect(isNearDuplicate(fp([brief]).shingles, fp([brief, 'Via AP news wire.']).shingles)).toBe(true);
    expect(isNearDuplicate(fp([brief]).shingles, fp([other]).shingles)).toBe(false);
  });
});

describe('bands and encoding', () => {
  it('gives BANDS band names; unrelated stories share none', () => {
    const a = fp(HYDRO_WIRE).bands;
    expect(a).toHaveLength(BANDS);
    expect(new Set(a).size).toBe(BANDS);
    for (const b of a) expect(b).toMatch(/^s2b\d-[0-9a-f]{16}$/);
    expect(sharedBands(a, fp(HYDRO_OTHER_AGENCY).bands)).toBe(0);
  });

  it('shingles stay inside paragraphs: moving paragraphs changes nothing, a short credit line is one shingle', () => {
    const moved = [...HYDRO_WIRE.slice(2), ...HYDRO_WIRE.slice(0, 2)];
    expect([...fp(moved).shingles]).toEqual([...fp(HYDRO_WIRE).shingles]);
    const credit = shingleHashes('Reporting by the desk');
    expect(credit).toHaveLength(1);
    expect(shingleHashes(`${HYDRO_WIRE[0]}\n\nReporting by the desk`).length).toBe(shingleHashes(HYDRO_WIRE[0]).length + 1);
  });

  it('is deterministic: the same text gives the same shingles and bands on every call', () => {
    const a = fp(HYDRO_WIRE);
    const b = fp([...HYDRO_WIRE]);
    expect([...a.shingles]).toEqual([...b.shingles]);
    expect(a.bands).toEqual(b.bands);
  });

  it('band names are persisted: this pin fails when hashing changes without a new FINGERPRINT_SCHEME', () => {
    // Values computed once by this code; a change here means stored bands no longer match new ones.
    expect(bandsOf(Uint32Array.from([1, 2, 3]))[0]).toBe(PINNED_FIRST_BAND);
  });

  it('shingle hashes survive the base64 round trip', () => {
    const s = fp(HYDRO_WIRE).shingles;
    expect([...decodeShingles(encodeShingles(s))]).toEqual([...s]);
    expect(decodeShingles('')).toHaveLength(0);
  });
});

const PINNED_FIRST_BAND = 's2b0-226eb3e852bdbdd5';

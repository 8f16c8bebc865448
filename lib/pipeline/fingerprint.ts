// Near-duplicate fingerprint of a story's cleaned body text, for telling a wire story
// republished by another outlet (other URL, other boilerplate, a paragraph trimmed or a
// caption added) from a different story about the same event.
//
// Method: the text's 5-word shingles (within paragraphs), each hashed to 32 bits. Two texts are near-duplicates
// when >= 80% of the shorter one's shingles are in the longer one and the shorter has at least
// half as many shingles as the longer. That is Jaccard >= 0.8 relaxed for the usual edits of
// wire copy: outlets cut it from the bottom, add a photo caption, change a word (each edited
// word breaks up to 5 shingles, so a 250-word story with one paragraph cut, a caption and ten
// small edits has Jaccard ~0.72 but containment ~0.84). Two agencies' stories about the same
// event share a few quotes and names, not 80% of their 5-word runs (measured ~0.02).
// Comparisons are exact over the stored shingle hashes; MinHash (16 hashes, 8 bands of 2 rows)
// only picks the few candidates to compare, via band keys in the store. A pair with Jaccard
// 0.8 shares a band with probability 0.998, 0.6 → 0.98, 0.5 → 0.90, 0.36 (the loosest pair the
// rule accepts) → 0.67, 0.1 → 0.08; a false candidate only costs one GET.
//
// Hand-rolled rather than a package (npm has `minhash` 0.0.9, `simhash-js` 1.0.0, both
// unmaintained, and `bloom-filters`' MinHash, which draws random coefficients and brings
// lodash, seedrandom, reflect-metadata...): band keys are persisted in S3, so the hashing
// must stay bit-for-bit stable across dependency upgrades, and the whole method is ~60 lines.
// Changing anything here that alters shingles or bands must bump FINGERPRINT_SCHEME.

/** 2: shingles within paragraphs (1 ran across them). */
export const FINGERPRINT_SCHEME = 2;
export const SHINGLE_WORDS = 5;
/** Texts with fewer shingles (about 12 words) are too short to tell a copy from a stock phrase. */
export const MIN_SHINGLES = 8;
export const BANDS = 8;
export const ROWS_PER_BAND = 2;
export const CONTAINMENT_MIN = 0.8;
export const SIZE_RATIO_MIN = 0.5;

export interface Fingerprint {
  /** Sorted, unique 32-bit shingle hashes. */
  shingles: Uint32Array;
  /** LSH band names, e.g. "s1b3-0f3a9c2e51d4b7a0": a near-duplicate shares at least one. */
  bands: string[];
}

export interface Similarity {
  jaccard: number;
  /** Share of the smaller set found in the larger. */
  containment: number;
  /** smaller / larger set size. */
  sizeRatio: number;
}

/** Lower-cased letter/digit runs; apostrophes and quotes unified first so ’ and ' agree. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** murmur3's 32-bit finalizer: a cheap, well-mixed bijection on 32-bit ints. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalized: stable across Node versions and machines. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h >>> 0);
}

/**
 * Sorted unique hashes of the text's SHINGLE_WORDS-word shingles, taken within each paragraph
 * (paragraphs are separated by a blank line, as in StoryRecord.text): outlets move, cut and add
 * whole paragraphs, and shingles across a paragraph boundary would change with every such edit.
 * A paragraph shorter than a shingle (a credit line) counts as one shingle of all its words.
 */
export function shingleHashes(text: string): Uint32Array {
  const set = new Set<number>();
  for (const paragraph of text.split(/\n\s*\n/)) {
    const w = words(paragraph);
    if (w.length === 0) continue;
    if (w.length < SHINGLE_WORDS) set.add(hash32(w.join(' ')));
    for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) set.add(hash32(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return Uint32Array.from(set).sort();
}

const SEEDS = Array.from({ length: BANDS * ROWS_PER_BAND }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9) >>> 0));

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** LSH band names of a shingle set (MinHash with seeded fmix32 permutations). */
export function bandsOf(shingles: Uint32Array): string[] {
  const mins = SEEDS.map(() => 0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < SEEDS.length; i++) {
      const h = fmix32((x ^ SEEDS[i]) >>> 0);
      if (h < mins[i]) mins[i] = h;
    }
  }
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const rows = mins.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND);
    out.push(`s${FINGERPRINT_SCHEME}b${b}-${rows.map(hex8).join('')}`);
  }
  return out;
}

/** The fingerprint of a story text, or null when it is too short to compare. */
export function fingerprint(text: string): Fingerprint | null {
  const shingles = shingleHashes(text);
  if (shingles.length < MIN_SHINGLES) return null;
  return { shingles, bands: bandsOf(shingles) };
}

/** Exact set similarity of two sorted unique hash arrays. */
export function similarity(a: Uint32Array, b: Uint32Array): Similarity {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const small = Math.min(a.length, b.length);
  const large = Math.max(a.length, b.length);
  const union = a.length + b.length - both;
  return {
    jaccard: union ? both / union : 0,
    containment: small ? both / small : 0,
    sizeRatio: large ? small / large : 0,
  };
}

export function isNearDuplicateSimilarity(s: Similarity): boolean {
  return s.containment >= CONTAINMENT_MIN && s.sizeRatio >= SIZE_RATIO_MIN;
}

/** Both sets long enough to compare, and near-identical by the rule above. */
export function isNearDuplicate(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) return false;
  return isNearDuplicateSimilarity(similarity(a, b));
}

/** Shingle hashes as base64 of little-endian uint32s (about 5.3 characters per shingle). */
export function encodeShingles(s: Uint32Array): string {
  const buf = Buffer.alloc(s.length * 4);
  s.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf.toString('base64');
}

export function decodeShingles(b64: string): Uint32Array {
  const buf = Buffer.from(b64, 'base64');
  const out = new Uint32Array(Math.floor(buf.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = buf.readUInt32LE(i * 4);
  return out;
}

// Which earlier record a story republishes, if any: sets StoryRecord.duplicateOf.
//
// Index (lib/store keys): one entry per story id, index/fingerprints/ids/{id}.json, with the
// story's shingle hashes, firstSeen and its decision; and band objects
// index/fingerprints/bands/{band}.json listing the ORIGINAL stories whose MinHash band
// matches (lib/pipeline/fingerprint.ts). A lookup is 1 GET for the story's own entry,
// 8 band GETs and one GET per candidate (capped): never a listing.
//
// Rules, which make the links a forest of depth one (no chains, no cycles):
// - Only originals are listed in bands, and an original never becomes a duplicate later
//   (copies may already point at it). So a new story can only ever point at an original.
// - A new story (no entry yet) compares itself with the candidates; among the near-identical
//   ones the earliest registered (firstSeen, then id) is its original. None: it is an original
//   and is added to its bands.
// - A story seen again (same id, text changed; unchanged records never get here) keeps its
//   decision: an original stays one (its bands are refreshed), a copy keeps its original while
//   its text still matches it, else it is decided afresh. Its own id is never a candidate.
// - Too short a text (fingerprint null) is never compared: duplicateOf null (or the earlier
//   decision for a story seen before).
//
// Concurrency: in one process (the local runner, one warm Lambda) the decide-and-register
// step holds an in-process lock on the story's band names, so two near-identical stories
// (which share a band) are decided one after the other: the second points at the first.
// Across processes (two Lambdas at the same moment) two copies whose lookups both run before
// either registers both become originals: a missed link, never a wrong one, a self-link or a
// cycle; later copies point at the earlier of the two (firstSeen, then id). Band writes are
// conditional (If-Match), so concurrent registrations on S3 never drop each other's id (on
// s3rver, which ignores If-Match, two processes writing one band at once could drop one: that
// story is then only missed as a candidate). A crash after the index write and before the
// record write is harmless: the redelivered message finds its own entry and keeps its decision.
// Cost: a copy takes 1 + 8 + (candidates) GETs and 1 PUT; an original also adds itself to its
// 8 bands (8 GET+PUT, in parallel).
import type { StoryRecord } from '../types';
import { KeyedLock, type FingerprintEntry, type Store } from '../store';
import { FINGERPRINT_SCHEME, decodeShingles, encodeShingles, fingerprint, isNearDuplicate, type Fingerprint } from './fingerprint';

/** Candidate entries read per lookup, most band hits first. */
export const MAX_CANDIDATES = 24;

export interface DuplicateDecision {
  duplicateOf: string | null;
  /** What decided it, for logs and tests. */
  why: 'too-short' | 'original' | 'duplicate' | 'kept-original' | 'kept-duplicate';
  /** Index reads and writes this decision took. */
  gets: number;
  puts: number;
}

const locks = new WeakMap<Store, KeyedLock>();

function lockFor(store: Store): KeyedLock {
  let lock = locks.get(store);
  if (!lock) {
    lock = new KeyedLock();
    locks.set(store, lock);
  }
  return lock;
}

function usable(entry: FingerprintEntry | null): FingerprintEntry | null {
  return entry && entry.scheme === FINGERPRINT_SCHEME ? entry : null;
}

function earlier(a: FingerprintEntry, b: FingerprintEntry): boolean {
  return a.firstSeen !== b.firstSeen ? a.firstSeen < b.firstSeen : a.id < b.id;
}

/**
 * Decides duplicateOf for a record about to be written, and registers its fingerprint.
 * Call once per record write; the result is what the record's duplicateOf must say.
 */
export async function decideDuplicate(record: Pick<StoryRecord, 'id' | 'text'>, store: Store, now: () => Date = () => new Date()): Promise<DuplicateDecision> {
  const fp = fingerprint(record.text);
  const counts = { gets: 0, puts: 0 };
  const get = <T>(p: Promise<T>) => {
    counts.gets++;
    return p;
  };
  if (!fp) {
    const own = usable(await get(store.getFingerprint(record.id)));
    return { duplicateOf: own?.duplicateOf ?? null, why: 'too-short', ...counts };
  }

  return lockFor(store).run(fp.bands, async () => {
    const own = usable(await get(store.getFingerprint(record.id)));

    const register = async (entry: Omit<FingerprintEntry, 'bands'>, why: DuplicateDecision['why']): Promise<DuplicateDecision> => {
      // Bands first, entry last: a reader that finds the id in a band before the entry exists skips it.
      let bands: string[] = [];
      if (entry.duplicateOf === null) {
        const known = new Set(own?.bands ?? []);
        const added = await Promise.all(fp.bands.filter((b) => !known.has(b)).map((band) => store.addToBand(band, entry.id)));
        counts.gets += added.length;
        counts.puts += added.filter((r) => r === 'added').length;
        bands = [...new Set([...(own?.bands ?? []), ...fp.bands])];
      }
      await store.putFingerprint({ ...entry, bands });
      counts.puts++;
      return { duplicateOf: entry.duplicateOf, why, ...counts };
    };

    const base = { id: record.id, scheme: FINGERPRINT_SCHEME, shingles: encodeShingles(fp.shingles) };
    if (own && own.duplicateOf === null) return register({ ...base, firstSeen: own.firstSeen, duplicateOf: null }, 'kept-original');
    if (own && own.duplicateOf) {
      const original = usable(await get(store.getFingerprint(own.duplicateOf)));
      if (original && isNearDuplicate(fp.shingles, decodeShingles(original.shingles))) {
        return register({ ...base, firstSeen: own.firstSeen, duplicateOf: original.id }, 'kept-duplicate');
      }
    }

    const original = await findOriginal(record.id, fp, store, get);
    // Taken after the lookup: every story this one saw registered before it.
    const firstSeen = own?.firstSeen ?? now().toISOString();
    return register({ ...base, firstSeen, duplicateOf: original?.id ?? null }, original ? 'duplicate' : 'original');
  });
}

/** The earliest registered original whose text is near-identical to fp, or null. */
async function findOriginal(
  id: string,
  fp: Fingerprint,
  store: Store,
  get: <T>(p: Promise<T>) => Promise<T>,
): Promise<FingerprintEntry | null> {
  const lists = await Promise.all(fp.bands.map((band) => get(store.getBand(band))));
  const hits = new Map<string, number>();
  for (const ids of lists) for (const c of ids) if (c !== id) hits.set(c, (hits.get(c) ?? 0) + 1);
  const candidates = [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_CANDIDATES)
    .map(([c]) => c);
  const entries = await Promise.all(candidates.map((c) => get(store.getFingerprint(c))));
  let best: FingerprintEntry | null = null;
  for (const e of entries) {
    const entry = usable(e);
    // Listed in a band but not an original any more cannot happen by the rules; checked anyway.
    if (!entry || entry.id === id || entry.duplicateOf !== null) continue;
    if (!isNearDuplicate(fp.shingles, decodeShingles(entry.shingles))) continue;
    if (!best || earlier(entry, best)) best = entry;
  }
  return best;
}

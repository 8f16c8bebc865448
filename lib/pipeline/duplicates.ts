// Which earlier record a story republishes, if any: sets StoryRecord.duplicateOf, and keeps
// the story clusters (every outlet's copy of one wire story) under index/clusters/.
//
// Index (lib/store keys): one entry per story id, index/fingerprints/ids/{id}.json, with the
// story's shingle hashes, firstSeen and its decision; band members
// index/fingerprints/members/{band}/{id} listing the ORIGINAL stories whose MinHash band
// matches (lib/pipeline/fingerprint.ts), one empty object each. A lookup is 1 GET for the
// story's own entry, 8 band listings and one GET per candidate (capped).
//
// Rules, which make the links a forest of depth one (no chains, no cycles):
// - Only originals are listed in bands. A new story compares itself with the candidates;
//   among the near-identical originals the earliest registered (firstSeen, then id) is its
//   original. None: it registers as an original.
// - A story seen again (same id, text changed; unchanged records never get here) keeps its
//   decision: an original stays one (its bands are refreshed), a copy keeps its original while
//   its text still matches it, else it is decided afresh. Its own id is never a candidate.
// - Too short a text (fingerprint null) is never compared: duplicateOf null (or the earlier
//   decision for a story seen before).
//
// Concurrency. In one process the decide-and-register step holds an in-process lock on the
// story's band names, so two near-identical stories (which share a band) are decided one
// after the other. Across processes (two processors at the same moment) a would-be original
// registers first (entry, then band members: no shared object is rewritten, so no write is
// lost even on a server that ignores conditional writes), waits SETTLE_MS and looks again:
// if an earlier-registered (firstSeen, id) near-identical original is now visible, it becomes
// that one's copy and leaves its bands. Of two copies registering at once the later one always
// sees the earlier (its listing comes after both registrations), and the earlier one cannot
// see a later one that it ought to yield to unless that one's lookup-to-registration took
// longer than SETTLE_MS: the bound this relies on. So two processors end with one canonical
// record per cluster. The same story in both processors at once: one may find its own young
// entry as an original while the other is about to make it a copy, so a kept original that is
// young takes the second look too (else it would rewrite the other's decision). A copy whose original registered within the last few settle periods
// looks again after SETTLE_MS too, in case that original has just yielded to an earlier one.
// A crash after the index write and before the record write is harmless: the redelivered
// message finds its own entry and keeps its decision.
//
// Clusters: each decision writes the story's member object under its canonical id
// (index/clusters/{canonical}/{id}.json: URL, publisher, headline, times), and removes it from a
// cluster it left. Reading a cluster is one listing plus one GET per member (lib/clusters).
import type { StoryRecord } from '../types';
import { lockPerStore, type ClusterMember, type FingerprintEntry, type Store } from '../store';
import { FINGERPRINT_SCHEME, decodeShingles, encodeShingles, fingerprint, isNearDuplicate, type Fingerprint } from './fingerprint';

/** Candidate entries read per lookup, most band hits first. */
export const MAX_CANDIDATES = 24;

/**
 * How long a would-be original waits before its second look (ms). Bounds the time between a
 * concurrent processor's lookup and its registration. WIREWATCH_DEDUP_SETTLE_MS overrides.
 */
export const SETTLE_MS = 500;

export interface DuplicateDecision {
  duplicateOf: string | null;
  /** What decided it, for logs and tests. */
  why: 'too-short' | 'original' | 'duplicate' | 'kept-original' | 'kept-duplicate' | 'yielded';
  /** Index reads and writes this decision took. */
  gets: number;
  puts: number;
}

/** What a decision needs of the record: its text; the rest (when there) goes into its cluster member. */
export type DuplicateInput = Pick<StoryRecord, 'id' | 'text'> & Partial<Pick<StoryRecord, 'url' | 'headline' | 'publishedAt' | 'fetchedAt' | 'source'>>;

export interface DecideOptions {
  /** Overrides SETTLE_MS (and the environment). */
  settleMs?: number;
  /** How to wait (tests may pass a scheduler); default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Called when the decision starts a settle wait (its store work is done until the second
   * look): the caller may start its next story meanwhile (lambdas/processor.ts).
   */
  onSettle?: () => void;
}

/** One lock per store: stories whose bands overlap are decided one after the other. */
const lockFor = lockPerStore<Store>();

function usable(entry: FingerprintEntry | null): FingerprintEntry | null {
  return entry && entry.scheme === FINGERPRINT_SCHEME ? entry : null;
}

function earlier(a: Pick<FingerprintEntry, 'firstSeen' | 'id'>, b: Pick<FingerprintEntry, 'firstSeen' | 'id'>): boolean {
  return a.firstSeen !== b.firstSeen ? a.firstSeen < b.firstSeen : a.id < b.id;
}

function settleMsOf(opts: DecideOptions, store: Store): number {
  if (opts.settleMs !== undefined) return opts.settleMs;
  // Only another process can register an earlier copy unseen; within one, lockFor() orders them.
  if (store.soleWriter) return 0;
  const env = Number(process.env.WIREWATCH_DEDUP_SETTLE_MS);
  return Number.isFinite(env) && env >= 0 ? env : SETTLE_MS;
}

export function clusterMemberOf(record: DuplicateInput): ClusterMember {
  return {
    id: record.id,
    url: record.url ?? null,
    publisher: record.source?.publisher ?? null,
    domain: record.source?.domain ?? null,
    headline: record.headline ?? null,
    publishedAt: record.publishedAt ?? null,
    fetchedAt: record.fetchedAt ?? null,
  };
}

/**
 * Decides duplicateOf for a record about to be written, and registers its fingerprint and
 * cluster membership. Call once per record write; the result is what duplicateOf must say.
 */
export async function decideDuplicate(record: DuplicateInput, store: Store, now: () => Date = () => new Date(), opts: DecideOptions = {}): Promise<DuplicateDecision> {
  const fp = fingerprint(record.text);
  const counts = { gets: 0, puts: 0 };
  const get = <T>(p: Promise<T>) => {
    counts.gets++;
    return p;
  };
  const put = <T>(p: Promise<T>) => {
    counts.puts++;
    return p;
  };
  const settleMs = settleMsOf(opts, store);
  const pause = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const sleep = (ms: number) => {
    opts.onSettle?.();
    return pause(ms);
  };
  if (!fp) {
    const own = usable(await get(store.getFingerprint(record.id)));
    return { duplicateOf: own?.duplicateOf ?? null, why: 'too-short', ...counts };
  }

  return lockFor(store).run(fp.bands, async () => {
    const own = usable(await get(store.getFingerprint(record.id)));
    const base = { id: record.id, scheme: FINGERPRINT_SCHEME, shingles: encodeShingles(fp.shingles) };
    const member = clusterMemberOf(record);

    /** Moves the story's cluster membership to `canonical` (itself for an original). */
    const joinCluster = async (canonical: string, left: string | null) => {
      await put(store.putClusterMember(canonical, member));
      if (left && left !== canonical) await store.removeClusterMember(left, record.id);
    };
    const previousCluster = own ? (own.duplicateOf ?? own.id) : null;

    const asCopy = async (original: FingerprintEntry, firstSeen: string, why: DuplicateDecision['why']): Promise<DuplicateDecision> => {
      // An original that was one before leaves its bands: only originals are listed.
      if (own?.duplicateOf === null) await Promise.all(own.bands.map((b) => store.removeFromBand(b, record.id)));
      await put(store.putFingerprint({ ...base, firstSeen, duplicateOf: original.id, bands: [] }));
      await joinCluster(original.id, previousCluster);
      return { duplicateOf: original.id, why, ...counts };
    };

    const asOriginal = async (firstSeen: string, why: DuplicateDecision['why']): Promise<DuplicateDecision> => {
      // Entry first, then the band members: whoever finds this id in a band can read its entry.
      const bands = [...new Set([...(own?.duplicateOf === null ? own.bands : []), ...fp.bands])];
      await put(store.putFingerprint({ ...base, firstSeen, duplicateOf: null, bands }));
      const known = new Set(own?.duplicateOf === null ? own.bands : []);
      const added = await Promise.all(fp.bands.filter((b) => !known.has(b)).map((band) => store.addToBand(band, record.id)));
      counts.gets += added.length;
      counts.puts += added.filter((r) => r === 'added').length;
      await joinCluster(record.id, previousCluster);
      return { duplicateOf: null, why, ...counts };
    };

    /**
     * The second look after registering as an original: a near-identical original registered
     * earlier by another processor wins, and this story becomes its copy.
     */
    const secondLook = async (firstSeen: string, why: DuplicateDecision['why']): Promise<DuplicateDecision> => {
      await sleep(settleMs);
      const rival = await findOriginal(record.id, fp, store, get);
      if (rival && earlier(rival, { id: record.id, firstSeen })) {
        await Promise.all(fp.bands.map((b) => store.removeFromBand(b, record.id)));
        await put(store.putFingerprint({ ...base, firstSeen, duplicateOf: rival.id, bands: [] }));
        await joinCluster(rival.id, record.id);
        return { duplicateOf: rival.id, why: 'yielded', ...counts };
      }
      return { duplicateOf: null, why, ...counts };
    };

    if (own && own.duplicateOf === null) {
      const kept = await asOriginal(own.firstSeen, 'kept-original');
      // The same story in two processors at once: the other may be about to yield this entry to an
      // earlier original, and rewriting it as an original here would undo that. A young entry looks again.
      const young = now().getTime() - Date.parse(own.firstSeen) < 4 * settleMs;
      return settleMs > 0 && young ? secondLook(own.firstSeen, 'kept-original') : kept;
    }
    if (own && own.duplicateOf) {
      const original = usable(await get(store.getFingerprint(own.duplicateOf)));
      if (original && original.duplicateOf === null && isNearDuplicate(fp.shingles, decodeShingles(original.shingles))) {
        return asCopy(original, own.firstSeen, 'kept-duplicate');
      }
    }

    const found = await findOriginal(record.id, fp, store, get);
    // Taken after the lookup: every story this one saw registered before it.
    const firstSeen = own?.firstSeen ?? now().toISOString();
    if (found) {
      const decided = await asCopy(found, firstSeen, 'duplicate');
      // A young original may yet yield to an earlier one registered at the same moment elsewhere.
      const age = Date.parse(firstSeen) - Date.parse(found.firstSeen);
      if (settleMs > 0 && age >= 0 && age < 4 * settleMs) {
        await sleep(settleMs);
        const again = await findOriginal(record.id, fp, store, get);
        if (again && again.id !== found.id) return asCopy(again, firstSeen, 'duplicate');
      }
      return decided;
    }

    await asOriginal(firstSeen, 'original');
    if (settleMs <= 0) return { duplicateOf: null, why: 'original', ...counts };
    return secondLook(firstSeen, 'original');
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
    // A copy still listed (it yielded a moment ago and is leaving its bands) is no candidate.
    if (!entry || entry.id === id || entry.duplicateOf !== null) continue;
    if (!isNearDuplicate(fp.shingles, decodeShingles(entry.shingles))) continue;
    if (!best || earlier(entry, best)) best = entry;
  }
  return best;
}

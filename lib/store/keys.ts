// The S3 key scheme (DESIGN.md). One place, so the Glue table, the lambdas and the
// local runner never disagree about where an object lives.
//
// Beyond DESIGN.md's four prefixes the store keeps two small pointer prefixes:
//   index/records/{id}.json   → {key, contentHash, ...} of the one live record of a story
//   index/failures/{id}.json  → {key, attempts} of its one live failure record
// Records are partitioned by publishedAt, which can change when a story is re-fetched;
// the pointer lets the store delete the stale copy and answer getRecord(id) with one read
// instead of a listing. The Glue table reads only records/, so index/ is invisible to SQL.
//
// And the near-duplicate index (lib/pipeline/duplicates.ts), also under index/:
//   index/fingerprints/ids/{id}.json       → {firstSeen, duplicateOf, shingles, bands} of a story
//   index/fingerprints/members/{band}/{id}  → empty: original stories whose MinHash band matches,
//                                             one object each (no shared object to read-modify-write);
//                                             a lookup lists a handful of these small prefixes
// and the story clusters:
//   index/clusters/{canonicalId}/{id}.json  → {id, url, publisher, headline, publishedAt...} of each
//                                             outlet's copy of one wire story, the canonical one included

const ID_RE = /^[0-9a-f]{16}$/;
const FEED_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isStoryId(id: string): boolean {
  return ID_RE.test(id);
}

export function isFeedId(id: string): boolean {
  return FEED_ID_RE.test(id);
}

/** yyyy-mm-dd (UTC) of an ISO timestamp. */
export function utcDate(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new RangeError(`not a date: ${iso}`);
  return new Date(t).toISOString().slice(0, 10);
}

export function rawKey(id: string, fetchedAt: string): string {
  const [y, m, d] = utcDate(fetchedAt).split('-');
  return `raw/${y}/${m}/${d}/${id}.html.gz`;
}

/** Partition by publishedAt date, fetchedAt when unknown. */
export function recordKey(r: { id: string; publishedAt: string | null; fetchedAt: string }): string {
  return `records/dt=${utcDate(r.publishedAt ?? r.fetchedAt)}/${r.id}.json`;
}

export function failureKey(f: { id: string; at: string }): string {
  return `failures/dt=${utcDate(f.at)}/${f.id}.json`;
}

export function feedStateKey(feedId: string): string {
  return `state/feeds/${feedId}.json`;
}

export function recordIndexKey(id: string): string {
  return `index/records/${id}.json`;
}

export function failureIndexKey(id: string): string {
  return `index/failures/${id}.json`;
}

/** LSH band names made by lib/pipeline/fingerprint.ts, e.g. s1b3-0f3a9c2e51d4b7a0. */
const BAND_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isBandName(band: string): boolean {
  return BAND_RE.test(band);
}

export function fingerprintKey(id: string): string {
  return `index/fingerprints/ids/${id}.json`;
}

/** index/fingerprints/members/{band}/: one empty object per original listed under the band. */
export function fingerprintBandPrefix(band: string): string {
  if (!isBandName(band)) throw new RangeError(`not a band name: ${band}`);
  return `index/fingerprints/members/${band}/`;
}

export function fingerprintBandMemberKey(band: string, id: string): string {
  if (!isStoryId(id)) throw new RangeError(`not a story id: ${id}`);
  return `${fingerprintBandPrefix(band)}${id}`;
}

/** index/clusters/{canonicalId}/: one object per outlet's copy of a wire story (lib/pipeline/duplicates.ts). */
export function clusterPrefix(canonicalId: string): string {
  if (!isStoryId(canonicalId)) throw new RangeError(`not a story id: ${canonicalId}`);
  return `index/clusters/${canonicalId}/`;
}

export function clusterMemberKey(canonicalId: string, id: string): string {
  if (!isStoryId(id)) throw new RangeError(`not a story id: ${id}`);
  return `${clusterPrefix(canonicalId)}${id}.json`;
}

/** id of a records/ or failures/ object key, or null. */
export function idFromKey(key: string): string | null {
  const m = /\/([0-9a-f]{16})\.json$/.exec(key);
  return m ? m[1] : null;
}

/** The dt= partition (yyyy-mm-dd) of a records/ or failures/ key, or null. */
export function partitionOfKey(key: string): string | null {
  const m = /\/dt=(\d{4}-\d{2}-\d{2})\//.exec(key);
  return m ? m[1] : null;
}

/** id of a raw/yyyy/mm/dd/{id}.html.gz key, or null. */
export function idFromRawKey(key: string): string | null {
  const m = /^raw\/\d{4}\/\d{2}\/\d{2}\/([0-9a-f]{16})\.html\.gz$/.exec(key);
  return m ? m[1] : null;
}

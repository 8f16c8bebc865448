// The story cluster of a record: every outlet that ran the same wire story, for the browse API.
// Written by lib/pipeline/duplicates.ts (one member object per copy under the canonical id);
// read here with one listing and one GET per member.
import type { StoryRecord } from '../types';
import type { ClusterMember, Store } from '../store';

export interface StoryCluster {
  /** The first record of the wire story: the one the copies' duplicateOf names. */
  canonicalId: string;
  /** Records in the cluster, the canonical one included. */
  size: number;
  /** Distinct outlets (publisher, else domain) other than this record's own. */
  otherOutlets: number;
  /** Every copy, earliest first (publishedAt, else fetchedAt). */
  members: Array<ClusterMember & { canonical: boolean }>;
}

function outletOf(m: Pick<ClusterMember, 'publisher' | 'domain' | 'id'>): string {
  return (m.publisher ?? m.domain ?? m.id).toLowerCase();
}

const timeOf = (m: ClusterMember) => m.publishedAt ?? m.fetchedAt ?? '';

/** The cluster the record belongs to; a record no one republished is a cluster of one. */
export async function storyClusterOf(store: Store, record: StoryRecord): Promise<StoryCluster> {
  const canonicalId = record.duplicateOf ?? record.id;
  const listed = await store.listClusterMembers(canonicalId);
  const self: ClusterMember = {
    id: record.id,
    url: record.url,
    publisher: record.source.publisher,
    domain: record.source.domain,
    headline: record.headline,
    publishedAt: record.publishedAt,
    fetchedAt: record.fetchedAt,
  };
  // The record itself is always in its cluster, with what it says now (a stale member object, or
  // none for a record stored before clusters existed, does not hide it).
  const byId = new Map(listed.map((m) => [m.id, m]));
  byId.set(record.id, self);
  const members = [...byId.values()]
    .sort((a, b) => (a.id === canonicalId ? -1 : b.id === canonicalId ? 1 : timeOf(a).localeCompare(timeOf(b)) || a.id.localeCompare(b.id)))
    .map((m) => ({ ...m, canonical: m.id === canonicalId }));
  const mine = outletOf(self);
  const otherOutlets = new Set(members.map(outletOf).filter((o) => o !== mine)).size;
  return { canonicalId, size: members.length, otherOutlets, members };
}

// Token trie: finds the longest run of tokens, starting at a position, that spells a known form.
// One property lookup per token of the match instead of one string join per n-gram length.

/**
 * Packed trie, as stored in the precomputed index files: one plain object per node, keyed by
 * lower-cased token; the key "" (never a token) holds the indexes of the values ending there.
 * JSON.parse builds it natively, so loading an index costs no insertion loop.
 */
export interface PackedNode { [token: string]: PackedNode | number[] }

const hasOwn = Object.prototype.hasOwnProperty;

/** Builds a packed trie from token lists (lower-cased here) and value indexes, in insertion order. */
export function packTrie(items: Iterable<[string[], number]>): PackedNode {
  const root: PackedNode = {};
  for (const [tokens, v] of items) {
    let node = root;
    for (const t of tokens) {
      const k = t.toLowerCase();
      if (!hasOwn.call(node, k)) node[k] = {};
      node = node[k] as PackedNode;
    }
    if (!hasOwn.call(node, '')) node[''] = [];
    (node[''] as number[]).push(v);
  }
  return root;
}

export class PackedTrie<T> {
  private readonly cache: Array<T | undefined> = [];
  /** the first level as a Map: every token of every story is looked up here, and Map lookups of
   * fresh (non-internalized) strings are cheaper than object property lookups */
  private readonly first: Map<string, PackedNode>;
  constructor(private readonly root: PackedNode, private readonly make: (index: number) => T) {
    this.first = new Map(Object.entries(root).filter(([k]) => k !== '') as Array<[string, PackedNode]>);
  }

  private child(node: PackedNode, token: string): PackedNode | undefined {
    return token !== '' && hasOwn.call(node, token) ? (node[token] as PackedNode) : undefined;
  }

  private values(node: PackedNode): T[] | null {
    const idx = hasOwn.call(node, '') ? (node[''] as number[]) : null;
    return idx ? idx.map((i) => (this.cache[i] ??= this.make(i))) : null;
  }

  /** Some value starts with this lower-cased token. */
  hasFirst(token: string): boolean {
    return this.first.has(token);
  }

  /** Values spelled exactly by these lower-cased tokens. */
  get(tokens: string[]): T[] | undefined {
    let node: PackedNode | undefined = tokens.length ? this.first.get(tokens[0]) : this.root;
    for (let k = 1; node && k < tokens.length; k++) node = this.child(node, tokens[k]);
    if (!node) return undefined;
    return this.values(node) ?? undefined;
  }

  /** Matches starting at `i`, longest first: [length, values]. */
  matches(low: string[], i: number): Array<[number, T[]]> {
    const out: Array<[number, T[]]> = [];
    let node: PackedNode | undefined = this.root;
    for (let j = i; j < low.length; j++) {
      node = j === i ? this.first.get(low[j]) : this.child(node!, low[j]);
      if (!node) break;
      const v = this.values(node);
      if (v) out.push([j - i + 1, v]);
    }
    return out.reverse();
  }
}

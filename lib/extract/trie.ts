// Token trie: finds the longest run of tokens, starting at a position, that spells a known form.
// One map lookup per token of the match instead of one string join per n-gram length.

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

export function newTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: null };
}

export function trieInsert<T>(root: TrieNode<T>, tokens: string[], value: T): void {
  let node = root;
  for (const t of tokens) {
    const k = t.toLowerCase();
    let child = node.next.get(k);
    if (!child) { child = newTrie<T>(); node.next.set(k, child); }
    node = child;
  }
  (node.values ??= []).push(value);
}

/** Matches starting at `i`, longest first: [length, values]. */
export function trieMatches<T>(root: TrieNode<T>, low: string[], i: number): Array<[number, T[]]> {
  const out: Array<[number, T[]]> = [];
  let node: TrieNode<T> | undefined = root;
  for (let j = i; j < low.length; j++) {
    node = node.next.get(low[j]);
    if (!node) break;
    if (node.values) out.push([j - i + 1, node.values]);
  }
  return out.reverse();
}

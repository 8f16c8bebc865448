/**
 * In-process mutual exclusion by key: tasks on a key run one at a time, in arrival order.
 * Several keys are taken in sorted order, so two tasks sharing keys cannot deadlock.
 * It only orders work inside one process (one runner, one warm Lambda); across processes
 * the store relies on S3's conditional writes.
 */
export class KeyedLock {
  private tails = new Map<string, Promise<void>>();

  async run<T>(keys: string | string[], task: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(Array.isArray(keys) ? keys : [keys])].sort();
    const releases: Array<() => void> = [];
    try {
      for (const key of sorted) releases.push(await this.acquire(key));
      return await task();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  /** Keys currently held or waited for (for tests: the map must not grow without bound). */
  get size(): number {
    return this.tails.size;
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      // Last one out removes the key.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}

/** A function giving each store its own KeyedLock, made on first use and dropped with the store. */
export function lockPerStore<S extends object>(): (store: S) => KeyedLock {
  const locks = new WeakMap<S, KeyedLock>();
  return (store) => {
    let lock = locks.get(store);
    if (!lock) {
      lock = new KeyedLock();
      locks.set(store, lock);
    }
    return lock;
  };
}

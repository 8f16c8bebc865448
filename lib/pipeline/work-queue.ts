import pLimit from 'p-limit';

/**
 * Runs tasks `concurrency` at a time (p-limit) and holds producers back once `highWater`
 * tasks are waiting: a feed of 100,000 items streams through a few dozen pending tasks
 * instead of 100,000 queued closures.
 */
export class WorkQueue {
  private readonly limit: pLimit.Limit;
  private readonly highWater: number;
  private readonly running = new Set<Promise<void>>();
  private waiters: Array<() => void> = [];

  constructor(concurrency: number, highWater = concurrency * 4) {
    this.limit = pLimit(Math.max(1, concurrency));
    this.highWater = Math.max(1, highWater);
  }

  /** Resolves once the task is queued (not done); waits while the queue is full. Tasks must not throw. */
  async push(task: () => Promise<void>): Promise<void> {
    while (this.limit.pendingCount >= this.highWater) await new Promise<void>((r) => this.waiters.push(r));
    const p: Promise<void> = this.limit(task).finally(() => {
      this.running.delete(p);
      const ready = this.waiters;
      this.waiters = [];
      for (const w of ready) w();
    });
    this.running.add(p);
  }

  /** Tasks queued or running now. */
  get size(): number {
    return this.running.size;
  }

  /** Resolves when every task pushed so far has finished. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}

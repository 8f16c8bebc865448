import pLimit from 'p-limit';

export interface HostPacerOptions {
  /** Minimum time between the starts of two requests to one host, default 1000 ms. */
  minIntervalMs?: number;
  /** Requests to one host at the same time, default 2. */
  concurrency?: number;
  /** A slot whose release is never called frees itself after this long, default 60 s. */
  maxHoldMs?: number;
}

interface HostSlot {
  limit: pLimit.Limit;
  nextStartAt: number;
  /** When the last turn actually began: a timer that fires late must not bring the next one closer. */
  lastStartAt: number;
}

/**
 * Per-host politeness: at most `concurrency` requests in flight to one host
 * and at least `minIntervalMs` between their starts. Concurrency comes from
 * p-limit (one limiter per host); the spacing is a per-host "next start"
 * time reserved synchronously, so waiters start in arrival order.
 */
export class HostPacer {
  readonly minIntervalMs: number;
  readonly concurrency: number;
  private readonly maxHoldMs: number;
  private readonly hosts = new Map<string, HostSlot>();

  constructor(options: HostPacerOptions = {}) {
    this.minIntervalMs = Math.max(0, options.minIntervalMs ?? 1000);
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.maxHoldMs = options.maxHoldMs ?? 60_000;
  }

  /**
   * Wait for a turn at `host` (a host name or a URL). Resolves with a
   * release function: call it when the request is done to free the slot.
   */
  wait(host: string): Promise<() => void> {
    const key = hostKey(host);
    const slot = this.slot(key);
    return new Promise((resolveTurn) => {
      void slot.limit(
        () =>
          new Promise<void>((releaseSlot) => {
            const now = Date.now();
            const startAt = Math.max(now, slot.nextStartAt);
            slot.nextStartAt = startAt + this.minIntervalMs;
            let released = false;
            const release = (): void => {
              if (released) return;
              released = true;
              clearTimeout(guard);
              releaseSlot();
              this.prune(key);
            };
            const guard = setTimeout(release, this.maxHoldMs);
            guard.unref();
            // Turns are scheduled minIntervalMs apart, but a loaded process runs a timer late: the
            // gap is checked again against when the previous turn really began.
            const begin = (): void => {
              const early = slot.lastStartAt + this.minIntervalMs - Date.now();
              if (early > 0) return void setTimeout(begin, early);
              slot.lastStartAt = Date.now();
              resolveTurn(release);
            };
            setTimeout(begin, startAt - now);
          }),
      );
    });
  }

  /** Run `task` in a turn at `host`, releasing the slot when it settles. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const release = await this.wait(host);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** The host asked us to wait (Retry-After): no request to it starts before `ms` from now. */
  holdOff(host: string, ms: number): void {
    const slot = this.slot(hostKey(host));
    slot.nextStartAt = Math.max(slot.nextStartAt, Date.now() + Math.max(0, ms));
  }

  /** Hosts currently tracked (for tests and metrics). */
  get trackedHosts(): number {
    return this.hosts.size;
  }

  private slot(key: string): HostSlot {
    let slot = this.hosts.get(key);
    if (!slot) {
      slot = { limit: pLimit(this.concurrency), nextStartAt: 0, lastStartAt: -Infinity };
      this.hosts.set(key, slot);
    }
    return slot;
  }

  /** Drop an idle host whose spacing has passed, so the map does not grow without bound. */
  private prune(key: string): void {
    const slot = this.hosts.get(key);
    if (!slot) return;
    setImmediate(() => {
      if (this.hosts.get(key) !== slot || slot.limit.activeCount > 0 || slot.limit.pendingCount > 0) return;
      const wait = slot.nextStartAt - Date.now();
      if (wait <= 0) this.hosts.delete(key);
      else setTimeout(() => this.prune(key), wait).unref();
    });
  }
}

function hostKey(hostOrUrl: string): string {
  if (hostOrUrl.includes('://')) {
    try {
      return new URL(hostOrUrl).hostname.toLowerCase();
    } catch {
      // fall through: treat it as a plain host name
    }
  }
  return hostOrUrl.trim().toLowerCase();
}

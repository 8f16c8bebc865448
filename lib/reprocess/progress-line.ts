// A one-line progress bar for a terminal: done/total, rate and ETA, redrawn in place.
// No package: cli-progress is not installed, and this is one line of text rewritten with \r.
// Off (writes nothing) when the stream is not a TTY, so logs and pipes stay clean.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/** 75 s → "1m15s"; 3700 s → "1h01m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class ProgressLine {
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;
  readonly enabled: boolean;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly opts: { label?: string; minIntervalMs?: number; clock?: () => number } = {},
  ) {
    this.enabled = Boolean(stream.isTTY);
    this.started = this.now();
  }

  private now(): number {
    return this.opts.clock ? this.opts.clock() : performance.now();
  }

  /** The line for `done` items (pure apart from the clock; also used by tests). */
  line(done: number): string {
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (this.total - done) / rate : NaN;
    const pct = this.total > 0 ? Math.floor((done / this.total) * 100) : 100;
    const width = 24;
    const filled = this.total > 0 ? Math.round((done / this.total) * width) : width;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    return `${this.opts.label ?? 'progress'} ${bar} ${done}/${this.total} ${pct}% ${rate.toFixed(1)}/s ETA ${done >= this.total ? '0s' : formatDuration(eta)}`;
  }

  /** Redraws at most every minIntervalMs (default 100), and always for the last item. */
  update(done: number): void {
    if (!this.enabled) return;
    const t = this.now();
    if (done < this.total && t - this.lastDraw < (this.opts.minIntervalMs ?? 100)) return;
    this.lastDraw = t;
    const text = this.line(done);
    const max = (this.stream.columns ?? 100) - 1;
    this.stream.write(`\r${text.length > max ? text.slice(0, max) : text}\x1b[K`);
    this.drawn = true;
  }

  /** Ends the line so what follows starts on its own. */
  finish(): void {
    if (this.enabled && this.drawn) this.stream.write('\n');
    this.drawn = false;
  }
}

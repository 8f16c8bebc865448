// `wirewatch reprocess`: rebuild records from the raw archive with the current extractor.
import { EXTRACTOR_VERSION } from '../record';
import { ProgressLine, formatReprocessSummary, listPointerHints, listRange, rebuildKeys, type ReprocessRange } from '../reprocess';
import { openStoreFromEnv } from './config';

export interface ReprocessCommandOptions extends ReprocessRange {
  json: boolean;
  concurrency: number;
  /** Worker threads that build records (0: on the main thread). */
  threads: number;
}

export async function reprocessCommand(opts: ReprocessCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WriteStream | NodeJS.WritableStream } = process): Promise<number> {
  const opened = await openStoreFromEnv();
  try {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    // The whole range is listed first (keys only): the progress bar needs its total.
    const keys = await listRange(opened.store, opts);
    // The whole archive: one listing of records and pointers saves a pointer GET per story. A date
    // range is a part of it whose records/ (by publication day) and pointers (by id) cannot be
    // listed alone, so it reads its pointers one by one.
    const h0 = performance.now();
    const hints = !opts.since && !opts.until && keys.length > 0 ? await listPointerHints(opened.store) : undefined;
    const hintsMs = performance.now() - h0;
    let pointersListed = 0;
    const progress = new ProgressLine(io.stderr as NodeJS.WriteStream, keys.length, { label: 'reprocess' });
    const timings = { storeMs: 0, cleanMs: 0, extractMs: 0 };
    // loaded only when used: piscina and the workers' start-up are for a real batch
    const pool = opts.threads > 0 && keys.length > 0 ? (require('../reprocess/build-pool') as typeof import('../reprocess/build-pool')).createBuildPool(opts.threads) : null;
    const run = await rebuildKeys(keys, {
      store: opened.store,
      version: EXTRACTOR_VERSION,
      all: opts.all,
      concurrency: opts.concurrency,
      build: pool?.build,
      hints,
      onResult: (r, s) => {
        if (r.pointerListed) pointersListed++;
        timings.storeMs += r.timings.storeMs;
        timings.cleanMs += r.timings.cleanMs;
        timings.extractMs += r.timings.extractMs;
        progress.update(s.seen);
      },
    }).finally(async () => {
      progress.finish();
      await pool?.close();
    });
    const ms = performance.now() - t0;
    const round = (n: number) => Math.round(n);
    const json = {
      ...run.summary,
      extractorVersion: EXTRACTOR_VERSION,
      threads: pool?.threads ?? 0,
      pointersListed,
      hintsMs: Math.round(hintsMs),
      ms: round(ms),
      perSecond: ms > 0 ? Math.round((run.summary.seen * 10_000) / ms) / 10 : 0,
      // Sums over rebuilds: store waits overlap when rebuilds run side by side; clean and extract do not.
      timings: { storeMs: round(timings.storeMs), cleanMs: round(timings.cleanMs), extractMs: round(timings.extractMs) },
      cpuMs: round((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    io.stdout.write(opts.json ? `${JSON.stringify(json)}\n` : `${formatReprocessSummary(run.summary, ms)}\n`);
    return run.summary.failed > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}

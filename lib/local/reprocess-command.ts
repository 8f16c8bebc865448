// `wirewatch reprocess`: rebuild records from the raw archive with the current extractor.
import { EXTRACTOR_VERSION } from '../record';
import { ProgressLine, formatReprocessSummary, listRange, rebuildKeys, type ReprocessRange } from '../reprocess';
import { openStoreFromEnv } from './config';

export interface ReprocessCommandOptions extends ReprocessRange {
  json: boolean;
  concurrency: number;
}

export async function reprocessCommand(opts: ReprocessCommandOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WriteStream | NodeJS.WritableStream } = process): Promise<number> {
  const opened = await openStoreFromEnv();
  try {
    const t0 = performance.now();
    // The whole range is listed first (keys only): the progress bar needs its total.
    const keys = await listRange(opened.store, opts);
    const progress = new ProgressLine(io.stderr as NodeJS.WriteStream, keys.length, { label: 'reprocess' });
    const run = await rebuildKeys(keys, {
      store: opened.store,
      version: EXTRACTOR_VERSION,
      all: opts.all,
      concurrency: opts.concurrency,
      onResult: (_r, s) => progress.update(s.seen),
    }).finally(() => progress.finish());
    const ms = performance.now() - t0;
    io.stdout.write(opts.json ? `${JSON.stringify({ ...run.summary, extractorVersion: EXTRACTOR_VERSION, ms: Math.round(ms) })}\n` : `${formatReprocessSummary(run.summary, ms)}\n`);
    return run.summary.failed > 0 ? 1 : 0;
  } finally {
    await opened.close();
  }
}

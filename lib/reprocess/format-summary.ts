import type { ReprocessSummary } from './run-reprocess';

/** "rebuilt 12, unchanged 30, failed 1 (charset 1), skipped 4 (already current or superseded) · 47 raw objects in 1.2 s" */
export function formatReprocessSummary(s: ReprocessSummary, ms: number): string {
  const reasons = Object.entries(s.failedByReason).map(([k, v]) => `${k} ${v}`).join(', ');
  const rate = ms > 0 ? ` (${((s.seen * 1000) / ms).toFixed(1)} per second)` : '';
  return [
    `rebuilt ${s.rebuilt}, unchanged ${s.unchanged}, failed ${s.failed}${reasons ? ` (${reasons})` : ''}`,
    `skipped ${s.skipped} (already at the current extractor version, or superseded by a newer fetch)`,
    `${s.seen} raw objects in ${(ms / 1000).toFixed(1)} s${rate}`,
  ].join('\n');
}

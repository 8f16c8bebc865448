import type { RunSummary } from './types';

function byReason(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([reason, n]) => `${reason} ${n}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The run summary for people; `--json` prints the RunSummary itself. */
export function formatSummary(s: RunSummary): string {
  return [
    `feeds:   ${s.feeds.total} total, ${s.feeds.polled} polled, ${s.feeds.notModified} not modified, ${s.feeds.failed} failed${byReason(s.feeds.failedByReason)}`,
    `stories: ${s.stories.found} found, ${s.stories.new} new, ${s.stories.recorded} recorded${s.stories.merged ? `, ${s.stories.merged} merged into an existing record` : ''}, ${s.stories.failed} failed${byReason(s.stories.failedByReason)}${s.stories.deferred ? `, ${s.stories.deferred} left for the next run (store unavailable)` : ''}`,
    `incidents: ${s.incidents} cyber-incident stories recorded${s.duplicates ? `; ${s.duplicates} ${s.duplicates === 1 ? 'record is a republished copy' : 'records are republished copies'} of an earlier one` : ''}`,
    `took ${(s.durationMs / 1000).toFixed(1)} s`,
  ].join('\n');
}

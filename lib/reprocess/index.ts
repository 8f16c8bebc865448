export { rebuildFromRaw, sameContent } from './rebuild-story';
export type { RebuildOutcome, RebuildResult, RebuildOptions, RebuildTimings } from './rebuild-story';
export { reprocessChunk, rebuildKeys, listRange, checkRange, emptySummary, addSummaries, ReprocessRangeError } from './run-reprocess';
export type { ReprocessRange, ReprocessSummary, ReprocessOptions, ReprocessChunk } from './run-reprocess';
export { ProgressLine, formatDuration } from './progress-line';
export { formatReprocessSummary } from './format-summary';
export { buildRecord } from './build-record';
export type { BuildInput, BuildOutput, RecordBuilder } from './build-record';

// EventBridge schedule → fold the browse index's pending entries into month shards
// (lib/store/browse-index.ts). Safe to run beside processors and beside another compaction:
// it deletes only objects whose entries it has already written into a new shard.
import { describeError } from '../lib/errors';
import { observability } from './shared/observability';
import { lazy, storeFromEnv } from './shared/runtime';

const { logger, metrics } = observability('wirewatch-compact-index');

const runtime = lazy(async () => (await storeFromEnv(process.env)).store);

export interface CompactResult {
  months: string[];
  folded: number;
  skipped: string[];
}

export async function handler(): Promise<CompactResult> {
  const store = await runtime();
  try {
    const report = await store.browseIndex.compact();
    logger.info('browse index compacted', { ...report });
    metrics.addMetric('BrowseEntriesFolded', 'Count', report.folded);
    return report;
  } catch (e) {
    // Nothing was lost: what was not folded stays pending for the next run.
    logger.error('browse index compaction failed', { error: describeError(e) });
    throw e;
  } finally {
    metrics.publishStoredMetrics();
  }
}

import type { CompactOptions } from '../store';

/**
 * When `wirewatch run` (after each pass) and `wirewatch serve` (every minute) fold a month of
 * the browse index into its shard: at 50 pending entries, or once one is 10 minutes old. The
 * local stand-ins for the deployment's scheduled compactor.
 */
export const LOCAL_COMPACTION: CompactOptions = { minPending: 50, maxPendingAgeMs: 10 * 60_000 };

import { formatSummary } from '../../../lib/pipeline/format-summary';
import type { RunSummary } from '../../../lib/pipeline/types';

describe('formatSummary', () => {
  it('names every count and the failures by reason, most frequent first', () => {
    const s: RunSummary = {
      feeds: { total: 3, polled: 1, notModified: 1, failed: 1, failedByReason: { 'not-a-feed': 1 } },
      stories: { found: 12, new: 5, recorded: 2, failed: 3, merged: 0, deferred: 0, mergedInto: {}, failedByReason: { robots: 1, 'http-status': 2 } },
      incidents: 2,
      duplicates: 0,
      durationMs: 1234,
    };
    const text = formatSummary(s).split('\n');
    expect(text[0]).toBe('feeds:   3 total, 1 polled, 1 not modified, 1 failed (not-a-feed 1)');
    expect(text[1]).toBe('stories: 12 found, 5 new, 2 recorded, 3 failed (http-status 2, robots 1)');
    expect(text[2]).toMatch(/^incidents: 2 /);
    expect(text[3]).toBe('took 1.2 s');
    expect(text[2]).not.toMatch(/republished/);
  });

  it('names merged stories and stories left for the next run, only when there are some', () => {
    const s: RunSummary = {
      feeds: { total: 1, polled: 1, notModified: 0, failed: 0, failedByReason: {} },
      stories: { found: 9, new: 9, recorded: 4, failed: 1, merged: 2, deferred: 2, mergedInto: { a: 'b' }, failedByReason: { 'http-status': 1 } },
      incidents: 0,
      duplicates: 0,
      durationMs: 10,
    };
    expect(formatSummary(s).split('\n')[1]).toBe('stories: 9 found, 9 new, 4 recorded, 2 merged into an existing record, 1 failed (http-status 1), 2 left for the next run (store unavailable)');
  });

  it('says how many records written are republished copies', () => {
    const base: RunSummary = {
      feeds: { total: 1, polled: 1, notModified: 0, failed: 0, failedByReason: {} },
      stories: { found: 3, new: 3, recorded: 3, failed: 0, merged: 0, deferred: 0, mergedInto: {}, failedByReason: {} },
      incidents: 3,
      duplicates: 1,
      durationMs: 10,
    };
    expect(formatSummary(base).split('\n')[2]).toBe('incidents: 3 cyber-incident stories recorded; 1 record is a republished copy of an earlier one');
    expect(formatSummary({ ...base, duplicates: 2 }).split('\n')[2]).toMatch(/; 2 records are republished copies of an earlier one$/);
  });
});

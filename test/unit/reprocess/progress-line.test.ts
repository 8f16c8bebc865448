import { ProgressLine, formatDuration } from '../../../lib/reprocess';

function tty(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 120, write: (s: string) => writes.push(s) }, writes };
}

describe('progress line', () => {
  it('shows done/total, percent, rate and ETA from the elapsed time', () => {
    let now = 0;
    const p = new ProgressLine(tty(true).stream, 1000, { label: 'reprocess', clock: () => now });
    now = 2000;
    expect(p.line(250)).toBe('reprocess [######------------------] 250/1000 25% 125.0/s ETA 6s');
    now = 10_000;
    expect(p.line(100)).toContain('ETA 1m30s');
  });

  it('redraws in place on a terminal, at most every interval, and ends the line', () => {
    let now = 0;
    const { stream, writes } = tty(true);
    const p = new ProgressLine(stream, 3, { clock: () => now, minIntervalMs: 100 });
    now = 150;
    p.update(1);
    now = 160;
    p.update(2); // too soon: skipped
    p.update(3); // the last one is always drawn
    p.finish();
    expect(writes).toHaveLength(3);
    expect(writes[0].startsWith('\r')).toBe(true);
    expect(writes[1]).toContain('3/3 100%');
    expect(writes[2]).toBe('\n');
  });

  it('writes nothing when the stream is not a terminal', () => {
    const { stream, writes } = tty(false);
    const p = new ProgressLine(stream, 2);
    p.update(1);
    p.update(2);
    p.finish();
    expect(writes).toEqual([]);
  });

  it('formats durations', () => {
    expect(formatDuration(5)).toBe('5s');
    expect(formatDuration(75)).toBe('1m15s');
    expect(formatDuration(3700)).toBe('1h01m');
    expect(formatDuration(NaN)).toBe('--');
  });
});

import { HttpStatusError, backoffMs, parseRetryAfter, retryDelay, withRetryAfter } from '../../../lib/fetch';

const NOW = Date.parse('2026-03-02T10:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP-dates (IMF-fixdate and the obsolete RFC 850 form)', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:07 GMT', NOW)).toBe(7000);
    expect(parseRetryAfter('Monday, 02-Mar-26 10:01:00 GMT', NOW)).toBe(60_000);
  });
  it('a date in the past means now; absent, negative, fractional or garbage values are unusable', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 10:00:00 GMT', NOW)).toBe(0);
    for (const v of [undefined, null, '', '-5', '1.5', 'soon', '10 minutes']) expect(parseRetryAfter(v, NOW)).toBeNull();
  });
});

describe('backoffMs', () => {
  it('is full jitter under a doubling ceiling, capped', () => {
    expect(backoffMs(1, 100, 10_000, () => 0.999)).toBe(100);
    expect(backoffMs(3, 100, 10_000, () => 0.5)).toBe(200);
    expect(backoffMs(20, 100, 10_000, () => 1)).toBe(10_000);
    expect(backoffMs(2, 100, 10_000, () => 0)).toBe(0);
  });
});

describe('retryDelay and withRetryAfter', () => {
  const err = (status: number, retryAfterMs: number | null = null) => new HttpStatusError('https://x.example/a', status, retryAfterMs);

  it('retries only 429 and 503; Retry-After is honoured up to the cap', () => {
    expect(retryDelay(err(404), 1)).toBeNull();
    expect(retryDelay(err(500), 1)).toBeNull();
    expect(retryDelay(new Error('x'), 1)).toBeNull();
    expect(retryDelay(err(503, 2000), 1, { maxRetryAfterMs: 5000 })).toBe(2000);
    expect(retryDelay(err(429, 3_600_000), 1, { maxRetryAfterMs: 5000 })).toBe(5000);
    expect(retryDelay(err(429), 3, { attempts: 3 })).toBeNull();
  });

  it('waits as asked, then backs off with jitter, then throws the last error', async () => {
    const waits: number[] = [];
    let calls = 0;
    const task = async () => {
      calls++;
      throw calls === 1 ? err(429, 1500) : err(503);
    };
    await expect(withRetryAfter(task, { attempts: 4, baseMs: 100, sleep: async (ms) => void waits.push(ms) })).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(4);
    expect(waits[0]).toBe(1500);
    expect(waits.slice(1).every((w, i) => w >= 0 && w <= 100 * 2 ** (i + 1))).toBe(true);
  });

  it('returns as soon as an attempt succeeds', async () => {
    let calls = 0;
    const out = await withRetryAfter(async () => (++calls < 2 ? Promise.reject(err(503, 10)) : 'ok'), { sleep: async () => undefined });
    expect(out).toBe('ok');
    expect(calls).toBe(2);
  });
});

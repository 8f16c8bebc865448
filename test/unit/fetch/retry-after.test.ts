import { HttpStatusError, parseRetryAfter, retryDelay, withRetryAfter, type RetryInfo } from '../../../lib/fetch';

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

describe('retryDelay and withRetryAfter', () => {
  const err = (status: number, retryAfterMs: number | null = null) => new HttpStatusError('https://x.example/a', status, retryAfterMs);

  it('retries only 429 and 503; Retry-After is honoured up to the cap', () => {
    expect(retryDelay(err(404), 1)).toBeNull();
    expect(retryDelay(err(500), 1)).toBeNull();
    expect(retryDelay(new Error('x'), 1)).toBeNull();
    expect(retryDelay(err(503, 2000), 1, { maxRetryAfterMs: 5000 })).toBe(2000);
    expect(retryDelay(err(429, 3_600_000), 1, { maxRetryAfterMs: 5000 })).toBe(5000);
    expect(retryDelay(err(429), 3, { attempts: 3 })).toBeNull();
    expect(retryDelay(err(503), 1)).toBe(0); // no Retry-After: only the jittered step
  });

  it('waits as asked, then backs off with jitter (exponential-backoff), then throws the last error', async () => {
    // Full jitter draws Math.random once per step; 0 makes the package's own timers instant.
    const random = jest.spyOn(Math, 'random').mockReturnValue(0);
    try {
      const waits: number[] = [];
      const infos: RetryInfo[] = [];
      let calls = 0;
      const task = async () => {
        calls++;
        throw calls === 1 ? err(429, 1500) : err(503);
      };
      const policy = { attempts: 4, baseMs: 100, sleep: async (ms: number) => void waits.push(ms), onRetry: (i: RetryInfo) => void infos.push(i) };
      await expect(withRetryAfter(task, policy)).rejects.toMatchObject({ status: 503 });
      expect(calls).toBe(4);
      expect(waits).toEqual([1500]); // the Retry-After wait; the steps are the package's timers
      expect(infos.map((i) => [i.attempt, i.status, i.waitMs, i.backoffMaxMs])).toEqual([
        [1, 429, 1500, 100],
        [2, 503, 0, 200],
        [3, 503, 0, 400],
      ]);
      expect(random).toHaveBeenCalledTimes(3);
    } finally {
      random.mockRestore();
    }
  });

  it('a status that is not 429/503 is thrown at once, without a retry', async () => {
    let calls = 0;
    await expect(withRetryAfter(async () => Promise.reject(err(++calls && 404)), { sleep: async () => undefined })).rejects.toMatchObject({ status: 404 });
    expect(calls).toBe(1);
  });

  it('returns as soon as an attempt succeeds', async () => {
    let calls = 0;
    const out = await withRetryAfter(async () => (++calls < 2 ? Promise.reject(err(503, 10)) : 'ok'), { sleep: async () => undefined });
    expect(out).toBe('ok');
    expect(calls).toBe(2);
  });
});

import { HostPacer } from '../../../lib/fetch';

test('requests to one host start at least minIntervalMs apart', async () => {
  const pacer = new HostPacer({ minIntervalMs: 80, concurrency: 4 });
  const starts: number[] = [];
  const t0 = Date.now();
  await Promise.all(
    [0, 1, 2].map(() => pacer.run('news.example', async () => void starts.push(Date.now() - t0))),
  );
  starts.sort((a, b) => a - b);
  expect(starts[0]).toBeLessThan(40);
  expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(75);
  expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(75);
});

test('different hosts are not held back by each other; URLs and host names share a key', async () => {
  const pacer = new HostPacer({ minIntervalMs: 500 });
  const t0 = Date.now();
  const releases = await Promise.all([pacer.wait('a.example'), pacer.wait('https://B.example/x'), pacer.wait('c.example')]);
  expect(Date.now() - t0).toBeLessThan(100);
  releases.forEach((r) => r());
  const t1 = Date.now();
  const release = await pacer.wait('b.example');
  expect(Date.now() - t1).toBeGreaterThanOrEqual(400);
  release();
});

test('concurrency per host is bounded until a slot is released', async () => {
  const pacer = new HostPacer({ minIntervalMs: 0, concurrency: 1 });
  const first = await pacer.wait('h.example');
  let secondStarted = false;
  const second = pacer.wait('h.example').then((r) => {
    secondStarted = true;
    return r;
  });
  await new Promise((r) => setTimeout(r, 30));
  expect(secondStarted).toBe(false);
  first();
  (await second)();
  expect(secondStarted).toBe(true);
});

test('a forgotten release frees itself after maxHoldMs', async () => {
  const pacer = new HostPacer({ minIntervalMs: 0, concurrency: 1, maxHoldMs: 50 });
  await pacer.wait('h.example'); // never released
  const t0 = Date.now();
  (await pacer.wait('h.example'))();
  expect(Date.now() - t0).toBeGreaterThanOrEqual(40);
});

test('minIntervalMs 0 does not wait; idle hosts are forgotten', async () => {
  const pacer = new HostPacer({ minIntervalMs: 0 });
  const t0 = Date.now();
  for (let i = 0; i < 20; i++) await pacer.run('fast.example', async () => i);
  expect(Date.now() - t0).toBeLessThan(200);
  await new Promise((r) => setImmediate(r));
  expect(pacer.trackedHosts).toBe(0);
});

test('run() releases the slot when the task throws', async () => {
  const pacer = new HostPacer({ minIntervalMs: 0, concurrency: 1 });
  await expect(pacer.run('x.example', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(pacer.run('x.example', async () => 'next')).resolves.toBe('next');
});

import { inOrderOverlapping } from '../../../lib/pipeline/in-order-overlapping';

const tick = () => new Promise<void>((r) => setImmediate(r));

describe('inOrderOverlapping', () => {
  it('runs tasks one after another when none releases its turn', async () => {
    const log: string[] = [];
    await inOrderOverlapping([1, 2, 3], async (n) => {
      log.push(`start ${n}`);
      await tick();
      log.push(`end ${n}`);
    });
    expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
  });

  it('starts the next task, in order, once the current one releases; ends when all have ended', async () => {
    const log: string[] = [];
    const gates: Array<() => void> = [];
    const run = inOrderOverlapping([1, 2, 3], async (n, release) => {
      log.push(`start ${n}`);
      await tick();
      release();
      release(); // a second release is harmless
      await new Promise<void>((r) => gates.push(r));
      log.push(`end ${n}`);
    });
    while (gates.length < 3) await tick();
    expect(log).toEqual(['start 1', 'start 2', 'start 3']);
    let done = false;
    void run.then(() => (done = true));
    gates[2]();
    gates[0]();
    await tick();
    expect(done).toBe(false);
    gates[1]();
    await run;
    expect(log).toEqual(['start 1', 'start 2', 'start 3', 'end 3', 'end 1', 'end 2']);
  });

  it('a failing task does not stop the later ones; the failure is thrown at the end', async () => {
    const started: number[] = [];
    await expect(
      inOrderOverlapping([1, 2, 3], async (n) => {
        started.push(n);
        if (n === 1) throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2, 3]);
  });
});

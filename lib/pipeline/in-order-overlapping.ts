// Tasks started one after another, in order, where a task may hand over its turn before it ends:
// when all it has left is a wait (the near-duplicate settle time, lib/pipeline/duplicates.ts), the
// next one starts, so the wait is paid once per run of tasks rather than once per task.

/** Starts task(item, release) for each item in order; the next starts once the previous has ended or called release(). */
export async function inOrderOverlapping<T>(items: readonly T[], task: (item: T, release: () => void) => Promise<void>): Promise<void> {
  const running: Array<Promise<void>> = [];
  for (const item of items) {
    await new Promise<void>((turn) => {
      const p = task(item, turn).finally(turn);
      p.catch(() => undefined); // rethrown by Promise.all below, not an unhandled rejection meanwhile
      running.push(p);
    });
  }
  await Promise.all(running);
}

/**
 * Lets the page run between pieces of our work, so that no task of ours
 * keeps the reader's input waiting for long: `scheduler.yield()` where the
 * browser has it (the continuation keeps its priority), else a macrotask.
 */

/** Work done without yielding before a pause really yields, in milliseconds. Well under the 50 ms of a long task. */
export const SLICE_MS = 20;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Resolves after the page had a turn: pending input, rendering, its own tasks. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A MessageChannel message is a task of its own without setTimeout's clamping to 4 ms.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A pause for long work: yields to the page once `sliceMs` have passed since
 * the last yield, and otherwise lets the work carry on at once.
 */
export function timeSlicer(
  sliceMs = SLICE_MS,
  now: () => number = () => performance.now(),
): () => Promise<void> | void {
  let sliceStart = now();
  return () => {
    if (now() - sliceStart < sliceMs) return;
    return yieldToPage().then(() => {
      sliceStart = now();
    });
  };
}

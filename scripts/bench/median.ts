/** The middle value of `values` (the upper one of the two middle values for an even count); `values` is left as it was. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

/** Median wall time of `runs` calls of `fn`, in milliseconds (with 1, that call's time). */
export function medianTime(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

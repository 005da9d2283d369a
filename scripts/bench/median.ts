/** The middle value of `values` (the upper one of the two middle values for an even count); `values` is left as it was. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

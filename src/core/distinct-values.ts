/**
 * Values stored once each, in the order first seen, for the scan service's
 * packed answer (view/packed-ranges.ts, claims/packed-claims.ts): a page
 * repeats its claims, so its ranges and matches repeat a few looks and ids.
 */
export class DistinctValues<T> {
  readonly values: T[] = [];
  private readonly indexes = new Map<string, number>();

  /** `key` tells values apart (by default the value itself, for strings). */
  constructor(private readonly key: (value: T) => string = String) {}

  /** The index of `value` in `values`, added there if new. */
  indexOf(value: T): number {
    const key = this.key(value);
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.values.push(value) - 1;
      this.indexes.set(key, index);
    }
    return index;
  }
}

/** A deterministic PRNG (mulberry32): small, fast, the same numbers for a seed on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`, picked with `next`. */
export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** `count` of `pieces` picked with `next`, joined. */
export function randomText(next: () => number, pieces: readonly string[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += pick(next, pieces);
  return text;
}
